import { Injectable } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { PreparedStatements } from '../database/prepared-statements';
import { londonDate } from '../common/clock';
import { primaryLanguage } from '../common/validation/language-tags';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { toProvider } from '../organisations/organisation.mapper';
import { PublicSafehouseRow, toSafehouse } from '../safehouses/safehouse.mapper';
import { oldestBoyAge } from '../survivors/dependant-age-band';
import { AvailabilitySearchInput } from './availability-search.input';
import { SafehouseAvailability } from './safehouse-availability.model';
import { SEARCH_AVAILABILITY_SQL } from './search-availability.sql';
import { Metrics } from '../metrics/metrics.service';
import { SearchCounts } from './search-counts';

/** A house of the search's answer, one item of its JSON array (search-availability.sql.ts), in JSON's types. */
interface SearchRow {
  id: string;
  provider_id: string;
  name: string;
  kind: SafehouseKind;
  area: string;
  accepts_genders: Gender[];
  accepts_dependants: boolean;
  accepts_boys_up_to_age: number | null;
  step_free_access: boolean;
  languages: string[];
  open_24_hours: boolean;
  opens_at: string | null;
  closes_at: string | null;
  instant_booking: boolean;
  referrals_suspended: boolean;
  suspension_reason: string | null;
  capacity_confirmed_ms: number | null;
  distance_rounded: number;
  accepts_arrival: boolean;
  speaks_preferred: boolean;
  next_intake_ms: number | null;
  beds: { id: string; label: string; sleeps: number; accessible: boolean }[];
  provider_name: string;
  provider_out_of_hours_phone: string | null;
}

/** The needs of a referral a provider declined: counted as unmet demand, as a search's are. */
export interface DeclinedNeed {
  gender: Gender;
  withDependants: boolean;
  needsAccessibleBed: boolean;
  kind: SafehouseKind;
}

/** Who turned the place down: the provider (declinePlacement) or the person (cancelPlacement). */
export type DeclinedBy = 'provider' | 'survivor';

/** What went unmet for one set of needs over some days: searches, and places turned down. */
export interface UnmetDemandCount {
  guestGender: Gender;
  withDependants: boolean;
  needsAccessibleBed: boolean;
  /** The kind of place asked for; null when either would do. */
  kind: SafehouseKind | null;
  searches: number;
  searchesWithNoResult: number;
  declines: number;
  survivorDeclines: number;
}

