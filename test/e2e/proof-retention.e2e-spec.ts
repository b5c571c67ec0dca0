import { RequestContext } from '../../src/common/request-context';
import { Role } from '../../src/common/roles';
import { SafehouseEntity } from '../../src/safehouses/safehouse.entity';
import { ERASED_TEXT, RetentionService } from '../../src/retention/retention.service';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const DAY_MS = 86_400_000;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status survivor { id } } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status } }`;
const DEPART = `mutation($id: ID!) { recordDeparture(placementId: $id, destination: SUPPORTED_HOUSING) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id status } }`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id status } }`;
const NO_SHOW = `mutation($id: ID!) { recordNoShow(placementId: $id) { id status } }`;
const SURVIVOR_FIELDS = `id reference preferredName gender dependants languages accessibilityNeeds prefersWorkerGender nrmStatus erasedAt`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseSurvivor(id: $id, reason: $reason) { ${SURVIVOR_FIELDS} } }`;
const SURVIVOR = `query($id: ID!) { survivor(id: $id) { ${SURVIVOR_FIELDS} placements { id status } } }`;

const details = {
  reference: 'CASE-4471',
  preferredName: 'Amina',
  gender: 'WOMAN',
  adult: true,
  dependants: 1,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['sq', 'en'],
  accessibilityNeeds: 'Ground floor room',
  prefersWorkerGender: 'WOMAN',
};

describe('retention and erasure of survivors’ details', () => {
  let t: TestApp;
  let providerId: string;
  let officer: Login;
  let coordinator: Login;
  let admin: Login;
  let instant: SafehouseEntity;
  let screening: SafehouseEntity;

  beforeAll(async () => {
    t = await TestApp.start({ UNSTARTED_RETENTION_DAYS: '7', SURVIVOR_RETENTION_DAYS: '2555' });
    providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    admin = await t.world.login(Role.ADMIN);
    instant = await t.world.safehouse(providerId, { instantBooking: true, acceptsDependants: true });
    screening = await t.world.safehouse(providerId, { instantBooking: false, acceptsDependants: true });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const response = await t.gql(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** A new bed in `house`, held and confirmed: CONFIRMED on an instant house, else AWAITING_ACCEPTANCE. */
  async function placed(house: SafehouseEntity): Promise<{ placementId: string; survivorId: string }> {
    const bed = await t.world.bed(house.id, { sleeps: 2 });
    const holder = await t.world.login(Role.DUTY_OFFICER, officer.organisationId!);
    const hold = await ok(HOLD, { input: { bedId: bed.id, nights: 3 } }, holder.token);
    const confirm = await ok(CONFIRM, { input: { placementId: hold.holdBed.id, survivor: details } }, holder.token);
    return { placementId: hold.holdBed.id, survivorId: confirm.confirmPlacement.survivor.id };
  }

  async function row(survivorId: string) {
    const [survivor] = await t.dataSource.query(`SELECT * FROM survivor WHERE id = $1`, [survivorId]);
    return survivor;
  }

  async function auditCount(action: string, entityId?: string): Promise<number> {
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = $1 AND ($2::text IS NULL OR entity_id = $2)`,
      [action, entityId ?? null],
    );
    return count;
  }

  describe('eraseSurvivor', () => {
    it('removes the personal details, keeps the counts and the placements, and audits the erasure', async () => {
      const { placementId, survivorId } = await placed(instant);
      const [before] = await t.dataSource.query(
        `SELECT count(*)::int AS survivors, (SELECT count(*)::int FROM placement) AS placements FROM survivor`,
      );

      const erased = (await ok(ERASE, { id: survivorId, reason: 'Subject access: erasure requested' }, admin.token))
        .eraseSurvivor;
      expect(erased).toMatchObject({
        id: survivorId,
        reference: null,
        preferredName: null,
        languages: [],
        accessibilityNeeds: null,
        prefersWorkerGender: null,
        gender: 'WOMAN',
        dependants: 1,
        nrmStatus: 'REFERRED',
      });
      expect(erased.erasedAt).not.toBeNull();

      const [after] = await t.dataSource.query(
        `SELECT count(*)::int AS survivors, (SELECT count(*)::int FROM placement) AS placements FROM survivor`,
      );
      expect(after).toEqual(before);
      expect(await row(survivorId)).toMatchObject({
        erasure_reason: 'Subject access: erasure requested',
        needs_accessible_bed: false,
      });
      const events = await t.dataSource.query(
        `SELECT actor_id, actor_role, entity_type FROM audit_event WHERE action = 'survivor.erase' AND entity_id = $1`,
        [survivorId],
      );
      expect(events).toEqual([{ actor_id: admin.userId, actor_role: 'ADMIN', entity_type: 'Survivor' }]);

      // The placement stands, still linked to the (now anonymous) person.
      const read = await ok(SURVIVOR, { id: survivorId }, officer.token);
      expect(read.survivor).toMatchObject({
        preferredName: null,
        placements: [{ id: placementId, status: 'CONFIRMED' }],
      });
    });

    it('also clears the free text written about the person: move-on plan and goals, cancel notes, assignment reasons', async () => {
      const { placementId, survivorId } = await placed(instant);
      await ok(ARRIVE, { id: placementId }, coordinator.token);
      const plan = await ok(
        `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id goals { id } } }`,
        {
          input: {
            placementId,
            assessmentSummary: 'Amina wants to live near her sister in Leeds',
            goals: [{ area: 'ACCOMMODATION', description: 'Housing application with Leeds City Council for Amina' }],
          },
        },
        coordinator.token,
      );
      const other = await placed(instant);
      await ok(
        `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Amina's brother found her a room") { id } }`,
        { id: other.placementId },
        officer.token,
      );
      const worker = await ok(
        `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`,
        { input: { providerId, name: 'Jo Worker', gender: 'WOMAN', languages: ['en'], maxCaseload: 5 } },
        coordinator.token,
      );
      const assignment = await ok(
        `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`,
        { input: { placementId, supportWorkerId: worker.createSupportWorker.id, role: 'LEAD' } },
        coordinator.token,
      );
      await ok(
        `mutation($id: ID!) { endAssignment(assignmentId: $id, reason: "Amina asked for someone else") { id } }`,
        { id: assignment.assignSupportWorker.id },
        coordinator.token,
      );

      for (const id of [survivorId, other.survivorId]) {
        await ok(ERASE, { id, reason: 'Subject access: erasure requested' }, admin.token);
      }

      const [planRow] = await t.dataSource.query(`SELECT assessment_summary FROM move_on_plan WHERE id = $1`, [
        plan.createMoveOnPlan.id,
      ]);
      expect(planRow.assessment_summary).toBeNull();
      const goals = await t.dataSource.query(`SELECT area, description, note FROM move_on_goal WHERE plan_id = $1`, [
        plan.createMoveOnPlan.id,
      ]);
      expect(goals).toEqual([{ area: 'ACCOMMODATION', description: ERASED_TEXT, note: null }]);
      const [cancelled] = await t.dataSource.query(`SELECT status, status_reason FROM placement WHERE id = $1`, [
        other.placementId,
      ]);
      expect(cancelled).toEqual({ status: 'CANCELLED', status_reason: null });
      const reasons = await t.dataSource.query(
        `SELECT end_reason FROM support_worker_assignment WHERE placement_id = $1`,
        [placementId],
      );
      expect(reasons).toEqual([{ end_reason: null }]);
      const everything = JSON.stringify(
        await t.dataSource.query(
          `SELECT row_to_json(x) FROM (SELECT * FROM placement WHERE survivor_id = ANY($1)) x
           UNION ALL SELECT row_to_json(y) FROM (SELECT * FROM move_on_plan WHERE survivor_id = ANY($1)) y
           UNION ALL SELECT row_to_json(z) FROM (SELECT * FROM support_worker_assignment WHERE placement_id = $2) z`,
          [[survivorId, other.survivorId], placementId],
        ),
      );
      expect(everything).not.toContain('Amina');
    });

    it('is idempotent: a second erasure changes nothing and is audited again', async () => {
      const { survivorId } = await placed(instant);
      const first = (await ok(ERASE, { id: survivorId, reason: 'First request' }, admin.token)).eraseSurvivor;
      const second = (await ok(ERASE, { id: survivorId, reason: 'Second request' }, admin.token)).eraseSurvivor;
      expect(second).toEqual(first);
      expect((await row(survivorId)).erasure_reason).toBe('First request');
      expect(await auditCount('survivor.erase', survivorId)).toBe(2);
    });

    it('refuses every role but ADMIN, changing nothing', async () => {
      const { survivorId } = await placed(instant);
      const others = [
        officer,
        coordinator,
        await t.world.login(Role.SUPPORT_WORKER, providerId),
        await t.world.login(Role.COMMISSIONER),
      ];
      for (const login of others) {
        const response = await t.gql(ERASE, { id: survivorId, reason: 'Not mine to erase' }, login.token);
        expect({ role: login.role, code: errorOf(response).code }).toEqual({ role: login.role, code: 'FORBIDDEN' });
      }
      expect(errorOf(await t.gql(ERASE, { id: survivorId, reason: 'Anonymous' })).code).toBe('UNAUTHENTICATED');
      expect(await row(survivorId)).toMatchObject({ preferred_name: 'Amina', reference: 'CASE-4471', erased_at: null });
      expect(await auditCount('survivor.erase', survivorId)).toBe(0);
    });

    it('wants a bounded reason and an existing survivor, and never echoes the reason', async () => {
      const { survivorId } = await placed(instant);
      for (const reason of ['', '   ', 'x'.repeat(501), 'bad\u0000reason']) {
        const response = await t.gql(ERASE, { id: survivorId, reason }, admin.token);
        expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
        if (reason.trim()) expect(response.text).not.toContain(reason.slice(0, 20));
      }
      expect((await row(survivorId)).erased_at).toBeNull();
      const missing = await t.gql(ERASE, { id: '00000000-0000-4000-8000-000000000000', reason: 'Gone' }, admin.token);
      expect(errorOf(missing).code).toBe('NOT_FOUND');
      expect(await auditCount('survivor.erase', survivorId)).toBe(0);
    });
  });

  describe('the retention purge', () => {
    it('erases exactly the survivors past their retention, at the boundary, never a live one, and audits every run', async () => {
      const t0 = Date.now();
      // Unstarted and never taken on: a referral cancelled before the provider answered, one
      // declined, and one left to lapse (EXPIRED by its deadline). No support case: 7 days.
      const cancelled = await placed(screening);
      await ok(CANCEL, { id: cancelled.placementId }, officer.token);
      const declined = await placed(screening);
      await ok(DECLINE, { id: declined.placementId }, coordinator.token);
      const lapsed = await placed(screening);
      // Unstarted after the provider took them on (instant booking opened a case, now closed as
      // NOT_TAKEN_UP): kept by the case's retention, as long as a departure.
      const cancelledCase = await placed(instant);
      await ok(CANCEL, { id: cancelledCase.placementId }, officer.token);
      const noShow = await placed(instant);
      await ok(NO_SHOW, { id: noShow.placementId }, coordinator.token);
      // Departed today.
      const departed = await placed(instant);
      await ok(ARRIVE, { id: departed.placementId }, coordinator.token);
      t.clock.advance(60_000);
      await ok(DEPART, { id: departed.placementId }, coordinator.token);
      t.clock.reset();
      // Live: confirmed (never arrived, never closed) and resident.
      const confirmed = await placed(instant);
      const resident = await placed(instant);
      await ok(ARRIVE, { id: resident.placementId }, coordinator.token);
      // One person with an old cancelled placement and a live one: the live one keeps them.
      const mixed = await placed(instant);
      await ok(CANCEL, { id: mixed.placementId }, officer.token);
      await t.dataSource.query(`UPDATE placement SET survivor_id = $1 WHERE id = $2`, [
        resident.survivorId,
        mixed.placementId,
      ]);

      const retention = t.app.get(RetentionService);
      const runs: string[] = [];
      async function purgeAt(daysAfter: number) {
        t.clock.set(new Date(t0 + daysAfter * DAY_MS));
        const requestId = `purge-test-${runs.length}`;
        runs.push(requestId);
        const result = await retention.purge(RequestContext.system(t.dataSource, t.clock, requestId));
        const audited = await t.dataSource.query(
          `SELECT action, entity_id FROM audit_event WHERE request_id = $1 ORDER BY id`,
          [requestId],
        );
        return { result, audited };
      }
      const erasedByPurge = async () =>
        (
          await t.dataSource.query(
            `SELECT id FROM survivor WHERE erasure_reason = 'retention period ended' ORDER BY id`,
          )
        ).map((r: { id: string }) => r.id);
      const ids = (...survivors: { survivorId: string }[]) => survivors.map((s) => s.survivorId).sort();
      const [countBefore] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survivor`);

      // A day before the unstarted cutoff: nothing yet, but the run is audited.
      const early = await purgeAt(6);
      expect(early.result.erased).toBe(0);
      expect(early.audited).toEqual([{ action: 'retention.purge', entity_id: null }]);
      expect(await erasedByPurge()).toEqual([]);

      // A day after it: the three never taken on go; those with a case, the departed and the live stay.
      const unstarted = await purgeAt(8);
      const expectedUnstarted = ids(cancelled, declined, lapsed);
      expect(unstarted.result.erased).toBe(3);
      expect(await erasedByPurge()).toEqual(expectedUnstarted);
      expect(
        unstarted.audited
          .filter((e: { action: string }) => e.action === 'survivor.erase')
          .map((e: { entity_id: string }) => e.entity_id)
          .sort(),
      ).toEqual(expectedUnstarted);
      expect(unstarted.audited.at(-1)).toEqual({ action: 'retention.purge', entity_id: null });
      expect(await row(cancelled.survivorId)).toMatchObject({ preferred_name: null, reference: null, languages: [] });

      // A day before seven years after the departure: an empty run, audited.
      const beforeSurvivorCutoff = await purgeAt(2555 - 1);
      expect(beforeSurvivorCutoff.result.erased).toBe(0);
      expect(beforeSurvivorCutoff.audited).toEqual([{ action: 'retention.purge', entity_id: null }]);

      // A day after: the departed person goes, and those whose cases closed (the mixed placement's
      // own person among them); the confirmed and the resident (with the mixed placement) never do.
      const late = await purgeAt(2555 + 1);
      const expectedLate = ids(departed, cancelledCase, noShow, mixed);
      expect(late.result.erased).toBe(4);
      expect(
        late.audited
          .filter((e: { action: string }) => e.action === 'survivor.erase')
          .map((e: { entity_id: string }) => e.entity_id)
          .sort(),
      ).toEqual(expectedLate);
      expect(late.audited.at(-1)).toEqual({ action: 'retention.purge', entity_id: null });
      expect(await erasedByPurge()).toEqual(
        ids(cancelled, declined, lapsed, ...[departed, cancelledCase, noShow, mixed]),
      );
      for (const live of [confirmed, resident]) {
        expect(await row(live.survivorId)).toMatchObject({ preferred_name: 'Amina', erased_at: null });
      }

      // Counts stand; every run left its mark.
      const [countAfter] = await t.dataSource.query(`SELECT count(*)::int AS n FROM survivor`);
      expect(countAfter).toEqual(countBefore);
      const [{ n: purgeEvents }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'retention.purge' AND request_id = ANY($1)`,
        [runs],
      );
      expect(purgeEvents).toBe(4);
    });
  });
});
