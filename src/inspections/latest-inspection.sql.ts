/**
 * For availability search's ordering (CONTRACT.md: "then the latest inspection rating, better
 * first"): the rank of a house's latest PUBLISHED overall rating, 0 OUTSTANDING .. 3 INADEQUATE, and
 * 4 for a house never inspected (after the rated ones). Use as an ORDER BY expression or a select.
 * Served by inspection_safehouse_idx (safehouse_id, inspected_on).
 */
export function latestRatingRankSql(safehouseIdColumn: string): string {
  return `COALESCE((SELECT CASE li.overall_rating WHEN 'OUTSTANDING' THEN 0 WHEN 'GOOD' THEN 1 WHEN 'REQUIRES_IMPROVEMENT' THEN 2 ELSE 3 END
    FROM inspection li WHERE li.safehouse_id = ${safehouseIdColumn} AND li.status = 'PUBLISHED'
    ORDER BY li.inspected_on DESC, li.published_at DESC, li.id DESC LIMIT 1), 4)`;
}
