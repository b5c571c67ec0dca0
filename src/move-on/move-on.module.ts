import { Module } from '@nestjs/common';
import { PlacementsModule } from '../placements/placements.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { MoveOnGoalResolver } from './move-on-goal.resolver';
import { MoveOnResolver } from './move-on.resolver';
import { CaseMoveOnResolver, PlacementMoveOnResolver } from './placement-move-on.resolver';
import { SupportCasesModule } from '../support-cases/support-cases.module';
import { SurvivorsModule } from '../survivors/survivors.module';
import { SurvivorNrmResolver } from './survivor-nrm.resolver';
import { MoveOnService } from './move-on.service';
import { NrmJourneyService } from './nrm-journey.service';

@Module({
  imports: [PlacementsModule, SupportWorkersModule, SurvivorsModule, SupportCasesModule],
  providers: [
    MoveOnService,
    NrmJourneyService,
    MoveOnResolver,
    MoveOnGoalResolver,
    PlacementMoveOnResolver,
    CaseMoveOnResolver,
    SurvivorNrmResolver,
  ],
  exports: [MoveOnService, NrmJourneyService],
})
export class MoveOnModule {}
