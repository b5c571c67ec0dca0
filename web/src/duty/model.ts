/** What the duty officer's views ask of the API, and the shapes of the answers. */
import { graphql } from '../gql';
import type {
  DutyPlacementFragment,
  Gender,
  HeldBedsQuery,
  NrmStatus,
  PlacementStatus,
  PlacementsQuery,
  SafehouseKind,
  SearchQuery,
} from '../gql/graphql';

export type { AgeStatus, CancelReason, Gender, NrmStatus, PlacementStatus, SafehouseKind } from '../gql/graphql';

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

export const SEARCH = graphql(`
  query Search($input: AvailabilitySearchInput!) {
    searchAvailability(input: $input) {
      acceptsArrival
      distanceKm
      nextIntakeAt
      speaksPreferredLanguage
      availableBeds {
        id
        label
        sleeps
        accessible
      }
      safehouse {
        id
        name
        area
        kind
        stepFreeAccess
        acceptsDependants
        acceptsBoysUpToAge
        languages
        instantBooking
        capacityStale
        capacityConfirmedAt
        latestRating
        provider {
          name
        }
      }
    }
  }
`);

export const AVAILABILITY_CHANGED = graphql(`
  subscription Changed($near: GeoPointInput, $radiusKm: Float) {
    availabilityChanged(near: $near, radiusKm: $radiusKm) {
      safehouseId
      bedId
      at
    }
  }
`);

export const PLACEMENT_CHANGED = graphql(`
  subscription PlacementChanged {
    placementChanged {
      placementId
      safehouseId
      status
      at
    }
  }
`);

export const PLACEMENT_FIELDS = graphql(`
  fragment DutyPlacement on Placement {
    id
    status
    statusReason
    from
    until
    arrivingAt
    holdExpiresAt
    acceptanceDueAt
    acceptanceOverdue
    declineReason
    outOfHoursPhone
    bed {
      id
      label
      sleeps
      accessible
    }
    safehouse {
      id
      name
      area
      kind
      instantBooking
      address
      postcode
      provider {
        name
      }
    }
  }
`);

export const PLACEMENT = graphql(`
  query Placement($id: ID!) {
    placement(id: $id) {
      ...DutyPlacement
    }
  }
`);

export const HOLD_BED = graphql(`
  mutation Hold($input: HoldBedInput!) {
    holdBed(input: $input) {
      id
      status
      holdExpiresAt
    }
  }
`);

/**
 * A live hold of the officer's organisation (the API scopes placements), with who made it. The 50
 * newest (a page of 100 costs more than Haven allows): an organisation with more live holds than
 * that at once may miss an officer's oldest.
 */

export const HELD_BEDS = graphql(`
  query HeldBeds {
    placements(filter: { statuses: [HELD] }, first: 50) {
      edges {
        node {
          id
          holdExpiresAt
          bed {
            id
            label
          }
          safehouse {
            id
            area
          }
          referrer {
            id
          }
        }
      }
    }
  }
`);

export const RELEASE_HOLD = graphql(`
  mutation Release($id: ID!) {
    releaseHold(placementId: $id) {
      id
      status
    }
  }
`);

export const CONFIRM = graphql(`
  mutation Confirm($input: ConfirmPlacementInput!) {
    confirmPlacement(input: $input) {
      ...DutyPlacement
    }
  }
`);

/** `reason` is the text the provider reads; `why` the choice Haven counts (SURVIVOR_DECLINED as unmet demand). */
export const CANCEL = graphql(`
  mutation Cancel($id: ID!, $reason: String!, $why: CancelReason) {
    cancelPlacement(placementId: $id, reason: $reason, why: $why) {
      ...DutyPlacement
    }
  }
`);

export const LIVE_STATUSES: PlacementStatus[] = ['HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED', 'ARRIVED'];

export const PLACEMENTS = graphql(`
  query Placements($filter: PlacementFilter, $after: String) {
    placements(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          from
          until
          holdExpiresAt
          acceptanceDueAt
          acceptanceOverdue
          bed {
            label
          }
          safehouse {
            area
            name
          }
          survivor {
            reference
            preferredName
          }
          referrer {
            displayName
          }
        }
      }
    }
  }
`);

/** A fresh idempotency key: one per form or tap, so a retry of the same request changes nothing more. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type Availability = SearchQuery['searchAvailability'][number];
export type BedInfo = Availability['availableBeds'][number];
export type PlacementDetail = DutyPlacementFragment;
/**
 * A live hold of the officer's organisation (the API scopes placements), with who made it. The 50
 * newest (a page of 100 costs more than Haven allows): an organisation with more live holds than
 * that at once may miss an officer's oldest.
 */
export type HeldBed = HeldBedsQuery['placements']['edges'][number]['node'];
export type PlacementRow = PlacementsQuery['placements']['edges'][number]['node'];
