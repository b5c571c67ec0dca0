import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { JobCounts, ScheduledJob } from '../scheduler/scheduled-job';
import { SchedulerService } from '../scheduler/scheduler.service';
import { IdempotencyService } from './idempotency.service';

/**
 * Idempotency keys, and what they remember of a request (a hash of the person's details among
 * it), go once their 24 hours are over (CONTRACT.md, Confidentiality): hourly, so none outlives
 * them by more than an hour.
 */
@Injectable()
export class IdempotencyKeyJob implements ScheduledJob, OnModuleInit {
  readonly name = 'idempotency-keys.purge';
  readonly intervalMs = 60 * 60 * 1000;

  constructor(
    private readonly scheduler: SchedulerService,
    private readonly idempotency: IdempotencyService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this);
  }

  async run(ctx: RequestContext): Promise<JobCounts> {
    return { deleted: await this.idempotency.forgetExpired(ctx) };
  }
}
