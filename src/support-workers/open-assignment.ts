import { effectiveStatusSql } from '../placements/placement-status';

/** Why an assignment to a referral that lapsed reads as ended. */
export const LAPSED_REASON = 'referral lapsed';

/**
 * An assignment (alias) open at `nowParam`: not ended, and not on a referral that has lapsed. The
 * one definition that caseloads, a support worker's access and the assignment lists use.
 */
export function openAssignmentSql(alias: string, nowParam: string): string {
  return `(${alias}.ended_at IS NULL AND (${alias}.support_case_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM placement lapsed
    WHERE lapsed.id = ${alias}.placement_id AND ${effectiveStatusSql('lapsed', nowParam)} = 'EXPIRED')))`;
}