/** The unmet_demand column each kind of decline counts in: fixed names, never input. */
const DECLINE_COUNTERS: Record<DeclinedBy, string> = { provider: 'declines', survivor: 'survivor_declines' };

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly settings: Settings,
    private readonly statements: PreparedStatements,
    private readonly metrics: Metrics,
    private readonly counts: SearchCounts,
  ) {}

  /**
   * Unmet demand over the Europe/London days [fromDay, toDay] (YYYY-MM-DD), inclusive, summed by
   * needs: the most searches with no result first. This instance's searches of the last second,
   * not yet written, are written first, so the answer counts them.
   */
  async unmetDemand(ctx: RequestContext, fromDay: string, toDay: string): Promise<UnmetDemandCount[]> {
    await this.counts.flush();
    const rows: {
      guest_gender: Gender;
      with_dependants: boolean;
      needs_accessible_bed: boolean;
      kind: string;
      searches: number;
      searches_with_no_result: number;
      declines: number;
      survivor_declines: number;
    }[] = await ctx.manager.query(
      `SELECT guest_gender, with_dependants, needs_accessible_bed, kind,
         sum(searches)::int AS searches, sum(searches_with_no_result)::int AS searches_with_no_result,
         sum(declines)::int AS declines, sum(survivor_declines)::int AS survivor_declines
       FROM unmet_demand
       WHERE day BETWEEN $1::date AND $2::date
       GROUP BY guest_gender, with_dependants, needs_accessible_bed, kind
       ORDER BY sum(searches_with_no_result) DESC, sum(searches) DESC, guest_gender, with_dependants, needs_accessible_bed, kind`,
      [fromDay, toDay],
    );
    return rows.map((row) => ({
      guestGender: row.guest_gender,
      withDependants: row.with_dependants,
      needsAccessibleBed: row.needs_accessible_bed,
      kind: row.kind === 'ANY' ? null : (row.kind as SafehouseKind),
      searches: row.searches,
      searchesWithNoResult: row.searches_with_no_result,
      declines: row.declines,
      survivorDeclines: row.survivor_declines,
    }));
  }

  /** The searched-for houses, public fields only, in one statement that only reads; the search is counted by need. */
  async search(ctx: RequestContext, input: AvailabilitySearchInput): Promise<SafehouseAvailability[]> {
    const now = ctx.clock.now();
    const from = input.from ?? now;
    const arrivingAt = input.arrivingAt ?? from;
    const asked = input.kinds ?? [SafehouseKind.SAFEHOUSE, SafehouseKind.PRE_NRM_EMERGENCY];
    // A pre-NRM place of safety is never booked beyond PRE_NRM_MAX_NIGHTS: offering one would be a dead end.
    const kinds = asked.filter(
      (kind) => kind !== SafehouseKind.PRE_NRM_EMERGENCY || input.nights <= this.settings.PRE_NRM_MAX_NIGHTS,
    );
    const avoid = (input.avoid ?? []).map((area) => ({
      lat: area.near.latitude,
      lon: area.near.longitude,
      r: area.radiusKm,
    }));
    const [{ houses }] = await this.statements.query<{ houses: SearchRow[] }>(
      ctx.manager,
      'search_availability',
      SEARCH_AVAILABILITY_SQL,
      [
        input.near.latitude,
        input.near.longitude,
        input.radiusKm ?? 80,
        from,
        input.nights,
        input.guestGender,
        input.dependants ?? 0,
        input.needsAccessibleBed ?? false,
        input.needsStepFreeAccess ?? false,
        input.language ? primaryLanguage(input.language) : null,
        kinds,
        JSON.stringify(avoid),
        arrivingAt,
        now,
        input.limit ?? 20,
        input.preferLanguage ? primaryLanguage(input.preferLanguage) : null,
        oldestBoyAge(input.dependantsDetail ?? []),
      ],
    );
    this.metrics.search(houses.length);
    this.counts.count(
      {
        day: londonDate(now),
        gender: input.guestGender,
        withDependants: (input.dependants ?? 0) > 0,
        needsAccessibleBed: input.needsAccessibleBed ?? false,
        kind: asked.length === 1 ? asked[0] : 'ANY',
      },
      houses.length > 0,
    );
    return houses.map((row) => this.toAvailability(row, now));
  }

  /**
   * A referral the provider declined, or a place the person turned down (cancelPlacement why
   * SURVIVOR_DECLINED), is unmet demand: counted by need alone, on the London day, beside the
   * searches (unmet_demand is this module's table), each in its own counter. The placements module
   * calls it in the decline's transaction, so a decline that rolls back counts nothing.
   */
  async countDecline(tx: RequestContext, need: DeclinedNeed, by: DeclinedBy = 'provider'): Promise<void> {
    const counter = DECLINE_COUNTERS[by];
    await tx.manager.query(
      `INSERT INTO unmet_demand AS u (day, guest_gender, with_dependants, needs_accessible_bed, kind, shard, ${counter})
       VALUES ($1, $2, $3, $4, $5, 0, 1)
       ON CONFLICT (day, guest_gender, with_dependants, needs_accessible_bed, kind, shard)
       DO UPDATE SET ${counter} = u.${counter} + 1`,
      [tx.clock.today(), need.gender, need.withDependants, need.needsAccessibleBed, need.kind],
    );
  }

  private toAvailability(row: SearchRow, now: Date): SafehouseAvailability {
    const house: PublicSafehouseRow = {
      id: row.id,
      providerId: row.provider_id,
      name: row.name,
      kind: row.kind,
      area: row.area,
      publicLatitude: 0,
      publicLongitude: 0,
      acceptsGenders: row.accepts_genders,
      acceptsDependants: row.accepts_dependants,
      acceptsBoysUpToAge: row.accepts_boys_up_to_age,
      stepFreeAccess: row.step_free_access,
      languages: row.languages,
      open24Hours: row.open_24_hours,
      opensAt: row.opens_at,
      closesAt: row.closes_at,
      instantBooking: row.instant_booking,
      referralsSuspended: row.referrals_suspended,
      suspensionReason: row.suspension_reason,
      capacityConfirmedAt: row.capacity_confirmed_ms === null ? null : new Date(row.capacity_confirmed_ms),
      createdAt: now,
    };
    const safehouse = {
      ...toSafehouse(house, now, this.settings.CAPACITY_STALE_HOURS),
      confidentialWithheld: true,
      knownProvider: toProvider({
        id: row.provider_id,
        name: row.provider_name,
        outOfHoursPhone: row.provider_out_of_hours_phone,
      }),
    };
    return {
      safehouse,
      distanceKm: row.distance_rounded,
      availableBeds: row.beds.map((bed) => ({ ...bed, safehouseId: row.id, confidentialWithheld: true })),
      acceptsArrival: row.accepts_arrival,
      nextIntakeAt: row.next_intake_ms === null ? null : new Date(row.next_intake_ms),
      speaksPreferredLanguage: row.speaks_preferred,
    };
  }
}
