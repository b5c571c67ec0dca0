import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AccessPolicy, commissionedNowSql } from '../common/access/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { londonDate } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { Rating } from '../inspections/overall-rating';
import { AvailabilityService } from '../availability/availability.service';
import { SafehousesService } from '../safehouses/safehouses.service';
import { SafehouseQuality } from './safehouse-quality.model';
import { UnmetDemand } from './unmet-demand.model';

/** The occupancy window of the quality review. */
const OCCUPANCY_DAYS = 90;

interface QualityRow {
  id: string;
  latest_rating: Rating | null;
  last_inspected_on: string | null;
  next_inspection_due_on: string | null;
  inspection_overdue: boolean;
  open_actions: number;
  overdue_actions: number;
  occupancy_rate: number;
  referrals_suspended: boolean;
}

/**
 * Per house of the providers the commissioner commissions today, in one statement:
 * - the latest PUBLISHED inspection (by inspected date) gives rating, last inspected, next due;
 *   never inspected or past its due date is overdue;
 * - open and overdue actions count OPEN actions of published inspections (drafts are not live);
 * - occupancy over [now - 90 days, now): per bed, the time it was in service (from its creation to
 *   its removal, less live BLOCK time out of service) and the time under live PLACEMENT claims
 *   (holds are minutes long and not a stay); the rate is occupied / in service over the house's
 *   beds, 0 when no bed was in service. Claims never overlap on one bed (exclusion constraint), so
 *   the sums need no de-duplication.
 * $1 commissioner, $2 today (Europe/London), $3 window start, $4 window end (now).
 */
const QUALITY_SQL = `
WITH houses AS (
  SELECT s.id, s.name, s.referrals_suspended FROM safehouse s
  WHERE s.provider_id IN (${commissionedNowSql('$1', '$2::date')})
),
latest AS (
  SELECT DISTINCT ON (i.safehouse_id) i.safehouse_id, i.overall_rating, i.inspected_on, i.next_inspection_due_on
  FROM inspection i JOIN houses h ON h.id = i.safehouse_id
  WHERE i.status = 'PUBLISHED'
  ORDER BY i.safehouse_id, i.inspected_on DESC, i.published_at DESC, i.id DESC
),
actions AS (
  SELECT i.safehouse_id,
    count(*) FILTER (WHERE a.status = 'OPEN') AS open_actions,
    count(*) FILTER (WHERE a.status = 'OPEN' AND a.due_on < $2::date) AS overdue_actions
  FROM inspection_action a
  JOIN inspection i ON i.id = a.inspection_id
  JOIN houses h ON h.id = i.safehouse_id
  WHERE i.status = 'PUBLISHED'
  GROUP BY i.safehouse_id
),
beds AS (
  SELECT b.safehouse_id, b.id AS bed_id,
    tstzrange(b.created_at, CASE WHEN b.removed_at IS NULL THEN NULL ELSE GREATEST(b.created_at, b.removed_at) END, '[)') * tstzrange($3::timestamptz, $4::timestamptz, '[)') AS in_service
  FROM bed b JOIN houses h ON h.id = b.safehouse_id
),
per_bed AS (
  SELECT bd.safehouse_id,
    extract(epoch FROM upper(bd.in_service) - lower(bd.in_service)) AS service,
    COALESCE((SELECT sum(extract(epoch FROM upper(o.period * bd.in_service) - lower(o.period * bd.in_service)))
      FROM bed_occupation o
      WHERE o.bed_id = bd.bed_id AND o.live AND o.kind = 'PLACEMENT' AND o.period && bd.in_service), 0) AS occupied,
    COALESCE((SELECT sum(extract(epoch FROM upper(o.period * bd.in_service) - lower(o.period * bd.in_service)))
      FROM bed_occupation o
      WHERE o.bed_id = bd.bed_id AND o.live AND o.kind = 'BLOCK' AND o.period && bd.in_service), 0) AS blocked
  FROM beds bd
  WHERE NOT isempty(bd.in_service)
),
occupancy AS (
  SELECT safehouse_id, sum(occupied) AS occupied, sum(service - blocked) AS available
  FROM per_bed GROUP BY safehouse_id
)
SELECT h.id,
  l.overall_rating AS latest_rating,
  l.inspected_on::text AS last_inspected_on,
  l.next_inspection_due_on::text AS next_inspection_due_on,
  (l.safehouse_id IS NULL OR l.next_inspection_due_on < $2::date) AS inspection_overdue,
  COALESCE(a.open_actions, 0)::int AS open_actions,
  COALESCE(a.overdue_actions, 0)::int AS overdue_actions,
  (CASE WHEN COALESCE(o.available, 0) > 0 THEN LEAST(1, o.occupied / o.available) ELSE 0 END)::float8 AS occupancy_rate,
  h.referrals_suspended
FROM houses h
LEFT JOIN latest l ON l.safehouse_id = h.id
LEFT JOIN actions a ON a.safehouse_id = h.id
LEFT JOIN occupancy o ON o.safehouse_id = h.id
ORDER BY h.name, h.id`;

/** A commissioner's quality review: per house figures, and the demand search could not meet. */
@Injectable()
export class QualityService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly safehouses: SafehousesService,
    private readonly availability: AvailabilityService,
  ) {}

  async overview(ctx: RequestContext, commissionerId: string | null | undefined): Promise<SafehouseQuality[]> {
    if (commissionerId != null && !isUUID(commissionerId)) {
      throw DomainError.badInput('commissionerId', 'commissionerId is not a valid id.');
    }
    const reviewed = this.access.reviewedCommissioner(ctx, commissionerId);
    const now = ctx.clock.now();
    const windowStart = new Date(now.getTime() - OCCUPANCY_DAYS * 86_400_000);
    const rows: QualityRow[] = await ctx.manager.query(QUALITY_SQL, [reviewed, ctx.clock.today(), windowStart, now]);
    if (rows.length === 0) return [];
    // One batched query: the reviewed commissioner's houses are the ones the caller may see.
    const houses = await Promise.all(rows.map((row) => this.safehouses.load(ctx, row.id)));
    return rows.map((row, index) => ({
      safehouse: houses[index]!,
      latestRating: row.latest_rating,
      lastInspectedOn: row.last_inspected_on,
      nextInspectionDueOn: row.next_inspection_due_on,
      inspectionOverdue: row.inspection_overdue,
      openActions: row.open_actions,
      overdueActions: row.overdue_actions,
      occupancyRate: Number(row.occupancy_rate),
      referralsSuspended: row.referrals_suspended,
    }));
  }

  /** Searches, declined referrals and places turned down by need over the Europe/London days of [from, to], inclusive. */
  async unmetDemand(ctx: RequestContext, from: Date, to: Date): Promise<UnmetDemand[]> {
    if (to.getTime() < from.getTime()) throw DomainError.badInput('to', 'to must not be before from.');
    return this.availability.unmetDemand(ctx, londonDate(from), londonDate(to));
  }
}
