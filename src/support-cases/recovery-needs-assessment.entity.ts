import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RecoveryNeedsAssessmentStatus } from './support-case-enums';
import { SupportCaseEntity } from './support-case.entity';

/**
 * A Recovery Needs Assessment of a case: PENDING while it awaits the decision (it suspends the end
 * of support), then DECIDED, with the support agreed (`supportUntil`) or none more.
 */
@Entity('recovery_needs_assessment')
@Index('rna_case_idx', ['supportCaseId', 'submittedOn'])
@Index('rna_one_pending_key', ['supportCaseId'], { unique: true, where: `"status" = 'PENDING'` })
@Check('rna_status_check', `"status" IN ('PENDING', 'DECIDED')`)
@Check('rna_decided_check', `("status" = 'DECIDED') = ("decided_on" IS NOT NULL)`)
export class RecoveryNeedsAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_case_id' })
  supportCase?: SupportCaseEntity;

  @Column('text')
  status: RecoveryNeedsAssessmentStatus;

  @Column('date')
  submittedOn: string;

  /** The areas of need it names (MoveOnArea values). */
  @Column('text', { array: true, default: '{}' })
  needs: string[];

  @Column('date', { nullable: true })
  decidedOn: string | null;

  @Column('date', { nullable: true })
  supportUntil: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid')
  submittedBy: string;

  @Column('uuid', { nullable: true })
  decidedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
