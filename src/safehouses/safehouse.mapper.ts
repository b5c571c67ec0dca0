import { Bed } from './bed.model';
import { BedEntity } from './bed.entity';
import { Safehouse } from './safehouse.model';
import { SafehouseEntity } from './safehouse.entity';

/** The public columns of a safehouse, as a search or a join selects them. */
export type PublicSafehouseRow = Omit<SafehouseEntity, 'address' | 'postcode' | 'latitude' | 'longitude' | 'provider'>;

const hhmm = (time: string | null) => (time === null ? null : time.slice(0, 5));

/**
 * Entity → model, field by field: the address, postcode and exact coordinates are never copied, so
 * they cannot reach the schema by accident.
 */
export function toSafehouse(row: PublicSafehouseRow, now: Date, staleHours: number): Safehouse {
  const confirmedAt = row.capacityConfirmedAt ? new Date(row.capacityConfirmedAt) : null;
  return {
    id: row.id,
    providerId: row.providerId,
    name: row.name,
    kind: row.kind,
    area: row.area,
    acceptsGenders: row.acceptsGenders,
    acceptsDependants: row.acceptsDependants,
    acceptsBoysUpToAge: row.acceptsBoysUpToAge,
    stepFreeAccess: row.stepFreeAccess,
    languages: row.languages,
    intakeHours: {
      open24Hours: row.open24Hours,
      opensAt: row.open24Hours ? null : hhmm(row.opensAt),
      closesAt: row.open24Hours ? null : hhmm(row.closesAt),
    },
    instantBooking: row.instantBooking,
    referralsSuspended: row.referralsSuspended,
    suspensionReason: row.suspensionReason,
    capacityConfirmedAt: confirmedAt,
    capacityStale: confirmedAt === null || now.getTime() - confirmedAt.getTime() > staleHours * 3_600_000,
  };
}

export function toBed(row: Pick<BedEntity, 'id' | 'label' | 'sleeps' | 'accessible' | 'safehouseId'>): Bed {
  return {
    id: row.id,
    label: row.label,
    sleeps: row.sleeps,
    accessible: row.accessible,
    safehouseId: row.safehouseId,
  };
}
