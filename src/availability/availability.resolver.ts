import { Clearable } from '../common/validation/input-rules';
import { Args, Context, Float, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AccessPolicy } from '../common/access/access-policy';
import { Roles } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { AvailabilityChange } from './availability-change.model';
import { AvailabilityChangeEvent, AvailabilityEvents } from './availability-events';
import { AvailabilitySearchInput } from './availability-search.input';
import { AvailabilityService } from './availability.service';
import { GeoPointInput } from './geo-point.input';
import { distanceKm } from './great-circle';
import { SafehouseAvailability } from './safehouse-availability.model';

interface ChangeFilter {
  near?: GeoPointInput | null;
  radiusKm?: number | null;
}

@Resolver(() => SafehouseAvailability)
export class AvailabilityResolver {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly events: AvailabilityEvents,
    private readonly access: AccessPolicy,
  ) {}

  @Query(() => [SafehouseAvailability])
  @Roles(Role.ADMIN, Role.DUTY_OFFICER)
  searchAvailability(
    @Context() ctx: RequestContext,
    @Args('input') input: AvailabilitySearchInput,
  ): Promise<SafehouseAvailability[]> {
    return this.availability.search(ctx, input);
  }

  @Subscription(() => AvailabilityChange, {
    description:
      "Fires when a bed's availability changes (hold, release, expiry, placement, departure, block): any provider's for duty officers and ADMIN, its own provider's for a coordinator.",
    filter: (event: AvailabilityChangeEvent, filter: ChangeFilter) =>
      !filter.near ||
      distanceKm(filter.near.latitude, filter.near.longitude, event.publicLatitude, event.publicLongitude) <=
        (filter.radiusKm ?? 80),
    // Only the three fields of the contract leave the server; the public point stays here.
    resolve: (event: AvailabilityChangeEvent): AvailabilityChange => ({
      safehouseId: event.safehouseId,
      bedId: event.bedId,
      at: new Date(event.at),
    }),
  })
  @Roles(Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR)
  @Clearable('near', 'radiusKm') // null: no area filter, as when left out
  availabilityChanged(
    @Context() ctx: RequestContext,
    @Args('near', { type: () => GeoPointInput, nullable: true }) near?: GeoPointInput,
    @Args('radiusKm', { type: () => Float, nullable: true }) radiusKm?: number,
  ): Promise<AsyncIterator<AvailabilityChangeEvent>> {
    void near;
    if (radiusKm !== undefined && radiusKm !== null && !(radiusKm > 0 && radiusKm <= 1000)) {
      throw DomainError.badInput('radiusKm', 'radiusKm must be more than 0 and at most 1000.');
    }
    return this.events.changesFor((event) => this.access.hearsAvailabilityOf(ctx, event.providerId));
  }
}
