import { PlacementStatus } from './placement-enums';

/** What the status of a placement depends on as time passes. */
export interface Lapsing {
  status: PlacementStatus;
  holdExpiresAt: Date | null;
  acceptanceExpiresAt: Date | null;
}

/** The status as of `now`: a lapsed hold or referral reads as EXPIRED. */
export function effectiveStatus(placement: Lapsing, now: Date): PlacementStatus {
  if (placement.status === PlacementStatus.HELD && placement.holdExpiresAt && placement.holdExpiresAt <= now) {
    return PlacementStatus.EXPIRED;
  }
  if (
    placement.status === PlacementStatus.AWAITING_ACCEPTANCE &&
    placement.acceptanceExpiresAt &&
    placement.acceptanceExpiresAt <= now
  ) {
    return PlacementStatus.EXPIRED;
  }
  return placement.status;
}

/** effectiveStatus in SQL, for filters. */
export function effectiveStatusSql(alias: string, nowParam: string): string {
  return `(CASE
    WHEN ${alias}.status = 'HELD' AND ${alias}.hold_expires_at <= ${nowParam} THEN 'EXPIRED'
    WHEN ${alias}.status = 'AWAITING_ACCEPTANCE' AND ${alias}.acceptance_expires_at <= ${nowParam} THEN 'EXPIRED'
    ELSE ${alias}.status END)`;
}
