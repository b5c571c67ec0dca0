import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';
import { RetentionService } from './retention.service';

/**
 * The retention purge runs by itself, daily, one instance of a cluster at a time (CONTRACT.md,
 * Confidentiality); every run leaves its `retention.purge` audit event. `npm run purge` is the
 * same run by hand.
 */
@Injectable()
export class RetentionJob implements ScheduledJob, OnModuleInit {
  readonly name = 'retention.purge';
  readonly intervalMs = 24 * 60 * 60 * 1000;

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  async run(ctx: RequestContext): Promise<JobCounts> {
    const { erased } = await this.retention.purge(ctx);
    return { erased };
  }
}
