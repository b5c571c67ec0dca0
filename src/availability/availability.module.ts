import { Module } from '@nestjs/common';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { AvailabilityResolver } from './availability.resolver';
import { AvailabilityService } from './availability.service';

@Module({
  imports: [SafehousesModule],
  providers: [AvailabilityService, AvailabilityResolver],
  // countDecline: placements count a declined referral as unmet demand through it.
  exports: [AvailabilityService],
})
export class AvailabilityModule {}
