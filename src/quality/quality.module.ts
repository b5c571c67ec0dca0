import { Module } from '@nestjs/common';
import { SafehousesModule } from '../safehouses/safehouses.module';
import { QualityResolver } from './quality.resolver';
import { QualityService } from './quality.service';
import { ReferralSuspensionsService } from './referral-suspensions.service';

@Module({
  imports: [SafehousesModule],
  providers: [QualityService, ReferralSuspensionsService, QualityResolver],
})
export class QualityModule {}
