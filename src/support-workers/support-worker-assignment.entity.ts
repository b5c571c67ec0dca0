import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SupportWorkerEntity } from './support-worker.entity';
import { PlacementEntity } from '../placements/placement.entity';

export enum AssignmentRole {
  LEAD = 'LEAD',
  SECONDARY = 'SECONDARY',
}

/** A worker on a placement from startedAt until endedAt. At most one open LEAD per placement. */
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
