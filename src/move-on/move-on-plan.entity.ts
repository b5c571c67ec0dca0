import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementEntity } from '../placements/placement.entity';
import { MoveOnDestination } from '../placements/placement-enums';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { MoveOnPlanStatus } from './move-on-enums';

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
