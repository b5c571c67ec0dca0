import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';
import { deleteInBatches } from '../scheduler/delete-in-batches';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a delivery that went (or had nobody left to go to) is kept: enough to answer "was I told?". */
export const DELIVERY_KEPT_DAYS = 30;

/**
 * Deliveries hold staff addresses and grow with every notice: daily, those SENT or DROPPED more
 * than DELIVERY_KEPT_DAYS ago go, a batch per statement. FAILED ones stay for ADMIN, and the
 * events stay: their keys are what keeps a long-overdue action from being announced again.
 */
@Injectable()
export class NotificationPurgeJob implements ScheduledJob, OnModuleInit {
  readonly name = 'notifications.purge';
  readonly intervalMs = DAY_MS;

  constructor(private readonly scheduler: SchedulerService) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  async run(ctx: RequestContext): Promise<JobCounts> {
    const cutoff = new Date(ctx.clock.now().getTime() - DELIVERY_KEPT_DAYS * DAY_MS);
    return {
      deleted: await deleteInBatches(
        ctx,
        'notification_delivery',
        `status IN ('SENT', 'DROPPED') AND COALESCE(sent_at, last_attempt_at, created_at) < $1`,
        [cutoff],
      ),
    };
  }
}
