import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentRole } from './assignment-role';
import { SupportWorkerEntity } from './support-worker.entity';

export { AssignmentRole } from './assignment-role';
import { PlacementEntity } from '../placements/placement.entity';
import { SupportCaseEntity } from '../support-cases/support-case.entity';

/**
 * A worker on a support case from startedAt until endedAt (CONTRACT.md, Support workers), or, before
 * the provider has taken the person on, on the referral awaiting its acceptance: then
 * `supportCaseId` is null until the acceptance opens the case and the assignment moves to it.
 * `placementId` is the placement it was made through, if any. At most one open LEAD per case (per
 * referral before it).
 *
 * An assignment to a referral that lapses unanswered ends with the lapse, true on read like the
 * lapse itself (no job writes it): it reads as ended at the referral's expiry, "referral lapsed",
 * and counts in no caseload (openAssignmentSql, SupportWorkersService).
 */
@Entity('support_worker_assignment')
@Index('assignment_one_open_lead_key', ['placementId'], {
  unique: true,
  where: `"ended_at" IS NULL AND "role" = 'LEAD' AND "support_case_id" IS NULL`,
})
@Index('assignment_open_pair_key', ['supportWorkerId', 'placementId'], {
  unique: true,
  where: '"ended_at" IS NULL AND "support_case_id" IS NULL',
})
@Index('assignment_case_one_open_lead_key', ['supportCaseId'], {
  unique: true,
  where: `"ended_at" IS NULL AND "role" = 'LEAD'`,
})
@Index('assignment_case_open_pair_key', ['supportWorkerId', 'supportCaseId'], {
  unique: true,
  where: '"ended_at" IS NULL',
})
@Index('assignment_placement_idx', ['placementId'])
@Index('assignment_case_idx', ['supportCaseId'])
@Index('assignment_worker_open_idx', ['supportWorkerId'], { where: '"ended_at" IS NULL' })
@Check('assignment_role_check', `"role" IN ('LEAD', 'SECONDARY')`)
@Check('assignment_target_check', `"placement_id" IS NOT NULL OR "support_case_id" IS NOT NULL`)
export class SupportWorkerAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supportWorkerId: string;

  @ManyToOne(() => SupportWorkerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_worker_id' })
  supportWorker?: SupportWorkerEntity;

  @Column('uuid', { nullable: true })
  placementId: string | null;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column('uuid', { nullable: true })
  supportCaseId: string | null;

  @ManyToOne(() => SupportCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_case_id' })
  supportCase?: SupportCaseEntity;

  @Column('text')
  role: AssignmentRole;

  @Column('timestamptz')
  startedAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Column('text', { nullable: true })
  endReason: string | null;
}
