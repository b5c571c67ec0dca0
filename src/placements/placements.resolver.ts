import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { AccessPolicy } from '../common/access/access-policy';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { DomainError } from '../common/errors/domain-error';
import { IdPipe } from '../common/validation/id.pipe';
import { toOrganisation } from '../organisations/organisation.mapper';
import { Organisation } from '../organisations/organisation.model';
import { OrganisationsService } from '../organisations/organisations.service';
import { Bed } from '../safehouses/bed.model';
import { BedsService } from '../safehouses/beds.service';
import { Safehouse } from '../safehouses/safehouse.model';
import { SafehousesService } from '../safehouses/safehouses.service';
import { Survivor } from '../survivors/survivor.model';
import { SurvivorsService } from '../survivors/survivors.service';
import { User } from '../users/user.model';
import { SupportWorkerAssignment } from '../support-workers/support-worker.model';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { UsersService } from '../users/users.service';
import { CancelReason, DeclineReason, MoveOnDestination, PlacementOrder } from './placement-enums';
import { PlacementChangeEvent, PlacementEvents } from './placement-events';
import { toPlacement } from './placement.mapper';
import { Placement } from './placement.model';
import { PlacementChange } from './placement-change.model';
import { PlacementConnection } from './placement-connection.model';
import { ConfirmPlacementInput } from './confirm-placement.input';
import { DirectPlacementInput } from './direct-placement.input';
import { HoldBedInput } from './hold-bed.input';
import { PlacementFilter } from './placement-filter.input';
import { PlacementsService } from './placements.service';
import { PlacementEntity } from './placement.entity';
import { Connection } from '../common/pagination/connection';
import { Clearable, MultiLine } from '../common/validation/input-rules';

const STAFF = [Role.ADMIN, Role.PROVIDER_COORDINATOR];
const READERS = [Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];

@Resolver(() => Placement)
export class PlacementsResolver {
  constructor(
    private readonly placementsService: PlacementsService,
    private readonly survivors: SurvivorsService,
    private readonly safehouses: SafehousesService,
    private readonly beds: BedsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly events: PlacementEvents,
    private readonly assignments: SupportWorkersService,
    private readonly access: AccessPolicy,
  ) {}

  private model(ctx: RequestContext, entity: PlacementEntity): Placement {
    return toPlacement(entity, ctx.clock.now());
  }

