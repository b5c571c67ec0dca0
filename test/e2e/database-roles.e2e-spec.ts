import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { Role } from '../../src/common/roles';
import { ConfigurationError, loadSettings } from '../../src/config/settings';
import { closeDatabase, openMigratedDatabase } from '../../src/database/data-source';
import { TestApp } from '../support/test-app';
import { TestDatabase, adminQuery, createTestDatabase, isPostgres } from '../support/test-database';

const SEARCH = `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id survivor { id } } }`;
const SURVIVOR = `query($id: ID!) { survivor(id: $id) { id preferredName } }`;

/** The SQLSTATE a statement fails with, or 'succeeded'. */
async function refusal(client: Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
    return 'succeeded';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function asRole(url: string, role: string): string {
  const as = new URL(url);
  as.username = role;
  as.password = '';
  return as.toString();
}

describe('the database roles', () => {
  if (!isPostgres()) {
    // The embedded database has one role: it owns the tables and serves requests; the audit log's
    // trigger is what keeps it append-only there.
    it('on the embedded database, serves requests as the one role, the owner, and keeps the audit log append-only', async () => {
      const t = await TestApp.start();
      try {
        const [row] = await t.dataSource.query(
          `SELECT current_user AS role, tableowner AS owner, (SELECT count(*)::int FROM pg_roles WHERE rolcanlogin) AS logins
             FROM pg_tables WHERE tablename = 'audit_event'`,
        );
        expect(row.role).toBe(row.owner);
        expect(row.logins).toBe(1);
        await t.dataSource.query(`INSERT INTO audit_event (action, entity_type) VALUES ('test.event', 'Test')`);
        await expect(t.dataSource.query(`UPDATE audit_event SET action = 'changed'`)).rejects.toThrow(/append-only/);
        await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      } finally {
        await t.close();
      }
      expect(() =>
        loadSettings({ DATABASE_URL: 'pglite://memory', DATABASE_MIGRATION_URL: 'postgres://owner@localhost/haven' }),
      ).toThrow(ConfigurationError);
    });
    return;
  }

  // On PostgreSQL: a fresh login role that owns nothing serves requests; the tables' owner migrates.
  const role = `haven_rt_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let ownerUrl: string;
  let runtimeUrl: string;
  let t: TestApp;
  let runtime: Client;
  /** Roles a test made: dropped once the database (and their grants in it) has gone. */
  const roles = [role];

  beforeAll(async () => {
    await adminQuery(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    database = await createTestDatabase();
    ownerUrl = database.url;
    runtimeUrl = asRole(ownerUrl, role);
    t = await TestApp.start({ DATABASE_MIGRATION_URL: ownerUrl, DATABASE_URL: runtimeUrl }, { database });
    runtime = new Client({ connectionString: runtimeUrl });
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime?.end();
    // Drops the database, and with it every grant to the roles (itself, when the app never started).
    await (t ? t.close() : database?.drop());
    for (const name of roles) await adminQuery(`DROP ROLE IF EXISTS "${name}"`);
  });

  it('serves requests as that role: search, hold, confirm, reads and their audit events work', async () => {
    const [{ user }] = await t.dataSource.query('SELECT current_user AS user');
    expect(user).toBe(role);
    const providerId = (await t.world.provider()).id;
    const house = await t.world.safehouse(providerId, { instantBooking: true });
    const bed = await t.world.bed(house.id);
    const officer = await t.world.login(Role.DUTY_OFFICER);

    const search = await t.gql(
      SEARCH,
      {
        input: {
          near: { latitude: house.latitude, longitude: house.longitude },
          radiusKm: 5,
          nights: 1,
          guestGender: 'WOMAN',
        },
      },
      officer.token,
    );
    expect(search.errors).toBeUndefined();
    const hold = await t.gql(HOLD, { input: { bedId: bed.id, nights: 2 } }, officer.token);
    expect(hold.errors).toBeUndefined();
    const survivor = { gender: 'WOMAN', adult: true, dependants: 0, nrmStatus: 'REFERRED', consentToReferral: true };
    const confirm = await t.gql(
      CONFIRM,
      { input: { placementId: hold.data!.holdBed.id, survivor, idempotencyKey: 'roles-test-confirm' } },
      officer.token,
    );
    expect(confirm.errors).toBeUndefined();
    const read = await t.gql(SURVIVOR, { id: confirm.data!.confirmPlacement.survivor.id }, officer.token);
    expect(read.errors).toBeUndefined();

    const audited = await t.dataSource.query(`SELECT action FROM audit_event WHERE actor_id = $1 ORDER BY id`, [
      officer.userId,
    ]);
    expect(audited.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['placement.hold', 'placement.confirm', 'survivor.read']),
    );
  });

  it('cannot drop or disable the audit trigger, change, delete or truncate audit rows, nor alter or drop a table', async () => {
    const statements = [
      'DROP TRIGGER audit_event_no_change ON audit_event',
      'DROP TRIGGER audit_event_no_truncate ON audit_event',
      'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change',
      'DROP FUNCTION audit_event_append_only()',
      `CREATE TRIGGER sneaky BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
      `UPDATE audit_event SET action = 'changed'`,
      'DELETE FROM audit_event',
      'TRUNCATE audit_event',
      'ALTER TABLE audit_event ADD COLUMN note text',
      'ALTER TABLE audit_event OWNER TO CURRENT_USER',
      'DROP TABLE audit_event',
      'TRUNCATE placement',
      'ALTER TABLE survivor DROP COLUMN reference',
      'DROP TABLE survivor',
      `INSERT INTO migrations (timestamp, name) VALUES (1, 'Forged1')`,
      "SELECT setval(pg_get_serial_sequence('audit_event', 'id'), 1)",
    ];
    const outcomes = [];
    for (const sql of statements) outcomes.push({ sql, outcome: await refusal(runtime, sql) });
    // insufficient_privilege: "permission denied" or "must be owner"
    expect(outcomes).toEqual(statements.map((sql) => ({ sql, outcome: '42501' })));

    // It may still append to the audit log and read it.
    await runtime.query(`INSERT INTO audit_event (action, entity_type) VALUES ('test.event', 'Test')`);
    const triggers = await t.dataSource.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers).toEqual([{ tgname: 'audit_event_no_change' }, { tgname: 'audit_event_no_truncate' }]);
  });

  it('grants again at every start (and migration:run): a right given by hand is taken back', async () => {
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(`GRANT TRUNCATE, UPDATE, DELETE ON audit_event TO "${role}"`);
      await owner.query(`GRANT ALL ON migrations TO "${role}"`);
    } finally {
      await owner.end();
    }
    const settings = loadSettings({
      NODE_ENV: 'test',
      DATABASE_URL: runtimeUrl,
      DATABASE_MIGRATION_URL: ownerUrl,
      DATABASE_POOL_SIZE: '1',
    });
    const { database: opened, migrated } = await openMigratedDatabase(settings);
    await closeDatabase(opened);
    expect(migrated).toBe(0);
    expect(await refusal(runtime, 'TRUNCATE audit_event')).toBe('42501');
    const [rights] = await t.dataSource.query(
      `SELECT has_table_privilege(current_user, 'audit_event', 'SELECT') AS audit_read,
              has_table_privilege(current_user, 'audit_event', 'INSERT') AS audit_append,
              has_table_privilege(current_user, 'audit_event', 'UPDATE') AS audit_update,
              has_table_privilege(current_user, 'audit_event', 'DELETE') AS audit_delete,
              has_table_privilege(current_user, 'migrations', 'SELECT') AS migrations_read,
              has_table_privilege(current_user, 'migrations', 'INSERT') AS migrations_write,
              has_table_privilege(current_user, 'placement', 'UPDATE')
                AND has_table_privilege(current_user, 'placement', 'DELETE') AS placement_write,
              has_table_privilege(current_user, 'placement', 'TRUNCATE') AS placement_truncate,
              has_table_privilege(current_user, 'scheduled_job', 'UPDATE') AS scheduled_job_write`,
    );
    expect(rights).toEqual({
      audit_read: true,
      audit_append: true,
      audit_update: false,
      audit_delete: false,
      migrations_read: true,
      migrations_write: false,
      placement_write: true,
      placement_truncate: false,
      scheduled_job_write: true,
    });
  });

  it('refuses to start when the role serving requests could act as the owner', async () => {
    const superuser = `${role}_su`;
    await adminQuery(`CREATE ROLE "${superuser}" LOGIN SUPERUSER`);
    roles.push(superuser);
    const settings = loadSettings({
      NODE_ENV: 'test',
      DATABASE_URL: asRole(ownerUrl, superuser),
      DATABASE_MIGRATION_URL: ownerUrl,
      DATABASE_POOL_SIZE: '1',
    });
    await expect(openMigratedDatabase(settings)).rejects.toThrow(
      new ConfigurationError(
        `DATABASE_URL's role ${superuser} can act as the owner of the tables; give the service a role of its own (README, On PostgreSQL)`,
      ),
    );
  });
});
