import { RequestContext } from '../common/request-context';

/** What a run reports for its log line: counts only, so no personal data can reach the log. */
export type JobCounts = Record<string, number>;

/**
 * Background work that runs on a schedule inside the service (CONTRACT.md, Operations), registered
 * with the `Scheduler` by the module that owns the work (`scheduler.register(job)` in its
 * `onModuleInit`). One instance of a cluster runs it at a time. A run is at least once: one whose
 * instance died is run again once its lease has passed, so `run` must be safe to repeat.
 */
export interface ScheduledJob {
  /** Stable and unique: its row in `scheduled_job` and its name in the logs (e.g. `retention.purge`). */
  readonly name: string;
  /** How often, in ms: the next run is due this long after the previous one was. */
  readonly intervalMs: number;
  /** How long a run may take before another instance takes its instance for dead (default 10 minutes). */
  readonly leaseMs?: number;
  /**
   * The work, on a system context (`ctx.actor` is empty) and outside any transaction: open short
   * ones with `ctx.transaction`, never one around a send or a wait. Throwing records the error
   * and the job runs again at its next time.
   */
  run(ctx: RequestContext): Promise<JobCounts | void>;
}

/** One run of one job, as `Scheduler.runDue` reports it (and logs it). */
export interface JobRun {
  job: string;
  /** `lease-lost`: the run took longer than its lease and another instance took the job over. */
  outcome: 'ok' | 'failed' | 'lease-lost';
  durationMs: number;
  counts?: JobCounts;
  /** The error's kind (class and SQLSTATE), never its message. */
  error?: string;
}
