import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { SupportWorkerAssignment } from '../support-workers/support-worker.model';
import { toPlacement } from './placement.mapper';
import { Placement } from './placement.model';
import { PlacementsService } from './placements.service';

/** SupportWorkerAssignment.placement lives here: placements depend on support workers, not the reverse. */
@Resolver(() => SupportWorkerAssignment)
export class AssignmentPlacementResolver {
  constructor(private readonly placements: PlacementsService) {}

  @ResolveField('placement', () => Placement)
  @SignedIn()
  async placement(@Context() ctx: RequestContext, @Parent() assignment: SupportWorkerAssignment): Promise<Placement> {
    return toPlacement(await this.placements.get(ctx, assignment.placementId), ctx.clock.now());
  }
}
