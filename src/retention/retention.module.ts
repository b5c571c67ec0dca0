import { Module } from '@nestjs/common';
import { MoveOnModule } from '../move-on/move-on.module';
import { PlacementsModule } from '../placements/placements.module';
import { SupportCasesModule } from '../support-cases/support-cases.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { RetentionJob } from './retention.job';
import { RetentionResolver } from './retention.resolver';
import { RetentionService } from './retention.service';

/** Erasure of people's details, on request and on schedule; it owns no table and writes through each module. */
@Module({
  imports: [SurvivorsModule, PlacementsModule, SupportCasesModule, SupportWorkersModule, MoveOnModule],
  providers: [RetentionService, RetentionJob, RetentionResolver],
  exports: [RetentionService],
})
export class RetentionModule {}
