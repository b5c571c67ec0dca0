import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Placement } from '../placements/placement.model';
import { MoveOnPlan } from './move-on-plan.model';
import { MoveOnService } from './move-on.service';

/** Placement.moveOnPlan: a move-on field on another module's type. */
@Resolver(() => Placement)
export class PlacementMoveOnResolver {
  constructor(private readonly moveOn: MoveOnService) {}

  @ResolveField('moveOnPlan', () => MoveOnPlan, { nullable: true })
  @SignedIn()
  moveOnPlan(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<MoveOnPlan | null> {
    return this.moveOn.planOf(ctx, placement.id);
  }
}
