import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an ended or expired sign-in is kept: enough to answer "was this token good on Tuesday?". */
export const SESSION_KEPT_DAYS = 30;
/** Rows per DELETE: each statement stays short on the embedded database's one connection. */
const BATCH = 1000;

/**
 * Sign-ins are rows (user_session), one per login: without this the table only grows. Daily, the
 * sessions that ended or expired more than SESSION_KEPT_DAYS ago go, a batch per statement, outside
 * any transaction. Live sessions are never touched. The sign-ins themselves stay in the audit log.
 */
@Injectable()
export class SessionPurgeJob implements ScheduledJob, OnModuleInit {
  readonly name = 'sessions.purge';
  readonly intervalMs = DAY_MS;

  constructor(private readonly scheduler: SchedulerService) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  async run(ctx: RequestContext): Promise<JobCounts> {
    const cutoff = new Date(ctx.clock.now().getTime() - SESSION_KEPT_DAYS * DAY_MS);
    let deleted = 0;
    for (;;) {
      const [{ n }]: { n: number }[] = await ctx.manager.query(
        `WITH gone AS (
           DELETE FROM user_session s
            WHERE s.id IN (SELECT id FROM user_session
                            WHERE LEAST(expires_at, COALESCE(ended_at, expires_at)) < $1
                            LIMIT $2)
           RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [cutoff, BATCH],
      );
      deleted += n;
      if (n < BATCH) return { deleted };
    }
  }
}
