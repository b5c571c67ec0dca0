import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportWorkerEntity } from '../support-workers/support-worker.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { PlacementEntity } from '../placements/placement.entity';
import { MoveOnDestination } from '../placements/placement-enums';
import { NrmDecisionKind } from './nrm-decision-kind';

export enum MoveOnPlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

export enum MoveOnArea {
  ACCOMMODATION = 'ACCOMMODATION',
  FINANCE_AND_BENEFITS = 'FINANCE_AND_BENEFITS',
  HEALTH = 'HEALTH',
  LEGAL_ADVICE = 'LEGAL_ADVICE',
  EMPLOYMENT_AND_EDUCATION = 'EMPLOYMENT_AND_EDUCATION',
  SAFETY = 'SAFETY',
  COMMUNITY_AND_WELLBEING = 'COMMUNITY_AND_WELLBEING',
}

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}

/** An NRM decision about a survivor, appended, never changed. */
@Entity('nrm_decision')
@Index('nrm_decision_survivor_idx', ['survivorId', 'recordedAt'])
export class NrmDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  /** One of the four decision kinds (NrmStatus values that are decisions). */
  @Column('text')
  decision: NrmDecisionKind;

  @Column('date')
  decidedOn: string;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('uuid')
  recordedBy: string;
}

/** One plan per placement. `supportEndRule` keeps the policy that set `supportEndsOn`. */
@Entity('move_on_plan')
@Index('move_on_plan_placement_key', ['placementId'], { unique: true })
@Index('move_on_plan_provider_idx', ['providerId', 'supportEndsOn'])
@Check('move_on_plan_status_check', `"status" IN ('DRAFT', 'ACTIVE', 'COMPLETED')`)
export class MoveOnPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  placementId: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  /** Copied from the placement, for scoping and the coordinator's list. */
  @Column('uuid')
  providerId: string;

  @Column('text')
  status: MoveOnPlanStatus;

  @Column('uuid', { nullable: true })
  triggeringDecisionId: string | null;

  @Column('date', { nullable: true })
  supportEndsOn: string | null;

  /** e.g. "NEGATIVE_REASONABLE_GROUNDS: 9 working days (England and Wales)". */
  @Column('text', { nullable: true })
  supportEndRule: string | null;

  @Column('text', { nullable: true })
  assessmentSummary: string | null;

  @Column('date', { nullable: true })
  targetMoveOnOn: string | null;

  @Column('timestamptz', { nullable: true })
  movedOnAt: Date | null;

  @Column('text', { nullable: true })
  destination: MoveOnDestination | null;

  @Column('date', { nullable: true })
  reachInSupportUntil: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('move_on_goal')
@Index('move_on_goal_plan_idx', ['planId'])
@Index('move_on_goal_owner_idx', ['ownerSupportWorkerId'])
export class MoveOnGoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  planId: string;

  @ManyToOne(() => MoveOnPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: MoveOnPlanEntity;

  @Column('text')
  area: MoveOnArea;

  @Column('text')
  description: string;

  @Column('uuid', { nullable: true })
  ownerSupportWorkerId: string | null;

  @ManyToOne(() => SupportWorkerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_support_worker_id' })
  owner?: SupportWorkerEntity;

  @Column('date', { nullable: true })
  dueOn: string | null;

  @Column('text')
  status: GoalStatus;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
