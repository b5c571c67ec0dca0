import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { SupportCasesModule } from '../support-cases/support-cases.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import {
  CasePlacementsResolver,
  CaseWorkResolver,
  PlacementCaseResolver,
  SurvivorPlacementsResolver,
} from './case-work.resolver';
import { PlacementEvents } from './placement-events';
import { PlacementsResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';
import { ReferralDeadlines } from './referral.deadlines';

/** Holds and placements, from "this bed" to departure, and where they meet cases and support workers. */
@Module({
  imports: [
    AvailabilityModule,
    SafehousesModule,
    UsersModule,
    IdempotencyModule,
    SurvivorsModule,
    SupportWorkersModule,
    SupportCasesModule,
    NotificationsModule,
  ],
  providers: [
    PlacementsResolver,
    PlacementsService,
    PlacementEvents,
    CaseWorkResolver,
    PlacementCaseResolver,
    CasePlacementsResolver,
    SurvivorPlacementsResolver,
    ReferralDeadlines,
  ],
  exports: [PlacementsService, PlacementEvents],
})
export class PlacementsModule {}
