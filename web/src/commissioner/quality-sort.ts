/** How the quality table sorts: pure, so the order is the same for every reader and every render. */

import type { Rating } from '../gql/graphql';

export type { Rating };

export interface QualityRow {
  id: string;
  name: string;
  provider: string;
  area: string;
  latestRating: Rating | null;
  latestInspectionId: string | null;
  lastInspectedOn: string | null;
  nextInspectionDueOn: string | null;
  inspectionOverdue: boolean;
  openActions: number;
  overdueActions: number;
  /** The earliest due date of the latest published inspection's open actions. */
  nextActionDueOn: string | null;
  referralsSuspended: boolean;
  suspensionReason: string | null;
}

export type SortKey = 'name' | 'rating' | 'overdue' | 'nextAction' | 'inspectionDue';
export type Direction = 'ascending' | 'descending';

export interface Sort {
  key: SortKey;
  direction: Direction;
}

/** Worse is lower: ascending puts the houses that need attention first. */
const RATING_RANK: Record<Rating, number> = { INADEQUATE: 0, REQUIRES_IMPROVEMENT: 1, GOOD: 2, OUTSTANDING: 3 };

/** The first press sorts the way a commissioner looks first: worst, most overdue, soonest. */
export const FIRST_DIRECTION: Record<SortKey, Direction> = {
  name: 'ascending',
  rating: 'ascending',
  overdue: 'descending',
  nextAction: 'ascending',
  inspectionDue: 'ascending',
};

/** The value to sort on; null sorts after every value, whichever the direction. */
function sortValue(row: QualityRow, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.name.toLocaleLowerCase('en-GB');
    case 'rating':
      return row.latestRating ? RATING_RANK[row.latestRating] : null;
    case 'overdue':
      return row.overdueActions;
    case 'nextAction':
      return row.nextActionDueOn;
    case 'inspectionDue':
      // Never inspected: an inspection is due now, before any date.
      return row.latestRating === null ? '' : row.nextInspectionDueOn;
  }
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB');
}

function byName(a: QualityRow, b: QualityRow): number {
  return compare(a.name.toLocaleLowerCase('en-GB'), b.name.toLocaleLowerCase('en-GB')) || compare(a.id, b.id);
}

/** A new array in the asked order; ties (and rows with nothing to sort on) go by house name. */
export function sortRows(rows: readonly QualityRow[], sort: Sort): QualityRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = sortValue(a, sort.key);
    const right = sortValue(b, sort.key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
      return byName(a, b);
    }
    return sign * compare(left, right) || byName(a, b);
  });
}

export const SORT_LABELS: Record<SortKey, string> = {
  name: 'house name',
  rating: 'rating',
  overdue: 'overdue actions',
  nextAction: 'next action due',
  inspectionDue: 'inspection due',
};

/** What the live region says after a sort. */
export function describeSort(sort: Sort): string {
  const up = sort.direction === 'ascending';
  const how: Record<SortKey, string> = {
    name: up ? 'A to Z' : 'Z to A',
    rating: up ? 'worst first; never inspected last' : 'best first; never inspected last',
    overdue: up ? 'fewest first' : 'most first',
    nextAction: up ? 'soonest first; no open actions last' : 'latest first; no open actions last',
    inspectionDue: up ? 'soonest first; never inspected first' : 'latest first; never inspected last',
  };
  return `Sorted by ${SORT_LABELS[sort.key]}, ${how[sort.key]}.`;
}
