import { Module } from '@nestjs/common';
import { PlacementsModule } from '../placements/placements.module';
import { SupportWorkersModule } from '../support-workers/support-workers.module';
import { MoveOnGoalResolver, MoveOnResolver, PlacementMoveOnResolver, SurvivorNrmResolver } from './move-on.resolver';
import { MoveOnService } from './move-on.service';

@Module({
  imports: [PlacementsModule, SupportWorkersModule],
  providers: [MoveOnService, MoveOnResolver, MoveOnGoalResolver, PlacementMoveOnResolver, SurvivorNrmResolver],
})
export class MoveOnModule {}
