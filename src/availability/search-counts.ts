import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlState } from '../database/postgres-errors';

/** How often an instance writes the searches it counted: a search's count is in the table within this. */
export const SEARCH_COUNT_FLUSH_MS = 1000;

/** The needs a search is counted by, on the London day it ran (unmet_demand's key). */
export interface SearchNeeds {
  day: string;
  gender: string;
  withDependants: boolean;
  needsAccessibleBed: boolean;
  /** The one kind asked for, or 'ANY'. */
  kind: string;
}

interface Tally extends SearchNeeds {
  searches: number;
  withNoResult: number;
}

/**
 * Counts searches by need in unmet_demand without a write on the search's path: each search adds
 * to a tally in memory, and the tallies are written together, one statement for all of them, every
 * SEARCH_COUNT_FLUSH_MS and when the application closes. The search itself only reads, so it takes
 * no row lock, writes no WAL and could run on a replica.
 *
 * What this gives up: a process killed without closing loses the searches of its last second,
 * as the asynchronous commit the search used before could lose the database server's last
 * fraction of a second. A failed write keeps its tallies for the next one. A reader that must see
 * this instance's latest counts (the unmetDemand query) calls `flush` first; another instance's
 * arrive within a second.
 */
@Injectable()
export class SearchCounts implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SearchCounts');
  private tallies = new Map<string, Tally>();
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), SEARCH_COUNT_FLUSH_MS);
    this.timer.unref();
  }

  /** Before the database closes: the last tallies are written. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  count(needs: SearchNeeds, found: boolean): void {
    this.add(needs, 1, found ? 0 : 1);
  }

  /** Writes what is counted so far; one write at a time, so none is counted twice or lost between two. */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    if (this.tallies.size === 0 || !this.dataSource.isInitialized) return;
    const tallies = [...this.tallies.values()];
    this.tallies = new Map();
    try {
      await this.dataSource.query(
        `INSERT INTO unmet_demand AS u
                (day, guest_gender, with_dependants, needs_accessible_bed, kind, shard, searches, searches_with_no_result)
         SELECT t.day, t.gender, t.with_dependants, t.accessible, t.kind, pg_backend_pid() % 8, t.searches, t.empty
           FROM unnest($1::date[], $2::text[], $3::boolean[], $4::boolean[], $5::text[], $6::int[], $7::int[])
                AS t(day, gender, with_dependants, accessible, kind, searches, empty)
         ON CONFLICT (day, guest_gender, with_dependants, needs_accessible_bed, kind, shard) DO UPDATE
            SET searches = u.searches + EXCLUDED.searches,
                searches_with_no_result = u.searches_with_no_result + EXCLUDED.searches_with_no_result`,
        [
          tallies.map((t) => t.day),
          tallies.map((t) => t.gender),
          tallies.map((t) => t.withDependants),
          tallies.map((t) => t.needsAccessibleBed),
          tallies.map((t) => t.kind),
          tallies.map((t) => t.searches),
          tallies.map((t) => t.withNoResult),
        ],
      );
    } catch (error) {
      // kept for the next write: counts are late, never lost while the process lives
      for (const tally of tallies) this.add(tally, tally.searches, tally.withNoResult);
      this.logger.warn(
        { error: sqlState(error) ?? (error as Error).name },
        'search counts not written; kept for the next write',
      );
    }
  }

  private add(needs: SearchNeeds, searches: number, withNoResult: number): void {
    const key = `${needs.day}|${needs.gender}|${needs.withDependants}|${needs.needsAccessibleBed}|${needs.kind}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      const { day, gender, withDependants, needsAccessibleBed, kind } = needs;
      tally = { day, gender, withDependants, needsAccessibleBed, kind, searches: 0, withNoResult: 0 };
      this.tallies.set(key, tally);
    }
    tally.searches += searches;
    tally.withNoResult += withNoResult;
  }
}
