/** The provider coordinator's GraphQL: only the public API on /graphql. */

import type { Connection } from './common';

export type BedDayState = 'FREE' | 'HELD' | 'BOOKED' | 'RESIDENT' | 'OUT_OF_SERVICE';

export interface BoardHouse {
  id: string;
  name: string;
  area: string;
  kind: string;
  capacityConfirmedAt: string | null;
  capacityStale: boolean;
  referralsSuspended: boolean;
  bedBoard: {
    bed: { id: string; label: string; sleeps: number; accessible: boolean };
    days: { day: string; state: BedDayState; placementId: string | null; blockId: string | null }[];
  }[];
}

export const BOARD = `query Board($providerId: ID!) {
  provider(id: $providerId) {
    id
    safehouses {
      id name area kind capacityConfirmedAt capacityStale referralsSuspended
      bedBoard(days: 7) { bed { id label sleeps accessible } days { day state placementId blockId } }
    }
  }
}`;

export const CONFIRM_CAPACITY = `mutation ConfirmCapacity($id: ID!) {
  confirmCapacity(safehouseId: $id) { id capacityConfirmedAt capacityStale }
}`;

export const SET_OUT_OF_SERVICE = `mutation SetOutOfService($input: BedOutOfServiceInput!) {
  setBedOutOfService(input: $input) { id }
}`;

export const RETURN_TO_SERVICE = `mutation ReturnToService($blockId: ID!) { returnBedToService(blockId: $blockId) }`;

export interface Survivor {
  id: string;
  preferredName: string | null;
  reference: string | null;
  gender: string;
  dependants: number;
  languages: string[];
  accessibilityNeeds: string | null;
  nrmStatus: string;
  prefersWorkerGender: string | null;
}

export interface Placement {
  id: string;
  status: string;
  from: string;
  until: string | null;
  arrivingAt: string | null;
  arrivedAt: string | null;
  acceptanceDueAt: string | null;
  acceptanceOverdue: boolean;
  safehouse: { id: string; name: string };
  bed: { id: string; label: string };
  referrerOrganisation: { name: string };
  survivor: Survivor | null;
}

const SURVIVOR = `survivor { id preferredName reference gender dependants languages accessibilityNeeds nrmStatus prefersWorkerGender }`;
const PLACEMENT = `id status from until arrivingAt arrivedAt acceptanceDueAt acceptanceOverdue
  safehouse { id name } bed { id label } referrerOrganisation { name } ${SURVIVOR}`;

/**
 * Page sizes, passed as `$first`: the service's query-cost limit (5,000, with `first` multiplying the
 * cost of each item, written in or passed as a variable alike) allows about 30 placements with the
 * survivor's summary in one request. "Show more" asks for the next page `after` the last cursor.
 */
export const PAGE = 30;
export const LIGHT_PAGE = 35;
/** The service allows 15 aliases a request: suggestions are asked for 10 placements at a time. */
export const SUGGESTION_BATCH = 10;

export interface PlacementList<Extra = unknown> {
  placements: Connection<Placement & Extra>;
}

export const REFERRALS = `query Referrals($providerId: ID!, $first: Int!, $after: String) {
  placements(
    first: $first
    after: $after
    filter: { providerId: $providerId, statuses: [AWAITING_ACCEPTANCE] }
    orderBy: ACCEPTANCE_DUE_FIRST
  ) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${PLACEMENT} } }
  }
}`;

export const ACCEPT = `mutation Accept($id: ID!) { acceptPlacement(placementId: $id) { id status } }`;
export const DECLINE = `mutation Decline($id: ID!, $reason: DeclineReason!, $note: String) {
  declinePlacement(placementId: $id, reason: $reason, note: $note) { id status declineReason }
}`;

export interface PlanDates {
  plannedUntil: string;
  moveOnPlan: { id: string; status: string; targetMoveOnOn: string | null; supportEndsOn: string | null } | null;
}

/** Lighter than PLACEMENT (a name is enough to greet someone at the door), so more fit a page. */
export const TODAY = `query Today($providerId: ID!, $first: Int!, $after: String) {
  placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id status from until plannedUntil arrivingAt arrivedAt safehouse { id name } bed { id label } referrerOrganisation { name }
      survivor { id preferredName reference }
      moveOnPlan { id status targetMoveOnOn supportEndsOn }
    } }
  }
}`;

export const ARRIVE = `mutation Arrive($id: ID!) { recordArrival(placementId: $id) { id status arrivedAt } }`;
export const NO_SHOW = `mutation NoShow($id: ID!) { recordNoShow(placementId: $id) { id status } }`;
export const DEPART = `mutation Depart($id: ID!, $destination: MoveOnDestination!) {
  recordDeparture(placementId: $id, destination: $destination) { id status departedAt destination }
}`;

export interface Assignments {
  supportWorkers: { id: string }[];
}

export const UNASSIGNED = `query Unassigned($providerId: ID!, $first: Int!, $after: String) {
  placements(first: $first, after: $after, filter: { providerId: $providerId, statuses: [CONFIRMED, ARRIVED] }) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${PLACEMENT} supportWorkers { id } } }
  }
}`;

export interface Suggestion {
  reasons: string[];
  score: number;
  supportWorker: {
    id: string;
    name: string;
    gender: string;
    languages: string[];
    activeCaseload: number;
    maxCaseload: number;
  };
}

/** One request for the suggestions of every placement shown: an alias per placement. */
export function suggestionsQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$p${i}: ID!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) => `s${i}: suggestSupportWorkers(placementId: $p${i}, limit: 3) {
      reasons score supportWorker { id name gender languages activeCaseload maxCaseload } }`,
  ).join('\n');
  return `query Suggestions(${variables}) {\n${fields}\n}`;
}

export const ASSIGN = `mutation Assign($input: AssignSupportWorkerInput!) {
  assignSupportWorker(input: $input) { id role supportWorker { id name } }
}`;

export interface MoveOnPlan {
  id: string;
  status: string;
  overdue: boolean;
  supportEndsOn: string | null;
  targetMoveOnOn: string | null;
  survivor: { id: string; preferredName: string | null; reference: string | null };
  /** Null for an outreach case that never had a bed. */
  placement: { id: string; safehouse: { name: string }; bed: { label: string } } | null;
  goals: { id: string; status: string }[];
  supportCase: {
    id: string;
    setting: string;
    area: string | null;
    survivor: { nrmStatus: string; reasonableGroundsOverdue: boolean };
    recoveryNeedsAssessments: { status: string; submittedOn: string }[];
  };
}

export const MOVE_ON = `query MoveOn($providerId: ID!, $before: Date!, $first: Int!, $after: String) {
  moveOnPlans(first: $first, after: $after, filter: { providerId: $providerId, supportEndsBefore: $before }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id status overdue supportEndsOn targetMoveOnOn
      survivor { id preferredName reference }
      placement { id safehouse { name } bed { label } }
      goals { id status }
      supportCase {
        id setting area survivor { nrmStatus reasonableGroundsOverdue } recoveryNeedsAssessments { status submittedOn }
      }
    } }
  }
}`;

export const ACTIVATE_PLAN = `mutation ActivatePlan($id: ID!) { activateMoveOnPlan(planId: $id) { id status } }`;

export const PLACEMENT_CHANGED = `subscription { placementChanged { placementId safehouseId status at } }`;
