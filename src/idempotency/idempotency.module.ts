import { Module } from '@nestjs/common';
import { IdempotencyKeyJob } from './idempotency-key.job';
import { IdempotencyService } from './idempotency.service';

/** Keyed mutations answered once (CONTRACT.md, Availability and placements: idempotencyKey). */
@Module({
  providers: [IdempotencyService, IdempotencyKeyJob],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
