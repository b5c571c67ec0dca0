import { Injectable } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { BedBoardRow, BedDayState } from './bed-board.model';

interface BoardRow {
  safehouse_id: string;
  bed_id: string;
  label: string;
  sleeps: number;
  accessible: boolean;
  day: string;
  state: BedDayState | null;
  placement_id: string | null;
  block_id: string | null;
}

/**
 * Each bed of a house, day by day (Europe/London calendar days; today counts from now), with the
 * firmest live claim touching the day (past days as they
 * stood). One query for every house asked for in a request.
 */
const BOARD_SQL = `
WITH days AS (
  SELECT d.day,
         CASE WHEN $4::timestamptz > d.starts AND $4::timestamptz < d.ends THEN $4::timestamptz ELSE d.starts END AS starts,
         d.ends
    FROM (SELECT day, day::timestamp AT TIME ZONE 'Europe/London' AS starts,
                 (day + 1)::timestamp AT TIME ZONE 'Europe/London' AS ends
            FROM (SELECT $2::date + i AS day FROM generate_series(0, $3::int - 1) AS i) series) d
)
SELECT b.safehouse_id, b.id AS bed_id, b.label, b.sleeps, b.accessible,
       to_char(days.day, 'YYYY-MM-DD') AS day, claim.state, claim.placement_id, claim.block_id
  FROM bed b
 CROSS JOIN days
  LEFT JOIN LATERAL (
    SELECT c.state, c.placement_id, c.block_id
      FROM (
        SELECT CASE
                 WHEN o.kind = 'BLOCK' THEN 'OUT_OF_SERVICE'
                 WHEN p.status = 'ARRIVED' THEN 'RESIDENT'
                 WHEN p.status IN ('AWAITING_ACCEPTANCE', 'CONFIRMED') THEN 'BOOKED'
                 WHEN p.status = 'HELD' THEN 'HELD'
                 WHEN p.id IS NULL AND o.kind = 'HOLD' THEN 'HELD'
                 WHEN p.id IS NULL AND o.kind = 'PLACEMENT' THEN 'BOOKED'
               END AS state,
               o.placement_id, o.block_id
          FROM bed_occupation o
          LEFT JOIN placement p ON p.id = o.placement_id
         WHERE o.bed_id = b.id AND o.live
           AND NOT (o.kind = 'HOLD' AND o.expires_at <= $4::timestamptz)
           AND o.period && tstzrange(days.starts, days.ends, '[)')
      ) c
     WHERE c.state IS NOT NULL
     ORDER BY CASE c.state WHEN 'RESIDENT' THEN 1 WHEN 'BOOKED' THEN 2 WHEN 'OUT_OF_SERVICE' THEN 3 ELSE 4 END
     LIMIT 1
  ) claim ON TRUE
 WHERE b.safehouse_id = ANY($1::uuid[]) AND b.removed_at IS NULL
 ORDER BY b.safehouse_id, b.label, b.id, days.day`;

@Injectable()
export class BedBoardService {
  /** Batched per request (one query for all houses asked with the same days). */
  board(ctx: RequestContext, safehouseId: string, from: string, days: number): Promise<BedBoardRow[]> {
    return ctx
      .loader<string, BedBoardRow[]>(`bedBoard:${from}:${days}`, async (ids) => {
        const rows = (await ctx.manager.query(BOARD_SQL, [[...ids], from, days, ctx.clock.now()])) as BoardRow[];
        const byHouse = new Map<string, BedBoardRow[]>(ids.map((id) => [id, []]));
        let current: BedBoardRow | undefined;
        for (const row of rows) {
          if (current?.bed.id !== row.bed_id) {
            current = {
              bed: {
                id: row.bed_id,
                label: row.label,
                sleeps: Number(row.sleeps),
                accessible: row.accessible,
                safehouseId: row.safehouse_id,
              },
              days: [],
            };
            byHouse.get(row.safehouse_id)?.push(current);
          }
          current.days.push({
            day: row.day,
            state: row.state ?? BedDayState.FREE,
            placementId: row.placement_id,
            blockId: row.block_id,
          });
        }
        return ids.map((id) => byHouse.get(id) ?? []);
      })
      .load(safehouseId);
  }
}
