import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MoveOnDestination } from '../placements/placement-enums';
import { SupportCaseEntity } from '../support-cases/support-case.entity';
import { SurvivorEntity } from '../survivors/survivor.entity';
import { MoveOnPlanStatus } from './move-on-enums';

/**
 * One plan per support case (CONTRACT.md, Move-on). The end of support it works towards is the
 * case's (SupportCaseEntity.supportEndsOn); its placement is the case's live or last one.
 */
@Entity('move_on_plan')
@Index('move_on_plan_case_key', ['supportCaseId'], { unique: true })
@Index('move_on_plan_provider_idx', ['providerId'])
@Check('move_on_plan_status_check', `"status" IN ('DRAFT', 'ACTIVE', 'COMPLETED')`)
export class MoveOnPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_case_id' })
  supportCase?: SupportCaseEntity;

  @Column('uuid')
  survivorId: string;

  @ManyToOne(() => SurvivorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survivor_id' })
  survivor?: SurvivorEntity;

  /** Copied from the case, for scoping and the coordinator's list. */
  @Column('uuid')
  providerId: string;

  @Column('text')
  status: MoveOnPlanStatus;

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
