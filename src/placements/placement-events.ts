import { Injectable, Logger } from '@nestjs/common';
import { AvailabilityEvents } from '../availability/availability-events';
import { RequestContext } from '../common/request-context';
import { SafehousesService } from '../safehouses/safehouses.service';
import { toPlacement } from './placement.mapper';
import { PlacementEntity } from './placement.entity';
import { PlacementStatus } from './placement-enums';

export const PLACEMENT_CHANGED = 'placementChanged';

/** Published on each change; ids and a status only, never personal data or an address. */
export interface PlacementChangeEvent {
  placementId: string;
  safehouseId: string;
  status: PlacementStatus;
  at: string;
  /** For filtering on the server; not sent to clients. */
  providerId: string;
  referrerOrganisationId: string;
}

/** Tells subscribers of a committed change: the bed's availability and the placement's status. */
@Injectable()
export class PlacementEvents {
  private readonly logger = new Logger(PlacementEvents.name);

  constructor(
    private readonly availability: AvailabilityEvents,
    private readonly safehouses: SafehousesService,
  ) {}

  async changed(ctx: RequestContext, placement: PlacementEntity): Promise<void> {
    const at = ctx.clock.now();
    try {
      const point = await this.safehouses.publicPointOf(ctx, placement.safehouseId);
      await this.availability.publish({
        safehouseId: placement.safehouseId,
        bedId: placement.bedId,
        at,
        publicLatitude: point?.latitude ?? 0,
        publicLongitude: point?.longitude ?? 0,
        providerId: placement.providerId,
      });
      const event: PlacementChangeEvent = {
        placementId: placement.id,
        safehouseId: placement.safehouseId,
        status: toPlacement(placement, at).status,
        at: at.toISOString(),
        providerId: placement.providerId,
        referrerOrganisationId: placement.referrerOrganisationId,
      };
      await this.availability.engine.publish(PLACEMENT_CHANGED, event);
    } catch (error) {
      // The change has committed; a lost event must never undo it.
      this.logger.warn({ err: error }, 'Could not publish a placement change');
    }
  }

  asyncIterator(): AsyncIterator<PlacementChangeEvent> {
    return this.availability.engine.asyncIterableIterator<PlacementChangeEvent>(PLACEMENT_CHANGED);
  }
}
