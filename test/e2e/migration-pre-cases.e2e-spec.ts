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
    expect(migrations.length).toBe(manifest.migrations.length + laterMigrationNames().length);
    expect(await database.runLaterMigrations()).toEqual(laterMigrationNames());
    const ran = await database.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
    expect(ran.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
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
  });
});
