/** What the duty officer's views ask of the API, and the shapes of the answers. */
export type Gender = 'MAN' | 'WOMAN' | 'NON_BINARY';
export type SafehouseKind = 'SAFEHOUSE' | 'PRE_NRM_EMERGENCY';
export type PlacementStatus =
  | 'HELD'
  | 'AWAITING_ACCEPTANCE'
  | 'CONFIRMED'
  | 'ARRIVED'
  | 'DEPARTED'
  | 'RELEASED'
  | 'EXPIRED'
  | 'DECLINED'
  | 'CANCELLED'
  | 'NO_SHOW';
export type AgeStatus = 'ADULT' | 'CHILD' | 'AGE_UNCERTAIN';
export type CancelReason =
  'SURVIVOR_DECLINED' | 'SURVIVOR_UNCONTACTABLE' | 'PLACED_ELSEWHERE' | 'NO_LONGER_NEEDED' | 'OTHER';
export type NrmStatus =
  | 'NOT_REFERRED'
  | 'REFERRED'
  | 'POSITIVE_REASONABLE_GROUNDS'
  | 'NEGATIVE_REASONABLE_GROUNDS'
  | 'POSITIVE_CONCLUSIVE_GROUNDS'
  | 'NEGATIVE_CONCLUSIVE_GROUNDS'
  | 'RECONSIDERATION_REQUESTED';

export const GENDERS: { value: Gender; label: string }[] = [
  { value: 'WOMAN', label: 'Woman' },
  { value: 'MAN', label: 'Man' },
  { value: 'NON_BINARY', label: 'Non-binary' },
];

export const NRM_STATUSES: { value: NrmStatus; label: string }[] = [
  { value: 'NOT_REFERRED', label: 'Not referred to the NRM (yet)' },
  { value: 'REFERRED', label: 'Referred, waiting for the reasonable grounds decision' },
  { value: 'POSITIVE_REASONABLE_GROUNDS', label: 'Positive reasonable grounds decision' },
  { value: 'NEGATIVE_REASONABLE_GROUNDS', label: 'Negative reasonable grounds decision' },
  { value: 'POSITIVE_CONCLUSIVE_GROUNDS', label: 'Positive conclusive grounds decision' },
  { value: 'NEGATIVE_CONCLUSIVE_GROUNDS', label: 'Negative conclusive grounds decision' },
  { value: 'RECONSIDERATION_REQUESTED', label: 'A negative decision is being reconsidered' },
];

export function kindLabel(kind: SafehouseKind): string {
  return kind === 'SAFEHOUSE' ? 'Safehouse (NRM)' : 'Pre-NRM place of safety';
}

export const STATUS_LABELS: Record<PlacementStatus, string> = {
  HELD: 'Held',
  AWAITING_ACCEPTANCE: 'Waiting for the provider',
  CONFIRMED: 'Confirmed',
  ARRIVED: 'Arrived',
  DEPARTED: 'Left',
  RELEASED: 'Released',
  EXPIRED: 'Expired',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'Did not arrive',
};

export const RATING_LABELS: Record<string, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface BedInfo {
  id: string;
  label: string;
  sleeps: number;
  accessible: boolean;
}

export interface Availability {
  acceptsArrival: boolean;
  /** Staff speak the search's preferLanguage (false when none was given). */
  speaksPreferredLanguage: boolean;
  distanceKm: number;
  nextIntakeAt: string | null;
  availableBeds: BedInfo[];
  safehouse: {
    id: string;
    name: string;
    area: string;
    kind: SafehouseKind;
    stepFreeAccess: boolean;
    acceptsDependants: boolean;
    /** Oldest age of a boy taken as a dependant; null for no such limit. */
    acceptsBoysUpToAge: number | null;
    languages: string[];
    instantBooking: boolean;
    capacityStale: boolean;
    capacityConfirmedAt: string | null;
    latestRating: string | null;
    provider: { name: string };
  };
}

