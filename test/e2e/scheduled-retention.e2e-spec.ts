import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Role } from '../../src/common/roles';
import { SchedulerService } from '../../src/scheduler/scheduler.service';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { TestApp } from '../support/test-app';
import { createTestDatabase, isPostgres } from '../support/test-database';
import { Login } from '../support/world';

const root = join(__dirname, '../..');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id survivor { id } } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id } }`;

const person = {
  reference: 'CASE-7310',
  preferredName: 'Daria',
  gender: 'WOMAN',
  adult: true,
  dependants: 0,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['uk'],
};

describe('retention by the scheduler', () => {
  let t: TestApp;
  let scheduler: SchedulerService;
  let officer: Login;
  let house: SafehouseEntity;
  let screening: SafehouseEntity;

  beforeAll(async () => {
    t = await TestApp.start({ UNSTARTED_RETENTION_DAYS: '7' });
    scheduler = t.app.get(SchedulerService);
    const providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    house = await t.world.safehouse(providerId, { instantBooking: true });
    // A referral the provider must accept: cancelled before that, it opened no support case.
    screening = await t.world.safehouse(providerId, { instantBooking: false });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function ok(query: string, variables: Record<string, unknown>) {
    const response = await t.gql(query, variables, officer.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** A bed held and confirmed for `person`; the idempotency key is remembered with the request. */
  async function placed(idempotencyKey?: string, into = house) {
    const bed = await t.world.bed(into.id);
    const hold = await ok(HOLD, { input: { bedId: bed.id, nights: 2 } });
    const confirm = await ok(CONFIRM, { input: { placementId: hold.holdBed.id, survivor: person, idempotencyKey } });
    return { placementId: hold.holdBed.id as string, survivorId: confirm.confirmPlacement.survivor.id as string };
  }

  async function survivor(id: string) {
    const [found] = await t.dataSource.query(
      `SELECT preferred_name, reference, erased_at FROM survivor WHERE id = $1`,
      [id],
    );
    return found;
  }

  const purgeEvents = async () =>
    (
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'retention.purge' AND request_id LIKE 'job-retention.purge-%'`,
      )
    )[0].n;

  it('erases what retention should when the scheduler runs it at a moved clock, daily, auditing each run', async () => {
    const t0 = Date.now();
    const cancelled = await placed(undefined, screening);
    await ok(CANCEL, { id: cancelled.placementId });
    const live = await placed();

    t.clock.set(new Date(t0 + 6 * DAY));
    expect(await scheduler.runDue()).toContainEqual(
      expect.objectContaining({ job: 'retention.purge', outcome: 'ok', counts: { erased: 0 } }),
    );
    expect(await survivor(cancelled.survivorId)).toMatchObject({ preferred_name: 'Daria', erased_at: null });
    expect(await purgeEvents()).toBe(1);

    // The same day again: not due, nothing runs, no event.
    t.clock.set(new Date(t0 + 6 * DAY + 12 * HOUR));
    expect((await scheduler.runDue()).map((run) => run.job)).not.toContain('retention.purge');
    expect(await purgeEvents()).toBe(1);

    // A day later, past the unstarted retention: the cancelled placement's person goes.
    t.clock.set(new Date(t0 + 8 * DAY));
    expect(await scheduler.runDue()).toContainEqual(
      expect.objectContaining({ job: 'retention.purge', outcome: 'ok', counts: { erased: 1 } }),
    );
    expect(await survivor(cancelled.survivorId)).toMatchObject({ preferred_name: null, reference: null });
    expect(await survivor(live.survivorId)).toMatchObject({ preferred_name: 'Daria', erased_at: null });
    expect(await purgeEvents()).toBe(2);
    const [{ n: erasures }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event
        WHERE action = 'survivor.erase' AND entity_id = $1 AND request_id LIKE 'job-retention.purge-%'`,
      [cancelled.survivorId],
    );
    expect(erasures).toBe(1);
  });

  it('deletes idempotency keys, and what they remember of the request, after their 24 hours; younger ones stay', async () => {
    const now = Date.now();
    t.clock.set(new Date(now));
    const keys = async () =>
      (await t.dataSource.query(`SELECT key FROM idempotency_key ORDER BY key`)).map((r: { key: string }) => r.key);
    await t.dataSource.query(`DELETE FROM idempotency_key`);
    await placed('confirm-by-the-service'); // remembers a hash of Daria's details
    const insert = (key: string, hoursAgo: number, count = 1) =>
      t.dataSource.query(
        `INSERT INTO idempotency_key (user_id, operation, key, request_hash, result_id, created_at)
         SELECT $1, 'confirmPlacement', $2 || CASE WHEN $4 > 1 THEN '-' || i ELSE '' END, 'hash', gen_random_uuid(), $3
           FROM generate_series(1, $4::int) AS i`,
        [officer.userId, key, new Date(now - hoursAgo * HOUR), count],
      );
    await insert('old', 25, 2500); // more than one batch
    await insert('day-old', 24.01);
    await insert('young', 23.5);
    // Make the keys job due now, whatever an earlier test left.
    await t.dataSource.query(`UPDATE scheduled_job SET next_run_at = $1 WHERE name = 'idempotency-keys.purge'`, [
      new Date(now),
    ]);

    expect(await scheduler.runDue()).toContainEqual(
      expect.objectContaining({ job: 'idempotency-keys.purge', outcome: 'ok', counts: { deleted: 2501 } }),
    );
    expect(await keys()).toEqual(['confirm-by-the-service', 'young']);

    // An hour later the job runs again; a day later the rest have gone too.
    t.clock.set(new Date(now + HOUR));
    expect(await scheduler.runDue()).toContainEqual(
      expect.objectContaining({ job: 'idempotency-keys.purge', counts: { deleted: 1 } }),
    );
    expect(await keys()).toEqual(['confirm-by-the-service']);
    t.clock.set(new Date(now + 25 * HOUR));
    await scheduler.runDue();
    expect(await keys()).toEqual([]);
  });
});

describe('npm run purge', () => {
  it('runs the built script on a built install, without rebuilding it', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.purge).toBe('node dist/scripts/purge.js');
    expect(pkg.scripts['migration:run']).toBe('node dist/scripts/migration-run.js');
    expect(pkg.scripts.build).toMatch(/swc [^&]*\bscripts\b/); // a build has dist/scripts/purge.js
    // The image builds as root, then runs as a user who cannot write dist/.
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/RUN npm run build[\s\S]*USER node/);

    // A built install of its own: dist/ compiled once, then `npm run migration:run` and `npm run
    // purge` in it. A rebuild would delete the marker.
    const install = mkdtempSync(join(tmpdir(), 'haven-install-'));
    const database = isPostgres()
      ? await createTestDatabase()
      : { url: `pglite://${join(install, 'data')}`, drop: async () => undefined };
    try {
      cpSync(join(root, 'package.json'), join(install, 'package.json'));
      symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'), 'dir');
      const swc = spawnSync(
        join(root, 'node_modules/.bin/swc'),
        ['src', 'migrations', 'scripts', '-d', join(install, 'dist'), '--config-file', '.swcrc', '--quiet'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(swc.stderr).toBe('');
      writeFileSync(join(install, 'dist', 'built-once'), '');
      const npmRun = (script: string) =>
        spawnSync('npm', ['run', '--silent', script], {
          cwd: install,
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: 'development' },
        });

      const migrated = npmRun('migration:run');
      expect({ status: migrated.status, stderr: migrated.stderr }).toEqual({ status: 0, stderr: '' });
      // On PostgreSQL, one idempotency key past its 24 hours (the embedded folder is the script's alone).
      if (isPostgres()) {
        const client = new Client({ connectionString: database.url });
        await client.connect();
        await client
          .query(
            `INSERT INTO idempotency_key (user_id, operation, key, request_hash, result_id, created_at)
             VALUES (gen_random_uuid(), 'holdBed', 'k', 'hash', gen_random_uuid(), now() - interval '25 hours')`,
          )
          .finally(() => client.end());
      }

      const purge = npmRun('purge');
      expect({ status: purge.status, stderr: purge.stderr }).toEqual({ status: 0, stderr: '' });
      const keys = isPostgres() ? 1 : 0;
      expect(purge.stdout).toMatch(
        new RegExp(String.raw`^Retention purge: erased 0 survivor\(s\).*deleted ${keys} idempotency key\(s\)`),
      );
      expect(existsSync(join(install, 'dist', 'built-once'))).toBe(true);
    } finally {
      await database.drop();
      rmSync(install, { recursive: true, force: true });
    }
  }, 180_000);
});
