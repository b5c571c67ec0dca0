import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Clearable } from '../common/validation/input-rules';
import { SupportCase } from '../support-cases/support-case.model';
import { SupportCasesService } from '../support-cases/support-cases.service';
import { AssignSupportWorkerInput } from '../support-workers/support-worker.inputs';
import { SupportWorkerAssignment, SupportWorkerSuggestion } from '../support-workers/support-worker.model';
import { Survivor } from '../survivors/survivor.model';
import { toPlacement } from './placement.mapper';
import { Placement } from './placement.model';
import { PlacementsService } from './placements.service';

const STAFF = [Role.ADMIN, Role.PROVIDER_COORDINATOR];

/**
 * Where placements meet support cases and support workers: assignment through a placement or a
 * case, and the fields that join them. They live here because placements depend on cases and
 * workers, never the reverse.
 */
@Resolver(() => SupportWorkerAssignment)
export class CaseWorkResolver {
  constructor(private readonly placements: PlacementsService) {}

  @Mutation(() => SupportWorkerAssignment)
  @Roles(...STAFF)
  assignSupportWorker(
    @Context() ctx: RequestContext,
    @Args('input') input: AssignSupportWorkerInput,
  ): Promise<SupportWorkerAssignment> {
    return this.placements.assign(ctx, input);
  }

  @Query(() => [SupportWorkerSuggestion], { description: 'Give placementId or supportCaseId.' })
  @Roles(...STAFF)
  @Clearable('placementId', 'supportCaseId', 'limit')
  suggestSupportWorkers(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID, nullable: true }) placementId?: string,
    @Args('supportCaseId', { type: () => ID, nullable: true }) supportCaseId?: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5 }) limit?: number,
  ): Promise<SupportWorkerSuggestion[]> {
    return this.placements.suggest(ctx, placementId ?? undefined, supportCaseId ?? undefined, limit ?? 5);
  }

  @ResolveField('placement', () => Placement, {
    nullable: true,
    description: "The case's placement the assignment was made through, or its current one; null for outreach.",
  })
  @SignedIn()
  async placement(
    @Context() ctx: RequestContext,
    @Parent() assignment: SupportWorkerAssignment,
  ): Promise<Placement | null> {
    const now = ctx.clock.now();
    if (assignment.placementId) return toPlacement(await this.placements.get(ctx, assignment.placementId), now);
    if (!assignment.supportCaseId) return null;
    const ofCase = await this.placements.ofCase(ctx, assignment.supportCaseId);
    const current = ofCase.at(-1);
    return current ? toPlacement(current, now) : null;
  }
}

@Resolver(() => Placement)
export class PlacementCaseResolver {
  constructor(private readonly cases: SupportCasesService) {}

  @ResolveField('supportCase', () => SupportCase, {
    nullable: true,
    description: 'The support case the placement belongs to, once the provider took the person on.',
  })
  @SignedIn()
  supportCase(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<SupportCase | null> | null {
    // The referrer never reads the case (AccessPolicy.visibleSupportCases): null for duty officers.
    return placement.supportCaseId ? this.cases.load(ctx, placement.supportCaseId) : null;
  }
}

@Resolver(() => SupportCase)
export class CasePlacementsResolver {
  constructor(private readonly placementsService: PlacementsService) {}

  @ResolveField('placements', () => [Placement])
  @SignedIn()
  async placements(@Context() ctx: RequestContext, @Parent() found: SupportCase): Promise<Placement[]> {
    const now = ctx.clock.now();
    return (await this.placementsService.ofCase(ctx, found.id)).map((row) => toPlacement(row, now));
  }
}

@Resolver(() => Survivor)
export class SurvivorPlacementsResolver {
  constructor(private readonly placementsService: PlacementsService) {}

  /** The survivor's placements that the caller may see. */
  @ResolveField('placements', () => [Placement])
  @Roles(Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER)
  async placements(@Context() ctx: RequestContext, @Parent() survivor: Survivor): Promise<Placement[]> {
    const page = await this.placementsService.list(ctx, { survivorId: survivor.id }, 100);
    return page.edges.map((edge) => toPlacement(edge.node, ctx.clock.now()));
  }
}