export const SEARCH = `query Search($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    acceptsArrival distanceKm nextIntakeAt speaksPreferredLanguage
    availableBeds { id label sleeps accessible }
    safehouse {
      id name area kind stepFreeAccess acceptsDependants acceptsBoysUpToAge languages instantBooking
      capacityStale capacityConfirmedAt
      latestRating
      provider { name }
    }
  }
}`;

export const AVAILABILITY_CHANGED = `subscription Changed($near: GeoPointInput, $radiusKm: Float) {
  availabilityChanged(near: $near, radiusKm: $radiusKm) { safehouseId bedId at }
}`;

export const PLACEMENT_CHANGED = `subscription PlacementChanged {
  placementChanged { placementId safehouseId status at }
}`;

export interface PlacementDetail {
  id: string;
  status: PlacementStatus;
  statusReason: string | null;
  from: string;
  until: string | null;
  arrivingAt: string | null;
  holdExpiresAt: string | null;
  acceptanceDueAt: string | null;
  acceptanceOverdue: boolean;
  declineReason: string | null;
  outOfHoursPhone: string;
  bed: BedInfo;
  safehouse: {
    id: string;
    name: string;
    area: string;
    kind: SafehouseKind;
    instantBooking: boolean;
    address: string | null;
    postcode: string | null;
    provider: { name: string };
  };
}

const PLACEMENT_FIELDS = `
  id status statusReason from until arrivingAt holdExpiresAt acceptanceDueAt acceptanceOverdue declineReason
  outOfHoursPhone
  bed { id label sleeps accessible }
  safehouse { id name area kind instantBooking address postcode provider { name } }`;

export const PLACEMENT = `query Placement($id: ID!) { placement(id: $id) { ${PLACEMENT_FIELDS} } }`;

export const HOLD_BED = `mutation Hold($input: HoldBedInput!) { holdBed(input: $input) { id status holdExpiresAt } }`;

/**
 * A live hold of the officer's organisation (the API scopes placements), with who made it. The 50
 * newest (a page of 100 costs more than Haven allows): an organisation with more live holds than
 * that at once may miss an officer's oldest.
 */
export interface HeldBed {
  id: string;
  holdExpiresAt: string | null;
  bed: { id: string; label: string };
  safehouse: { id: string; area: string };
  referrer: { id: string };
}

export const HELD_BEDS = `query HeldBeds {
  placements(filter: { statuses: [HELD] }, first: 50) {
    edges { node { id holdExpiresAt bed { id label } safehouse { id area } referrer { id } } }
  }
}`;

export const RELEASE_HOLD = `mutation Release($id: ID!) { releaseHold(placementId: $id) { id status } }`;

export const CONFIRM = `mutation Confirm($input: ConfirmPlacementInput!) {
  confirmPlacement(input: $input) { ${PLACEMENT_FIELDS} }
}`;

/** `reason` is the text the provider reads; `why` the choice Haven counts (SURVIVOR_DECLINED as unmet demand). */
export const CANCEL = `mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {
  cancelPlacement(placementId: $id, reason: $reason, why: $why) { ${PLACEMENT_FIELDS} }
}`;

export interface PlacementRow {
  id: string;
  status: PlacementStatus;
  from: string;
  until: string | null;
  holdExpiresAt: string | null;
  acceptanceDueAt: string | null;
  acceptanceOverdue: boolean;
  bed: { label: string };
  safehouse: { area: string; name: string };
  survivor: { reference: string | null; preferredName: string | null } | null;
  referrer: { displayName: string };
}

export const LIVE_STATUSES: PlacementStatus[] = ['HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED', 'ARRIVED'];

export const PLACEMENTS = `query Placements($filter: PlacementFilter, $after: String) {
  placements(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id status from until holdExpiresAt acceptanceDueAt acceptanceOverdue
      bed { label }
      safehouse { area name }
      survivor { reference preferredName }
      referrer { displayName }
    } }
  }
}`;

/** A fresh idempotency key: one per form or tap, so a retry of the same request changes nothing more. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
