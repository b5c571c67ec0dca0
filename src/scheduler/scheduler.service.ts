import { randomBytes, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { sqlState } from '../database/postgres-errors';
import { JobCounts, JobRun, ScheduledJob } from './scheduled-job';

/** How often an instance looks for due jobs: time-driven work is found within a minute. */
export const TICK_MS = 15_000;
/** The first look, a little after start, so a start is never slowed by background work. */
const FIRST_TICK_MS = 3_000;
const DEFAULT_LEASE_MS = 10 * 60_000;
const LAST_ERROR_MAX = 500;

interface Claim {
  name: string;
  /** The lease this run holds: completion is recorded only while it is still ours. */
  lockedUntil: Date;
  /** When the run was due: the next is due an interval later. */
  dueAt: Date;
  claimedAt: Date;
}

/**
 * Runs registered jobs on a schedule, one instance of a cluster at a time (CONTRACT.md,
 * Operations): claim a due job in one short statement that commits at once, do the work outside
 * that statement's transaction, then record the outcome and the next time. So the embedded
 * database's single connection is held for one short statement per job, never for the work, and
 * a crashed instance's lease simply passes. "Now" is the injected Clock's, so tests move time.
 *
 * Ticks on a timer that never keeps the process alive and stops when the application closes; off
 * with SCHEDULER=off (and under NODE_ENV=test unless a test sets SCHEDULER=on), when `runDue` runs
 * what is due on demand.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private readonly jobs = new Map<string, ScheduledJob>();
  /** Jobs whose row this instance has made sure of. */
  private readonly rows = new Set<string>();
  /** Who holds a lease, as scheduled_job.locked_by shows it. */
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private timer?: NodeJS.Timeout;
  private pass: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** The scheduler's own statements (its rows in scheduled_job), outside any transaction. */
  private readonly system: RequestContext;

  constructor(
    private readonly settings: Settings,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.system = RequestContext.system(dataSource, clock, 'scheduler');
  }

  /** Adds a job; its first run is due as soon as it is first seen (a row that exists keeps its time). */
  register(job: ScheduledJob): void {
    if (this.jobs.has(job.name)) throw new Error(`a scheduled job named ${job.name} is already registered`);
    if (!(job.intervalMs >= 1000)) throw new Error(`scheduled job ${job.name}: intervalMs must be at least 1000`);
    if (job.leaseMs !== undefined && !(job.leaseMs >= 1000)) {
      throw new Error(`scheduled job ${job.name}: leaseMs must be at least 1000`);
    }
    this.jobs.set(job.name, job);
  }

  get jobNames(): string[] {
    return [...this.jobs.keys()];
  }

  onApplicationBootstrap(): void {
    if (this.settings.isSchedulerOn) this.tickIn(FIRST_TICK_MS);
  }

  /** Before the database closes: no new tick, and the run in progress finishes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass.catch(() => undefined);
  }

  /**
   * Runs every registered job due at the clock's now, each at most once, one after another (after
   * any pass already under way on this instance). What the timer calls; tests call it after moving
   * the clock. A job another instance holds, or that is not yet due, is left alone.
   */
  runDue(): Promise<JobRun[]> {
    const pass = this.pass.catch(() => undefined).then(() => this.runDueNow());
    this.pass = pass;
    return pass;
  }

  private tickIn(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.runDue()
        .catch((error: unknown) => {
          this.logger.warn({ outcome: 'failed', error: errorKind(error) }, 'scheduler could not look for due jobs');
        })
        .finally(() => this.tickIn(TICK_MS));
    }, ms);
    this.timer.unref();
  }

  private async runDueNow(): Promise<JobRun[]> {
    const left = new Map(this.jobs);
    if (left.size === 0) return [];
    await this.ensureRows();
    const runs: JobRun[] = [];
    for (;;) {
      const claim = await this.claim(left);
      if (!claim) return runs;
      const job = left.get(claim.name)!;
      left.delete(claim.name);
      runs.push(await this.execute(job, claim));
    }
  }

  /** A row per registered job, due now when new; an existing row keeps its schedule. */
  private async ensureRows(): Promise<void> {
    const missing = [...this.jobs.keys()].filter((name) => !this.rows.has(name));
    if (missing.length === 0) return;
    await this.system.manager.query(
      `INSERT INTO scheduled_job (name, next_run_at) SELECT unnest($1::text[]), $2 ON CONFLICT (name) DO NOTHING`,
      [missing, this.clock.now()],
    );
    for (const name of missing) this.rows.add(name);
  }

  /**
   * Takes the earliest due job of `candidates` that nobody holds, in one statement (its own
   * transaction): of two instances claiming at once, one gets the row and the other skips it.
   */
  private async claim(candidates: Map<string, ScheduledJob>): Promise<Claim | undefined> {
    const now = this.clock.now();
    const leases = Object.fromEntries(
      [...candidates.values()].map((job) => [job.name, job.leaseMs ?? DEFAULT_LEASE_MS]),
    );
    const rows: { name: string; locked_until: Date; next_run_at: Date }[] = await this.system.manager.query(
      `WITH claimed AS (
         UPDATE scheduled_job j
            SET locked_by = $2,
                locked_until = $1::timestamptz + ($3::jsonb ->> j.name)::bigint * interval '1 millisecond'
          WHERE j.name = (SELECT name FROM scheduled_job
                           WHERE $3::jsonb ? name
                             AND next_run_at <= $1
                             AND (locked_until IS NULL OR locked_until < $1)
                           ORDER BY next_run_at, name
                           LIMIT 1
                           FOR UPDATE SKIP LOCKED)
         RETURNING j.name, j.locked_until, j.next_run_at)
       SELECT * FROM claimed`,
      [now, this.instance, JSON.stringify(leases)],
    );
    const [row] = rows;
    return row && { name: row.name, lockedUntil: row.locked_until, dueAt: row.next_run_at, claimedAt: now };
  }

  private async execute(job: ScheduledJob, claim: Claim): Promise<JobRun> {
    const ctx = RequestContext.system(this.dataSource, this.clock, `job-${job.name}-${randomUUID()}`);
    const started = performance.now();
    let counts: JobCounts | undefined;
    let failure: unknown;
    let failed = false;
    try {
      counts = (await job.run(ctx)) ?? undefined;
    } catch (error) {
      failure = error;
      failed = true;
    }
    const durationMs = Math.round(performance.now() - started);
    const recorded: unknown[] = await this.system.manager.query(
      `WITH done AS (
         UPDATE scheduled_job
            SET next_run_at = $2, last_run_at = $3, last_duration_ms = $4, last_error = $5,
                locked_until = NULL, locked_by = NULL
          WHERE name = $1 AND locked_by = $6 AND locked_until = $7
         RETURNING 1)
       SELECT count(*)::int AS n FROM done`,
      [
        job.name,
        nextRunAt(claim.dueAt, job.intervalMs, this.clock.now()),
        claim.claimedAt,
        durationMs,
        failed ? lastError(failure) : null,
        this.instance,
        claim.lockedUntil,
      ],
    );
    const leaseLost = (recorded[0] as { n: number }).n === 0;
    const run: JobRun = {
      job: job.name,
      outcome: leaseLost ? 'lease-lost' : failed ? 'failed' : 'ok',
      durationMs,
      ...(counts && { counts }),
      ...(failed && { error: errorKind(failure) }),
    };
    // One line per run: the job, how long, the outcome, counts; never personal data.
    if (run.outcome === 'ok') this.logger.log(run, 'scheduled job ran');
    else this.logger.warn(run, run.outcome === 'failed' ? 'scheduled job failed' : 'scheduled job outlived its lease');
    return run;
  }
}

/**
 * An interval after the time the run was due, so a daily job keeps its hour; when that is already
 * past (the cluster was down, or the clock moved), an interval from now: missed runs are not
 * repeated one after another.
 */
export function nextRunAt(dueAt: Date, intervalMs: number, now: Date): Date {
  const next = dueAt.getTime() + intervalMs;
  return new Date(next > now.getTime() ? next : now.getTime() + intervalMs);
}

/** For the log: the error's class and SQLSTATE, never its message (which may quote a value). */
function errorKind(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name || error.name : typeof error;
  const state = sqlState(error);
  return state ? `${name} ${state}` : name;
}

/** For scheduled_job.last_error, which operators read: the kind and the message, bounded. */
function lastError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${errorKind(error)}: ${message}`.slice(0, LAST_ERROR_MAX);
}