  private async models(ctx: RequestContext, connection: Connection<PlacementEntity>) {
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: this.model(ctx, edge.node) })),
    };
  }

  @Query(() => Placement, { nullable: true })
  @Roles(...READERS)
  async placement(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.get(ctx, id));
  }

  @Query(() => PlacementConnection, { name: 'placements' })
  @Roles(...READERS)
  @Clearable('filter', 'first', 'after', 'orderBy')
  async listPlacements(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => PlacementFilter, nullable: true }) filter?: PlacementFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('orderBy', { type: () => PlacementOrder, nullable: true, defaultValue: PlacementOrder.NEWEST_FIRST })
    orderBy?: PlacementOrder | null,
  ) {
    return this.models(ctx, await this.placementsService.list(ctx, filter, first, after, orderBy));
  }

  @Mutation(() => Placement)
  @Roles(Role.DUTY_OFFICER)
  async holdBed(@Context() ctx: RequestContext, @Args('input') input: HoldBedInput): Promise<Placement> {
    return this.model(ctx, await this.placementsService.hold(ctx, input));
  }

  @Mutation(() => Placement)
  @Roles(Role.DUTY_OFFICER, Role.ADMIN)
  async releaseHold(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.release(ctx, id));
  }

  @Mutation(() => Placement)
  @Roles(Role.DUTY_OFFICER, Role.ADMIN)
  async confirmPlacement(
    @Context() ctx: RequestContext,
    @Args('input') input: ConfirmPlacementInput,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.confirm(ctx, input));
  }

  @Mutation(() => Placement)
  @Roles(...STAFF)
  async placeDirectly(@Context() ctx: RequestContext, @Args('input') input: DirectPlacementInput): Promise<Placement> {
    return this.model(ctx, await this.placementsService.placeDirectly(ctx, input));
  }

  @Mutation(() => Placement)
  @Roles(...STAFF)
  async acceptPlacement(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.accept(ctx, id));
  }

  @Mutation(() => Placement)
  @Roles(...STAFF)
  @Clearable('note')
  @MultiLine('note')
  async declinePlacement(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
    @Args('reason', { type: () => DeclineReason }) reason: DeclineReason,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.decline(ctx, id, reason, checkText('note', note, 500)));
  }

  @Mutation(() => Placement)
  @Roles(Role.DUTY_OFFICER, ...STAFF)
  @MultiLine('reason')
  @Clearable('why')
  async cancelPlacement(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
    @Args('why', { type: () => CancelReason, nullable: true }) why?: CancelReason | null,
  ): Promise<Placement> {
    const text = checkText('reason', reason, 500);
    if (!text) throw DomainError.badInput('reason', 'reason must not be blank.');
    return this.model(ctx, await this.placementsService.cancel(ctx, id, text, why ?? null));
  }

  @Mutation(() => Placement)
  @Roles(...STAFF)
  @Clearable('at')
  async recordArrival(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at?: Date,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.recordArrival(ctx, id, at));
  }

  @Mutation(() => Placement)
  @Roles(...STAFF)
  async recordNoShow(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
  ): Promise<Placement> {
    return this.model(ctx, await this.placementsService.recordNoShow(ctx, id));
  }

  @Mutation(() => Placement, {
    description: 'continueOutreach: the person moves out but the case goes on as OUTREACH with its support workers.',
  })
  @Roles(...STAFF)
  @Clearable('at', 'continueOutreach')
  async recordDeparture(
    @Context() ctx: RequestContext,
    @Args('placementId', { type: () => ID }, IdPipe) id: string,
    @Args('destination', { type: () => MoveOnDestination }) destination: MoveOnDestination,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at?: Date,
    @Args('continueOutreach', { type: () => Boolean, nullable: true, defaultValue: false }) continueOutreach?: boolean,
  ): Promise<Placement> {
    return this.model(
      ctx,
      await this.placementsService.recordDeparture(ctx, id, {
        destination,
        at,
        continueOutreach: continueOutreach ?? false,
      }),
    );
  }

  @Subscription(() => PlacementChange, {
    description:
      "Placements the subscriber may see: the provider's own houses for its staff, the organisation's own for duty officers.",
    filter(this: PlacementsResolver, event: PlacementChangeEvent, _args: unknown, ctx: RequestContext) {
      return ctx.actor !== undefined && this.access.hearsPlacementChangeOf(ctx, event);
    },
    resolve: (event: PlacementChangeEvent): PlacementChange => ({
      placementId: event.placementId,
      safehouseId: event.safehouseId,
      status: event.status,
      at: new Date(event.at),
    }),
  })
  @Roles(...READERS)
  placementChanged(): AsyncIterator<PlacementChangeEvent> {
    return this.events.asyncIterator();
  }

  // ------------------------------------------------------------------ nested fields

  @ResolveField('survivor', () => Survivor, { nullable: true })
  @SignedIn()
  survivor(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<Survivor | null> | null {
    return placement.survivorId ? this.survivors.visible(ctx, placement.survivorId) : null;
  }

  @ResolveField('safehouse', () => Safehouse)
  @SignedIn()
  async safehouse(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<Safehouse> {
    return (await this.safehouses.load(ctx, placement.safehouseId))!;
  }

  @ResolveField('bed', () => Bed)
  @SignedIn()
  async bed(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<Bed> {
    return (await this.beds.load(ctx, placement.bedId))!;
  }

  @ResolveField('referrer', () => User)
  @SignedIn()
  referrer(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<User> {
    return this.users.load(ctx, placement.referrerId);
  }

  @ResolveField('referrerOrganisation', () => Organisation)
  @SignedIn()
  async referrerOrganisation(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<Organisation> {
    return toOrganisation((await this.organisations.load(ctx, placement.referrerOrganisationId))!);
  }

  @ResolveField('supportWorkers', () => [SupportWorkerAssignment])
  @Roles(...READERS)
  @Clearable('includeEnded')
  supportWorkers(
    @Context() ctx: RequestContext,
    @Parent() placement: Placement,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false }) includeEnded: boolean,
  ): Promise<SupportWorkerAssignment[]> {
    if (placement.supportCaseId && !this.access.readsCaseWork(ctx)) return Promise.resolve([]);
    return placement.supportCaseId
      ? this.assignments.forCase(ctx, placement.supportCaseId, includeEnded ?? false)
      : this.assignments.forReferral(ctx, placement.id, includeEnded ?? false);
  }

  @ResolveField('outOfHoursPhone', () => String)
  @SignedIn()
  async outOfHoursPhone(@Context() ctx: RequestContext, @Parent() placement: Placement): Promise<string> {
    return (await this.organisations.load(ctx, placement.providerId))?.outOfHoursPhone ?? '';
  }
}

/** Free text arguments outside an input class: bounded, and blank means absent. */
function checkText(field: string, value: string | undefined, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text.length > max) throw DomainError.badInput(field, `${field} must be at most ${max} characters.`);
  return text.length > 0 ? text : undefined;
}
