import { Client } from 'pg';
import { StartingServer } from '../../src/health/starting-server';
import { buildService, freePort, startService, stopService } from '../support/built-service';
import { createTestDatabase, isPostgres } from '../support/test-database';

const describeOnPostgres = isPostgres() ? describe : describe.skip;
/** The advisory lock every instance takes to migrate (database/data-source.ts). */
const MIGRATION_LOCK = 7_326_001;

async function status(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url)).status;
  } catch {
    return undefined; // nothing listening
  }
}

/** Asks again (every 100 ms, for a minute at most) until the answer is `wanted` or the process has exited. */
async function first(
  ask: () => Promise<number | undefined>,
  wanted: number,
  service: { exitCode: number | null },
): Promise<number | undefined> {
  let answer = await ask();
  for (let attempt = 0; attempt < 600 && answer !== wanted && service.exitCode === null; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await ask();
  }
  return answer;
}

/** CONTRACT.md, Running it: live whatever the database does; ready only once migrated and while it answers. */
describe('health while starting', () => {
  it('is live and not ready, and answers anything else 503, while the database opens and migrates', async () => {
    const starting = await StartingServer.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${starting.port}`;
    try {
      expect(await status(`${base}/health/live`)).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      const graphql = await fetch(`${base}/graphql`, { method: 'POST', body: '{}' });
      expect(graphql.status).toBe(503);
      expect(graphql.headers.get('retry-after')).toBe('5');
    } finally {
      await starting.close();
    }
    expect(await status(`${base}/health/live`)).toBeUndefined(); // the port is free for the application
  });

  describeOnPostgres('the built service, on a database another instance is migrating', () => {
    let built: ReturnType<typeof buildService>;
    beforeAll(() => (built = buildService()));
    afterAll(() => built.remove());

    it('is live but not ready until its migrations are done, then ready', async () => {
      const database = await createTestDatabase();
      const holder = new Client({ connectionString: database.url });
      await holder.connect();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const service = startService(built.dir, {
        DATABASE_URL: database.url,
        PORT: String(port),
        HAVEN_DEMO_DATA: 'false',
        SCHEDULER: 'off',
        LOG_LEVEL: 'warn',
      });
      try {
        const live = await first(() => status(`${base}/health/live`), 200, service);
        expect({ live, output: service.output() }).toEqual({ live: 200, output: service.output() });
        // It is waiting for the lock this test holds: not ready, however long that lasts.
        expect(await status(`${base}/health/ready`)).toBe(503);
        expect(await status(`${base}/graphql`)).toBe(503);

        await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
        const ready = await first(() => status(`${base}/health/ready`), 200, service);
        expect({ ready, output: service.output() }).toEqual({ ready: 200, output: service.output() });
        expect(await status(`${base}/health/live`)).toBe(200);
      } finally {
        expect(await stopService(service)).toBe(true);
        await holder.end();
        await database.drop();
      }
    });
  });
});
