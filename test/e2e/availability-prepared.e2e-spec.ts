import { SearchCounts } from '../../src/availability/search-counts';
import { AvailabilityService } from '../../src/availability/availability.service';
import { Clock } from '../../src/common/clock';
import { RequestContext } from '../../src/common/request-context';
import { Role } from '../../src/common/roles';
import { PreparedStatements } from '../../src/database/prepared-statements';
import { isPostgres } from '../support/test-database';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';

const SEARCH = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) { safehouse { id provider { id name outOfHoursPhone } } availableBeds { id } }
}`;

/**
 * The search runs as a named prepared statement on a PostgreSQL server (planned once per pooled
 * connection), and unnamed on the embedded PGlite, whose one backend session outlives the pool's
 * connections. Two pooled connections here; a statement is seen only from its own session, so the
 * test asks each of them.
 */
describe('searchAvailability as a prepared statement', () => {
  let t: TestApp;
  let officer: Login;

  beforeAll(async () => {
    t = await TestApp.start({ DATABASE_POOL_SIZE: '2' });
    officer = await t.world.login(Role.DUTY_OFFICER);
  });
  afterAll(() => t.close());

  async function search(near: { latitude: number; longitude: number }, guestGender = 'WOMAN') {
    const response = await t.gql(SEARCH, { input: { near, nights: 2, guestGender, radiusKm: 10 } }, officer.token);
    expect(response.errors).toBeUndefined();
    return response.data!.searchAvailability as { safehouse: { id: string; provider: any }; availableBeds: any[] }[];
  }

  /** The search's prepared statement in each of the pool's sessions (taken all at once). */
  async function prepared(): Promise<{ generic_plans: string }[]> {
    const runners = [t.dataSource.createQueryRunner(), t.dataSource.createQueryRunner()];
    try {
      await Promise.all(runners.map((runner) => runner.connect()));
      const found = await Promise.all(
        runners.map(
          (runner) =>
            runner.query(
              `SELECT generic_plans FROM pg_prepared_statements WHERE name = 'search_availability'`,
            ) as Promise<{ generic_plans: string }[]>,
        ),
      );
      return found.flat();
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  }

  it('answers rightly, with the provider from the same statement, search after search', async () => {
    const provider = await t.world.provider();
    const here = { latitude: 52.1, longitude: -1.2 };
    const house = await t.world.safehouse(provider.id, here);
    const bed = await t.world.bed(house.id);
    // More than five runs: PostgreSQL then settles on a generic plan, which must answer the same.
    for (let run = 0; run < 8; run++) {
      const found = await search(here);
      expect(found).toEqual([
        {
          safehouse: {
            id: house.id,
            provider: { id: provider.id, name: provider.name, outOfHoursPhone: expect.any(String) },
          },
          availableBeds: [{ id: bed.id }],
        },
      ]);
      expect(await search(here, 'MAN')).toEqual([]);
    }
    const elsewhere = { latitude: 52.6, longitude: -1.2 };
    expect(await search(elsewhere)).toEqual([]);
    const there = await t.world.safehouse(provider.id, elsewhere);
    await t.world.bed(there.id);
    expect((await search(elsewhere)).map((item) => item.safehouse.id)).toEqual([there.id]);
  });

  it('only reads, so it could run on a replica: a read-only transaction takes it, and counts it', async () => {
    const here = { latitude: 52.1, longitude: -1.2 };
    const ctx = RequestContext.system(t.dataSource, t.app.get(Clock));
    const input = { near: here, nights: 2, guestGender: 'WOMAN', radiusKm: 10 } as never;
    const counted = async () => {
      await t.app.get(SearchCounts).flush();
      const [row] = await t.dataSource.query(`SELECT coalesce(sum(searches), 0)::int AS n FROM unmet_demand`);
      return row.n as number;
    };
    const before = await counted();
    const found = await ctx.transaction(async (tx) => {
      await tx.manager.query('SET TRANSACTION READ ONLY');
      return t.app.get(AvailabilityService).search(tx, input);
    });
    expect(found).toHaveLength(1);
    expect(await counted()).toBe(before + 1);
  });

  if (isPostgres()) {
    it('is a named statement on PostgreSQL, with a generic plan after a few runs', async () => {
      expect(t.app.get(PreparedStatements).usesNamedStatement(t.dataSource.manager)).toBe(true);
      const statements = await prepared();
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.some((statement) => Number(statement.generic_plans) > 0)).toBe(true);
    });

    it('prepares itself again on a new connection when the old one is gone', async () => {
      const here = { latitude: 52.1, longitude: -1.2 };
      expect(await search(here)).toHaveLength(1);
      // End the pool's backends from outside; the pool replaces them and the search prepares anew.
      const { Client } = await import('pg');
      const admin = new Client({ connectionString: t.settings.DATABASE_URL });
      await admin.connect();
      try {
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'haven' AND pid <> pg_backend_pid()`,
        );
      } finally {
        await admin.end();
      }
      let answered = false;
      for (let attempt = 0; attempt < 3 && !answered; attempt++) {
        const response = await t.gql(
          SEARCH,
          { input: { near: here, nights: 2, guestGender: 'WOMAN', radiusKm: 10 } },
          officer.token,
        );
        answered = response.errors === undefined; // the first may meet the dead connection
      }
      expect(answered).toBe(true);
      expect(await search(here)).toHaveLength(1);
      expect((await prepared()).length).toBeGreaterThan(0);
    });
  } else {
    it('is unnamed on the embedded database, whose one session outlives the pool connections', async () => {
      expect(t.app.get(PreparedStatements).usesNamedStatement(t.dataSource.manager)).toBe(false);
      // One session behind every connection (and one pooled connection): ask it directly.
      expect(
        await t.dataSource.query(`SELECT name FROM pg_prepared_statements WHERE name = 'search_availability'`),
      ).toEqual([]);
    });
  }
});
