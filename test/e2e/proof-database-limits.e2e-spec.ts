import { Client } from 'pg';
import { Role } from '../../src/common/roles';
import { RequestContext } from '../../src/common/request-context';
import { Clock } from '../../src/common/clock';
import { GENERIC_MESSAGE } from '../../src/common/errors/format-error';
import { sqlState } from '../../src/database/postgres-errors';
import { TestApp, errorOf } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestDatabase, isPostgres } from '../support/test-database';

// What a request may wait for on a real PostgreSQL: a stuck transaction, a runaway statement, a
// transaction left open, a network that stops answering. The embedded database is one connection
// in the process, with nothing to wait for but itself: these run when the suite runs on PostgreSQL.
const describeOnPostgres = isPostgres() ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const MIGRATION_LOCK = 7_326_001; // data-source.ts

/** How long `work` took, and what it gave. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work();
  return { ms: Date.now() - started, value };
}

describeOnPostgres('the limits on what a request waits for (PostgreSQL)', () => {
  describe('with short limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({
        DATABASE_STATEMENT_TIMEOUT_MS: '400',
        DATABASE_LOCK_TIMEOUT_MS: '300',
        DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '2000',
      });
    });
    afterAll(() => t?.close());

    /** A new bed, an officer to hold it, and a transaction holding the lock every write to that bed takes first. */
    async function bedLockedByAnotherTransaction() {
      const bed = await t.world.bed((await t.world.safehouse((await t.world.provider()).id)).id);
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const other = t.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bed-occupation:${bed.id}`]);
      return { bed, officer, other };
    }

    it("holds every request connection to the settings' limits", async () => {
      const [row] = await t.dataSource.query(
        `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock,
                current_setting('idle_in_transaction_session_timeout') AS idle`,
      );
      expect(row).toEqual({ statement: '400ms', lock: '300ms', idle: '2s' });
      const cancelled = await timed(() => t.dataSource.query('SELECT pg_sleep(3)').catch((error: unknown) => error));
      expect(sqlState(cancelled.value)).toBe('57014'); // query_canceled
      expect(cancelled.ms).toBeLessThan(2_500);
    });

    it('answers a hold waiting on a stuck transaction at the lock limit, cleanly, and books the bed once it is gone', async () => {
      // another instance's hold on this bed, stuck in its transaction
      const { bed, officer, other: stuck } = await bedLockedByAnotherTransaction();
      try {
        const refused = await timed(() => t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, officer.token));
        expect(refused.value.status).toBeLessThan(500);
        expect(errorOf(refused.value)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE });
        expect(refused.value.text).not.toMatch(/lock|timeout|canceling|advisory|SELECT/i);
        expect(refused.ms).toBeLessThan(2_500);
        expect(await t.dataSource.query('SELECT count(*)::int AS n FROM placement')).toEqual([{ n: 0 }]);
      } finally {
        await stuck.rollbackTransaction();
        await stuck.release();
      }
      const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, officer.token);
      expect(held.errors).toBeUndefined();
      expect(held.data!.holdBed.status).toBe('HELD');
    });

    it('ends a transaction left open and idle, freeing its bed for the next officer', async () => {
      const { bed, officer, other: forgotten } = await bedLockedByAnotherTransaction();
      await sleep(2_700); // past the idle limit: the server ends that session, and its locks go with it
      const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, officer.token);
      expect(held.errors).toBeUndefined();
      expect(held.data!.holdBed.status).toBe('HELD');
      await expect(forgotten.query('SELECT 1')).rejects.toThrow();
      await forgotten.rollbackTransaction().catch(() => undefined);
      await forgotten.release();
      // the pool let the dead connection go: every connection it has answers
      const answers = await Promise.all(Array.from({ length: 8 }, () => t.dataSource.query('SELECT 1 AS one')));
      expect(answers).toEqual(Array(8).fill([{ one: 1 }]));
    });
  });

  it('runs a deadlock’s loser again, so both units of work commit', async () => {
    // default limits: the deadlock is found at deadlock_timeout (1 s), before the lock limit (5 s)
    // would end either wait as a timeout
    const t = await TestApp.start();
    try {
      const ctx = RequestContext.system(t.dataSource, new Clock());
      let runs = 0;
      let arrived = 0;
      let bothHoldOne: () => void = () => undefined;
      const meeting = new Promise<void>((resolve) => (bothHoldOne = resolve));
      // each takes one lock, waits until the other holds its own, then asks for the other's
      const crossing = (first: number, second: number) =>
        ctx.transaction(async (tx) => {
          runs += 1;
          await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [first]);
          if ((arrived += 1) === 2) bothHoldOne();
          await meeting;
          await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [second]);
          return `${first}→${second}`;
        });
      expect(await Promise.all([crossing(91, 92), crossing(92, 91)])).toEqual(['91→92', '92→91']);
      expect(runs).toBe(3); // the loser ran twice
    } finally {
      await t.close();
    }
  });

  it('gives up a connection whose answers stop coming, and serves again when they come back', async () => {
    const database = await createTestDatabase();
    const url = new URL(database.url);
    const proxy = await TcpProxy.start(url.hostname, Number(url.port || 5432));
    url.host = `127.0.0.1:${proxy.port}`;
    const t = await TestApp.start(
      { DATABASE_STATEMENT_TIMEOUT_MS: '500' },
      { database: { url: url.toString(), drop: database.drop } },
    );
    try {
      const admin = await t.world.login(Role.ADMIN);
      expect((await t.gql('{ providers { id } }', {}, admin.token)).errors).toBeUndefined();

      proxy.silence();
      const lost = await timed(() => t.gql('{ providers { id } }', {}, admin.token));
      expect(lost.value.status).toBeLessThan(500);
      expect(errorOf(lost.value)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: GENERIC_MESSAGE });
      expect(lost.value.text).not.toMatch(/answer|database|connection|127\.0\.0\.1/i);
      expect(lost.ms).toBeGreaterThanOrEqual(5_000); // the statement's limit and the grace: 5.5 s
      expect(lost.ms).toBeLessThan(15_000);

      proxy.restore();
      // the silent connection was given up, not handed to the next request
      const again = await timed(() => t.gql('{ providers { id } }', {}, admin.token));
      expect(again.value.errors).toBeUndefined();
      expect(again.ms).toBeLessThan(5_000);
    } finally {
      proxy.restore();
      await t.close();
      await proxy.close();
    }
  }, 60_000);

  it('migrates without the limits: start waits out another instance holding the migration lock', async () => {
    const database = await createTestDatabase();
    const other = new Client({ connectionString: database.url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const released = sleep(1_500).then(() => other.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]));
    const started = await timed(() =>
      TestApp.start({ DATABASE_LOCK_TIMEOUT_MS: '200', DATABASE_STATEMENT_TIMEOUT_MS: '300' }, { database }),
    );
    try {
      await released;
      expect(started.ms).toBeGreaterThanOrEqual(1_000); // it waited for the lock, past both limits
      expect((await started.value.http().get('/health/ready')).status).toBe(200);
    } finally {
      await other.end();
      await started.value.close();
    }
  });
});
