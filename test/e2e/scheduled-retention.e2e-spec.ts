import { Role } from '../../src/common/roles';
import { SchedulerService } from '../../src/scheduler/scheduler.service';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';

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

  beforeAll(async () => {
    t = await TestApp.start({ UNSTARTED_RETENTION_DAYS: '7' });
    scheduler = t.app.get(SchedulerService);
    const providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    house = await t.world.safehouse(providerId, { instantBooking: true });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function ok(query: string, variables: Record<string, unknown>) {
    const response = await t.gql(query, variables, officer.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** A bed held and confirmed for `person`; the idempotency key is remembered with the request. */
  async function placed(idempotencyKey?: string) {
    const bed = await t.world.bed(house.id);
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
    const cancelled = await placed();
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
