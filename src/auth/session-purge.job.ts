import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';
import { deleteInBatches } from '../scheduler/delete-in-batches';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an ended or expired sign-in is kept: enough to answer "was this token good on Tuesday?". */
export const SESSION_KEPT_DAYS = 30;

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
    return {
      deleted: await deleteInBatches(ctx, 'user_session', `LEAST(expires_at, COALESCE(ended_at, expires_at)) < $1`, [
        cutoff,
      ]),
    };
  }
}
