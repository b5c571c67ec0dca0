import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Placement } from '../placements/placement.model';
import { SupportCase } from '../support-cases/support-case.model';
import { MoveOnPlan } from './move-on-plan.model';
import { MoveOnService } from './move-on.service';

/** Placement.moveOnPlan, its case's plan: a move-on field on another module's type. */
@Resolver(() => Placement)
export class PlacementMoveOnResolver {
  constructor(private readonly moveOn: MoveOnService) {}

  @ResolveField('moveOnPlan', () => MoveOnPlan, { nullable: true })
  @SignedIn()
  moveOnPlan(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<MoveOnPlan | null> | null {
    return placement.supportCaseId ? this.moveOn.planOfCase(ctx, placement.supportCaseId) : null;
  }
}

/** SupportCase.moveOnPlan. */
@Resolver(() => SupportCase)
export class CaseMoveOnResolver {
  constructor(private readonly moveOn: MoveOnService) {}

  @ResolveField('moveOnPlan', () => MoveOnPlan, { nullable: true })
  @SignedIn()
  moveOnPlan(@Context() ctx: RequestContext, @Parent() found: SupportCase): Promise<MoveOnPlan | null> {
    return this.moveOn.planOfCase(ctx, found.id);
  }
}
