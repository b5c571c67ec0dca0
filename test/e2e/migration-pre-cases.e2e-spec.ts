import { migrations } from '../../migrations';
import {
  LAST_PRE_CASES_MIGRATION,
  PreCasesDatabase,
  laterMigrationNames,
  preCasesManifest,
} from '../support/pre-cases-database';
import { TestApp } from '../support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
const PLACEMENTS = `query { placements(first: 100) { totalCount edges { node { id status } } } }`;

/**
 * A database filled by the pre-cases code through its API (test/fixtures/pre-cases.sql, made by
 * scripts/pre-cases-fixture/make.sh) on its own migrations; then every later migration, and the
 * app on it. The steps run in order, on one database. Time-dependent reads (a hold that lapsed, a
 * referral still awaiting) are made at the manifest's seededAt, by the test clock: the same on any
 * day.
 */
describe('a database filled by the pre-cases code', () => {
  const manifest = preCasesManifest();
  let database: PreCasesDatabase;
  let t: TestApp | undefined;
  let before: Snapshot;

  /** What must survive the migration: every placement, assignment and goal, and each worker's caseload. */
  async function snapshot() {
    const ids = async (table: string) =>
      (await database.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id`)).map((row) => row.id);
    // A caseload by the old definition: assignments not ended, on a referral that has not lapsed.
    const caseloads = await database.query<{ worker: string; n: number }>(
      `SELECT a.support_worker_id AS worker, count(*)::int AS n FROM support_worker_assignment a
         JOIN placement p ON p.id = a.placement_id
        WHERE a.ended_at IS NULL AND NOT (p.status = 'AWAITING_ACCEPTANCE' AND p.acceptance_expires_at <= $1)
        GROUP BY a.support_worker_id ORDER BY 1`,
      [manifest.seededAt],
    );
    return {
      placements: await ids('placement'),
      survivors: await ids('survivor'),
      assignments: await ids('support_worker_assignment'),
      goals: await ids('move_on_goal'),
      decisions: await ids('nrm_decision'),
      caseloads: Object.fromEntries(caseloads.map((row) => [row.worker, row.n])),
    };
  }
  type Snapshot = Awaited<ReturnType<typeof snapshot>>;
  const placementOf = (intent: string) => manifest.placements.find((p) => p.intent === intent)!.id;

  beforeAll(async () => {
    database = await PreCasesDatabase.load();
  });
  afterAll(async () => {
    if (t) await t.close();
    else await database?.drop();
  });

  it('loads on the old migrations with the rows the manifest lists', async () => {
    const ran = await database.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(ran.map((row) => row.name)).toEqual(manifest.migrations);
    expect(ran.at(-1)!.name).toBe(LAST_PRE_CASES_MIGRATION);
    expect(await database.rowsPerTable()).toEqual(manifest.rows);
    expect(manifest.placements).toHaveLength(manifest.rows.placement);

    const stored = await database.query<{ id: string; status: string }>('SELECT id, status FROM placement');
    expect(Object.fromEntries(stored.map((row) => [row.id, row.status]))).toEqual(
      Object.fromEntries(manifest.placements.map((p) => [p.id, p.storedStatus])),
    );
    const byStatus: Record<string, number> = {};
    for (const row of stored) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
    expect(byStatus).toEqual(manifest.placementsByStoredStatus);
  });

  it('holds lapses as the old code left them: unwritten, past their deadline at seededAt', async () => {
    const seededAt = new Date(manifest.seededAt);
    const deadlines = await database.query<{ id: string; status: string; deadline: Date }>(
      `SELECT id, status, CASE status WHEN 'HELD' THEN hold_expires_at ELSE acceptance_expires_at END AS deadline
         FROM placement WHERE status IN ('HELD', 'AWAITING_ACCEPTANCE')`,
    );
    const lapsed = deadlines.filter((row) => new Date(row.deadline) <= seededAt).map((row) => row.id);
    const pending = deadlines.filter((row) => new Date(row.deadline) > seededAt).map((row) => row.id);
    const intents = (ids: string[]) => manifest.placements.filter((p) => ids.includes(p.id)).map((p) => p.intent);
    expect(intents(lapsed).sort()).toEqual(['holdLapsed', 'referralLapsed']);
    expect(intents(pending).sort()).toEqual(['awaiting', 'held']);
    expect(manifest.placementsByStatus.EXPIRED).toBe(2);
  });

  it('runs every migration written after the old code', async () => {
    before = await snapshot();
    expect(migrations.length).toBe(manifest.migrations.length + laterMigrationNames().length);
    expect(await database.runLaterMigrations()).toEqual(laterMigrationNames());
    const ran = await database.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(ran.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('turns what providers took on into support cases, and loses nothing', async () => {
    const after = await snapshot();
    // Nothing lost: every row stays, but the one plan no case could take (and its goal).
    const droppedPlan = manifest.moveOnPlans.find((plan) => plan.placement === 'declinedWithPlan')!;
    expect(after.placements).toEqual(before.placements);
    expect(after.survivors).toEqual(before.survivors);
    expect(after.assignments).toEqual(before.assignments);
    expect(after.decisions).toEqual(before.decisions);
    expect(after.goals).toEqual(before.goals.filter((id) => !droppedPlan.goals.includes(id)));
    expect(after.caseloads).toEqual(before.caseloads);

    // One case for each person a provider took on (a placement accepted, instant or direct).
    const cases = await database.query<{
      id: string;
      survivor_id: string;
      status: string;
      close_reason: string | null;
      closes_with_placement: boolean;
      support_ends_on: string | null;
    }>(
      `SELECT id, survivor_id, status, close_reason, closes_with_placement, to_char(support_ends_on, 'YYYY-MM-DD') AS support_ends_on FROM support_case`,
    );
    const placed = await database.query<{
      id: string;
      survivor_id: string | null;
      support_case_id: string | null;
      accepted: boolean;
    }>(`SELECT id, survivor_id, support_case_id, accepted_at IS NOT NULL AS accepted FROM placement`);
    const takenOn = placed.filter((row) => row.accepted);
    expect(cases).toHaveLength(new Set(takenOn.map((row) => row.survivor_id)).size);
    for (const row of placed) {
      const found = cases.find((c) => c.id === row.support_case_id);
      if (row.accepted) expect(found?.survivor_id).toBe(row.survivor_id);
      else expect(row.support_case_id).toBeNull();
    }
    const caseOf = (intent: string) => {
      const row = placed.find((p) => p.id === placementOf(intent))!;
      return cases.find((c) => c.id === row.support_case_id);
    };
    const outcome = (intent: string) => {
      const found = caseOf(intent);
      return found && `${found.status}${found.close_reason ? ` ${found.close_reason}` : ''}`;
    };
    const expected: Record<string, string | undefined> = {
      resident: 'OPEN',
      instant: 'OPEN',
      family: 'OPEN',
      negativeRG: 'OPEN',
      directConfirmed: 'OPEN',
      directArrived: 'OPEN',
      positiveCG: 'OPEN',
      preNrmArrived: 'OPEN',
      movedHere: 'OPEN',
      accepted: 'OPEN',
      directSouth: 'OPEN',
      directArrivedSouth: 'OPEN',
      missing: 'OPEN', // still supported: the case goes on as outreach
      housed: 'CLOSED MOVED_ON',
      erased: 'CLOSED MOVED_ON',
      movedOn: 'CLOSED MOVED_ON',
      preNrmMovedOn: 'CLOSED MOVED_ON',
      departedSouth: 'CLOSED MOVED_ON',
      noShow: 'CLOSED NOT_TAKEN_UP',
      cancelledInstant: 'CLOSED NOT_TAKEN_UP',
      preNrmCancelled: 'CLOSED NOT_TAKEN_UP',
      cancelledAccepted: 'CLOSED NOT_TAKEN_UP',
      acceptedNoShow: 'CLOSED NOT_TAKEN_UP',
      declined: undefined,
      declinedWithPlan: undefined,
      referralLapsed: undefined,
      awaiting: undefined,
      cancelledAwaiting: undefined,
      held: undefined,
      holdLapsed: undefined,
      released: undefined,
      releasedSouth: undefined,
      cancelledHold: undefined,
    };
    expect(Object.fromEntries(manifest.placements.map((p) => [p.intent, outcome(p.intent)]))).toEqual(expected);
    expect(caseOf('missing')!.closes_with_placement).toBe(false);

    // Assignments follow their placement into its case; a referral's stay on the referral.
    const assignments = await database.query<{ id: string; support_case_id: string | null; placement_id: string }>(
      `SELECT id, support_case_id, placement_id FROM support_worker_assignment`,
    );
    for (const a of manifest.assignments) {
      const row = assignments.find((r) => r.id === a.id)!;
      expect([a.placement, row.support_case_id]).toEqual([a.placement, caseOf(a.placement)?.id ?? null]);
    }

    // Plans move to their case with the end of support they carried.
    const plans = await database.query<{ id: string; support_case_id: string }>(
      `SELECT id, support_case_id FROM move_on_plan`,
    );
    expect(plans.map((row) => row.id).sort()).toEqual(
      manifest.moveOnPlans
        .filter((plan) => plan !== droppedPlan)
        .map((plan) => plan.id)
        .sort(),
    );
    for (const plan of manifest.moveOnPlans.filter((p) => p !== droppedPlan)) {
      expect(plans.find((row) => row.id === plan.id)!.support_case_id).toBe(caseOf(plan.placement)!.id);
    }
    expect(caseOf('positiveCG')!.support_ends_on).toBe('2027-01-20');
    expect(caseOf('negativeRG')!.support_ends_on).toBe('2026-12-17');

    const open = cases.filter((c) => c.status === 'OPEN').length;
    console.log(
      `support-cases migration: ${cases.length} cases from ${takenOn.length} accepted placements of ${placed.length} ` +
        `(${open} open, ${cases.length - open} closed: ${cases.filter((c) => c.close_reason === 'MOVED_ON').length} moved on, ` +
        `${cases.filter((c) => c.close_reason === 'NOT_TAKEN_UP').length} not taken up); ` +
        `${assignments.filter((a) => a.support_case_id).length} of ${assignments.length} assignments and ${plans.length} plans ` +
        `moved onto cases; 1 plan made on a declined referral removed with its ${droppedPlan.goals.length} goal(s)`,
    );
  });

  it('serves every seeded placement, with its status as seeded, to its coordinators and to the admin', async () => {
    t = await database.startApp();
    t.clock.set(manifest.seededAt);
    const signIn = async (name: string) => {
      const { email, password } = manifest.logins[name];
      const response = await t!.gql(LOGIN, { email, password });
      expect(response.errors).toBeUndefined();
      return response.data!.login.accessToken as string;
    };
    const listed = async (token: string) => {
      const response = await t!.gql(PLACEMENTS, {}, token);
      expect(response.errors).toBeUndefined();
      const { totalCount, edges } = response.data!.placements;
      expect(edges).toHaveLength(totalCount);
      return Object.fromEntries(edges.map(({ node }: any) => [node.id, node.status]));
    };
    const seeded = (providerId?: string) =>
      Object.fromEntries(
        manifest.placements.filter((p) => !providerId || p.providerId === providerId).map((p) => [p.id, p.status]),
      );

    const { providerNorth, providerSouth } = manifest.organisations;
    expect(await listed(await signIn('coordinatorNorth'))).toEqual(seeded(providerNorth));
    expect(await listed(await signIn('coordinatorSouth'))).toEqual(seeded(providerSouth));
    const all = await listed(await signIn('admin'));
    expect(all).toEqual(seeded());
    const byStatus: Record<string, number> = {};
    for (const status of Object.values(all)) byStatus[status] = (byStatus[status] ?? 0) + 1;
    expect(byStatus).toEqual(manifest.placementsByStatus);

    // The cases through the API: the resident's workers see theirs, with the person.
    const CASES = `{ supportCases(first: 100) { totalCount edges { node { id setting status survivor { id } } } } }`;
    const north = await t!.gql(CASES, {}, await signIn('coordinatorNorth'));
    expect(north.errors).toBeUndefined();
    const settings: Record<string, number> = {};
    for (const { node } of north.data!.supportCases.edges)
      settings[`${node.status} ${node.setting}`] = (settings[`${node.status} ${node.setting}`] ?? 0) + 1;
    expect(settings).toEqual({ 'OPEN ACCOMMODATED': 8, 'OPEN OUTREACH': 1, 'CLOSED OUTREACH': 7 });
    const worker = await t!.gql(CASES, {}, await signIn('workerNorth1'));
    expect(worker.errors).toBeUndefined();
    expect(worker.data!.supportCases.totalCount).toBe(2); // the resident and positiveCG: open assignments now
  });
});
