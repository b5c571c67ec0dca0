import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { toPlacement } from '../placements/placement.mapper';
import { Placement } from '../placements/placement.model';
import { PlacementsService } from '../placements/placements.service';
import { Survivor } from './survivor.model';
import { SurvivorsService } from './survivors.service';

/** Survivors' details: never for commissioners (CONTRACT.md, Confidentiality). */
const READERS = [Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];

@Resolver(() => Survivor)
export class SurvivorsResolver {
  constructor(
    private readonly survivors: SurvivorsService,
    private readonly placementsService: PlacementsService,
  ) {}

  @Query(() => Survivor, { nullable: true })
  @Roles(...READERS)
  survivor(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Survivor> {
    return this.survivors.get(ctx, id);
  }

  /** The survivor's placements that the caller may see. */
  @ResolveField('placements', () => [Placement])
  @Roles(...READERS)
  async placements(@Context() ctx: RequestContext, @Parent() survivor: Survivor): Promise<Placement[]> {
    const page = await this.placementsService.list(ctx, { survivorId: survivor.id }, 100);
    return page.edges.map((edge) => toPlacement(edge.node, ctx.clock.now()));
  }
}
