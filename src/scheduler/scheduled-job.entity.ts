import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per scheduled job: when it is next due, and who holds it now. An instance claims a due
 * job by setting the lease in one short statement, runs it outside any transaction, then records
 * the outcome and the next time; a lease left by an instance that died passes at `lockedUntil`.
 */
@Entity('scheduled_job')
export class ScheduledJobEntity {
  @PrimaryColumn('text')
  name: string;

  @Column('timestamptz')
  nextRunAt: Date;

  /** While a run holds the job: until when. */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  /** The instance that holds the lease (host:pid:random). */
  @Column('text', { nullable: true })
  lockedBy: string | null;

  @Column('timestamptz', { nullable: true })
  lastRunAt: Date | null;

  @Column('integer', { nullable: true })
  lastDurationMs: number | null;

  /** The last run's error, or null when it succeeded. */
  @Column('text', { nullable: true })
  lastError: string | null;
}
