import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { QualityResolver } from './quality.resolver';
import { QualityService } from './quality.service';
import { ReferralSuspensionsService } from './referral-suspensions.service';

@Module({
  imports: [SafehousesModule, AvailabilityModule],
  providers: [QualityService, ReferralSuspensionsService, QualityResolver],
})
export class QualityModule {}
