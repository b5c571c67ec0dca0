import { addLondonDays } from '../common/clock';
import { PlacementStatus } from './placement-enums';
import { effectiveStatus } from './placement-status';
import { PlacementEntity } from './placement.entity';
import { Placement } from './placement.model';

/** Entity → model as of `now` (a lapsed hold or referral reads as EXPIRED). */
export function toPlacement(entity: PlacementEntity, now: Date): Placement {
  const status = effectiveStatus(entity, now);
  const plannedEnd = addLondonDays(entity.from, entity.nights);
  return {
    id: entity.id,
    status,
    from: entity.from,
    until: status === PlacementStatus.ARRIVED ? null : (entity.departedAt ?? plannedEnd),
    plannedUntil: plannedEnd,
    arrivingAt: entity.arrivingAt,
    holdExpiresAt: entity.holdExpiresAt,
    acceptanceDueAt: entity.acceptanceDueAt,
    acceptanceOverdue:
      status === PlacementStatus.AWAITING_ACCEPTANCE &&
      entity.acceptanceDueAt !== null &&
      entity.acceptanceDueAt <= now,
    arrivedAt: entity.arrivedAt,
    departedAt: entity.departedAt,
    destination: entity.destination,
    declineReason: entity.declineReason,
    statusReason: entity.statusReason,
    bedId: entity.bedId,
    safehouseId: entity.safehouseId,
    providerId: entity.providerId,
    survivorId: entity.survivorId,
    supportCaseId: entity.supportCaseId,
    referrerId: entity.referrerId,
    referrerOrganisationId: entity.referrerOrganisationId,
  };
}
