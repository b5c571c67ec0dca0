import { Module } from '@nestjs/common';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { AvailabilityResolver } from './availability.resolver';
import { AvailabilityService } from './availability.service';
import { SearchCounts } from './search-counts';

@Module({
  imports: [SafehousesModule],
  providers: [AvailabilityService, SearchCounts, AvailabilityResolver],
  // countDecline: placements count a declined referral as unmet demand through it;
  // unmetDemand: the quality module's report reads its table through it.
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
