import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportEndBasis } from './support-case-enums';
import { SupportCaseEntity } from './support-case.entity';

/**
 * One change to a case's end of support (CONTRACT.md, The NRM journey and the end of support), kept
 * oldest first with the rule in words, who made it and when. The case's `supportEndsOn` is the
 * latest entry's; a later change of setting moves no date already given.
 */
@Entity('support_end_change')
@Index('support_end_change_case_idx', ['supportCaseId', 'at'])
@Check(
  'support_end_change_basis_check',
  `"basis" IN ('NRM_DECISION', 'RECOVERY_NEEDS_ASSESSMENT', 'EXTENSION_REQUEST', 'WITHDRAWAL')`,
)
export class SupportEndChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supportCaseId: string;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_case_id' })
  supportCase?: SupportCaseEntity;

  /** The end of support from then on; null: no end date. */
  @Column('date', { nullable: true })
  supportEndsOn: string | null;

  @Column('text')
  basis: SupportEndBasis;

  @Column('text')
  rule: string;

  /** Why, for an extension (personal: erased with the person's details, never in the history's words). */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz')
  at: Date;

  /** Who made it; null for a change the migration carried over. */
  @Column('uuid', { nullable: true })
  byUserId: string | null;
}
