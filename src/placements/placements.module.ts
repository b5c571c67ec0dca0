import { Module } from '@nestjs/common';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { SurvivorsResolver } from '../survivors/survivors.resolver';
import { SurvivorsService } from '../survivors/survivors.service';
import { RetentionJob } from '../survivors/retention.job';
import { RetentionService } from '../survivors/retention.service';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { UsersModule } from '../users/users.module';
import { AssignmentPlacementResolver } from './assignment-placement.resolver';
import { IdempotencyKeyJob } from './idempotency-key.job';
import { IdempotencyService } from './idempotency.service';
import { PlacementEvents } from './placement-events';
import { PlacementsResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';

/** Holds, placements and the survivors placed (survivors' reads live in src/survivors). */
@Module({
  imports: [SafehousesModule, UsersModule, SupportWorkersModule],
  providers: [
    AssignmentPlacementResolver,
    PlacementsResolver,
    PlacementsService,
    IdempotencyService,
    IdempotencyKeyJob,
    PlacementEvents,
    SurvivorsResolver,
    SurvivorsService,
    RetentionService,
    RetentionJob,
  ],
  exports: [PlacementsService, SurvivorsService, RetentionService, PlacementEvents],
})
export class PlacementsModule {}
