import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportWorkerEntity } from './support-worker.entity';
import { PlacementEntity, effectiveStatusSql } from '../placements/placement.entity';

export enum AssignmentRole {
  LEAD = 'LEAD',
  SECONDARY = 'SECONDARY',
}

/**
 * A worker on a placement from startedAt until endedAt. At most one open LEAD per placement.
 *
 * An assignment to a referral that lapses unanswered ends with the lapse, true on read like the
 * lapse itself (no job writes it): it reads as ended at the referral's expiry, "referral lapsed",
 * and counts in no caseload (openAssignmentSql, SupportWorkersService).
 */
@Entity('support_worker_assignment')
@Index('assignment_one_open_lead_key', ['placementId'], {
  unique: true,
  where: `"ended_at" IS NULL AND "role" = 'LEAD'`,
})
@Index('assignment_open_pair_key', ['supportWorkerId', 'placementId'], { unique: true, where: '"ended_at" IS NULL' })
@Index('assignment_placement_idx', ['placementId'])
@Index('assignment_worker_open_idx', ['supportWorkerId'], { where: '"ended_at" IS NULL' })
@Check('assignment_role_check', `"role" IN ('LEAD', 'SECONDARY')`)
export class SupportWorkerAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supportWorkerId: string;

  @ManyToOne(() => SupportWorkerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'support_worker_id' })
  supportWorker?: SupportWorkerEntity;

  @Column('uuid')
  placementId: string;

  @ManyToOne(() => PlacementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placement_id' })
  placement?: PlacementEntity;

  @Column('text')
  role: AssignmentRole;

  @Column('timestamptz')
  startedAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Column('text', { nullable: true })
  endReason: string | null;
}

/** Why an assignment to a referral that lapsed reads as ended. */
export const LAPSED_REASON = 'referral lapsed';

/**
 * An assignment (alias) open at `nowParam`: not ended, and not on a referral that has lapsed. The
 * one definition that caseloads, a support worker's access and the assignment lists use.
 */
export function openAssignmentSql(alias: string, nowParam: string): string {
  return `(${alias}.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM placement lapsed
    WHERE lapsed.id = ${alias}.placement_id AND ${effectiveStatusSql('lapsed', nowParam)} = 'EXPIRED'))`;
}
