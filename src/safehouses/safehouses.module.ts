import { Module } from '@nestjs/common';
import { AvailabilityEvents } from '../availability/availability-events';
import { OrganisationsModule } from '../organisations/organisations.module';
import { BedBoardResolver } from './bed-board.resolver';
import { BedBoardService } from './bed-board.service';
import { BedOccupationsService } from './bed-occupations.service';
import { BedsResolver } from './beds.resolver';
import { BedsService } from './beds.service';
import { ProviderSafehousesResolver } from './provider-safehouses.resolver';
import { SafehousesResolver } from './safehouses.resolver';
import { SafehousesService } from './safehouses.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { CapacityDeadlines } from './capacity.deadlines';

@Module({
  imports: [OrganisationsModule, NotificationsModule],
  providers: [
    CapacityDeadlines,
    SafehousesService,
    BedsService,
    BedOccupationsService,
    AvailabilityEvents,
    SafehousesResolver,
    BedsResolver,
    ProviderSafehousesResolver,
    BedBoardService,
    BedBoardResolver,
  ],
  exports: [SafehousesService, BedsService, BedOccupationsService, AvailabilityEvents],
})
export class SafehousesModule {}
