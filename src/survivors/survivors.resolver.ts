import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { CONTROL_CHARACTERS } from '../common/validation/validators';
import { toPlacement } from '../placements/placement.mapper';
import { Placement } from '../placements/placement.model';
import { PlacementsService } from '../placements/placements.service';
import { Survivor } from './survivor.model';
import { RetentionService } from './retention.service';
import { SurvivorsService, toSurvivor } from './survivors.service';

/** Survivors' details: never for commissioners (CONTRACT.md, Confidentiality). */
const READERS = [Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];
const MAX_REASON = 500;

@Resolver(() => Survivor)
export class SurvivorsResolver {
  constructor(
    private readonly survivors: SurvivorsService,
    private readonly placementsService: PlacementsService,
    private readonly retention: RetentionService,
  ) {}

  @Query(() => Survivor, { nullable: true })
  @Roles(...READERS)
  survivor(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Survivor> {
    return this.survivors.get(ctx, id);
  }

  @Mutation(() => Survivor, {
    description:
      "Erases a survivor's personal details (reference, name, languages, needs, worker preference), keeping the record for the counts. Erasing an erased survivor changes nothing.",
  })
  @Roles(Role.ADMIN)
  async eraseSurvivor(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<Survivor> {
    const text = reason.trim();
    if (!text) throw DomainError.badInput('reason', 'reason must not be blank.');
    if (text.length > MAX_REASON)
      throw DomainError.badInput('reason', `reason must be at most ${MAX_REASON} characters.`);
    if (CONTROL_CHARACTERS.test(text))
      throw DomainError.badInput('reason', 'reason must not contain control characters.');
    return toSurvivor(await this.retention.erase(ctx, id, text));
  }

  /** The survivor's placements that the caller may see. */
  @ResolveField('placements', () => [Placement])
  @Roles(...READERS)
  async placements(@Context() ctx: RequestContext, @Parent() survivor: Survivor): Promise<Placement[]> {
    const page = await this.placementsService.list(ctx, { survivorId: survivor.id }, 100);
    return page.edges.map((edge) => toPlacement(edge.node, ctx.clock.now()));
  }
}
