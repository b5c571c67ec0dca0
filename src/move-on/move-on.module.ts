import { Module } from '@nestjs/common';
import { PlacementsModule } from '../placements/placements.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { MoveOnGoalResolver } from './move-on-goal.resolver';
import { MoveOnResolver } from './move-on.resolver';
import { PlacementMoveOnResolver } from './placement-move-on.resolver';
import { SurvivorNrmResolver } from './survivor-nrm.resolver';
import { MoveOnService } from './move-on.service';

@Module({
  imports: [PlacementsModule, SupportWorkersModule],
  providers: [MoveOnService, MoveOnResolver, MoveOnGoalResolver, PlacementMoveOnResolver, SurvivorNrmResolver],
})
export class MoveOnModule {}
