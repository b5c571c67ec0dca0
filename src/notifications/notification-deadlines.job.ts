import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';
import { NotificationEvent } from './notification-event';
import { NotificationsService } from './notifications.service';

/**
 * Finds the notices whose moment has come in one module's own tables (overdue referrals, stale
 * capacity, actions due, support ending). Registered by that module; keyed so that finding the
 * same deadline again writes nothing.
 */
export interface DeadlineFinder {
  /** Its name in the run's counts (e.g. `referrals`). */
  readonly name: string;
  find(ctx: RequestContext): Promise<NotificationEvent[]>;
}

/**
 * The time-driven topics (CONTRACT.md, Notifications), every 30 seconds on one instance of a
 * cluster at a time (the scheduler ticks every 15), so each is found within a minute of its
 * moment: every registered finder, each event enqueued once in a short transaction of its own.
 * One job rather than one per module: one log line a run.
 */
@Injectable()
export class NotificationDeadlinesJob implements ScheduledJob, OnModuleInit {
  readonly name = 'notifications.deadlines';
  readonly intervalMs = 30_000;
  readonly leaseMs = 5 * 60_000;
  private readonly finders: DeadlineFinder[] = [];

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  register(finder: DeadlineFinder): void {
    if (this.finders.some((known) => known.name === finder.name))
      throw new Error(`a deadline finder named ${finder.name} is already registered`);
    this.finders.push(finder);
  }

  /** Every finder runs, also after one failed; the run fails (and is retried at its next time) if any did. */
  async run(ctx: RequestContext): Promise<JobCounts> {
    const counts: JobCounts = {};
    let failure: unknown;
    for (const finder of this.finders) {
      try {
        const events = await finder.find(ctx);
        counts[`${finder.name}.found`] = events.length;
        counts[`${finder.name}.written`] = await this.notifications.enqueueFound(ctx, events);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
    return counts;
  }
}
