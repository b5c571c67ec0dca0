import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { loadSettings } from '../../src/config/settings';
import { Database, closeDatabase, migrate, openDatabase } from '../../src/database/data-source';
import { TestApp } from './test-app';
import { TestDatabase, adminQuery, isPostgres, templateName } from './test-database';

/**
 * A database as the pre-cases code (commit fe70a72) left it: its migrations, then
 * test/fixtures/pre-cases.sql, the rows scripts/pre-cases-fixture/make.sh had that code write
 * through its API. For testing the migrations that came after it on real old data.
 */

/** The last migration of the code that filled the fixture; the ones after it are the lead's. */
export const LAST_PRE_CASES_MIGRATION = 'DerivedCaseload1796537174836';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** What make.sh seeded (test/fixtures/pre-cases.json); the fields the tests read. */
export interface PreCasesManifest {
  oldCommit: string;
  migrations: string[];
  /** The instant at which every placement reads as its `status`: set the test clock to it. */
  seededAt: string;
  settings: Record<string, number>;
  /** Rows per application table (all but `migrations`). */
  rows: Record<string, number>;
  placementsByStatus: Record<string, number>;
  placementsByStoredStatus: Record<string, number>;
  logins: Record<string, { email: string; password: string; userId: string }>;
  organisations: Record<'providerNorth' | 'providerSouth' | 'responder' | 'commissioner', string>;
  placements: {
    intent: string;
    id: string;
    safehouse: string;
    providerId: string;
    referrer: string;
    survivorId: string | null;
    /** As the API read it at seededAt (a lapse reads EXPIRED). */
    status: string;
    /** As the row says (a lapse still says HELD or AWAITING_ACCEPTANCE). */
    storedStatus: string;
    story: string;
  }[];
  moveOnPlans: { id: string; placement: string; status: string; goals: string[] }[];
  nrmDecisions: { placement: string; survivorId: string; decision: string; decidedOn: string }[];
  assignments: { id: string; placement: string; worker: string; role: string; ended: string | null }[];
  erasedSurvivors: string[];
}

export function preCasesManifest(): PreCasesManifest {
  return JSON.parse(readFileSync(join(FIXTURES, 'pre-cases.json'), 'utf8')) as PreCasesManifest;
}

/** Position of the last old migration in migrations/index.ts: everything after it is later. */
function oldCount(): number {
  const index = migrations.findIndex((migration) => migration.name === LAST_PRE_CASES_MIGRATION);
  if (index < 0) throw new Error(`${LAST_PRE_CASES_MIGRATION} is not in migrations/index.ts`);
  return index + 1;
}

/** The migrations written after the fixture's code, in order (none before support cases). */
export function laterMigrationNames(): string[] {
  return migrations.slice(oldCount()).map((migration) => migration.name);
}

/**
 * An empty database of its own: on PostgreSQL (DATABASE_URL) a new database, not a copy of the
 * harness's template, which has every migration run; on PGlite a data folder, because the fixture
 * must outlive the connection that loads it and be there when the app starts.
 */
async function emptyDatabase(): Promise<TestDatabase> {
  if (!isPostgres()) {
    const folder = mkdtempSync(join(tmpdir(), 'haven-pre-cases-'));
    return { url: `pglite://${folder}`, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `${templateName().slice(0, 40)}_pre_cases_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** The old migrations only: a data source like the service's, given the list up to the last old one. */
async function runOldMigrations(opened: DataSource): Promise<void> {
  const old = new DataSource({ ...opened.options, migrations: migrations.slice(0, oldCount()) } as DataSourceOptions);
  await old.initialize();
  try {
    await old.runMigrations({ transaction: 'each' });
  } finally {
    await old.destroy();
  }
}

/**
 * The dump's rows, as they were, in one transaction. With session_replication_role = replica
 * (SET LOCAL: it ends with the transaction, also on PGlite's one shared session) neither the
 * foreign keys nor the triggers fire: the rows may come in any order, and the triggers that derive
 * columns (bed.occupied_until) or guard the audit log do not rewrite what the old code wrote.
 * Both PostgreSQL and PGlite take it (the connection is a superuser on both).
 */
async function loadFixture(dataSource: DataSource): Promise<void> {
  const sql = readFileSync(join(FIXTURES, 'pre-cases.sql'), 'utf8');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await runner.query('SET LOCAL session_replication_role = replica');
      await runner.query(sql); // no parameters: one simple query, every statement of the file
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}

/**
 * The pre-cases database, loaded: query it, run the later migrations, then start the app on it.
 * Works alike on PostgreSQL (DATABASE_URL=postgres://…) and on PGlite (DATABASE_URL unset).
 */
export class PreCasesDatabase {
  private constructor(
    readonly database: TestDatabase,
    private open: Database | undefined,
  ) {}

  /** A new database with the old migrations and the fixture's rows. */
  static async load(): Promise<PreCasesDatabase> {
    const database = await emptyDatabase();
    let open: Database | undefined;
    try {
      open = await openDatabase(loadSettings({ DATABASE_URL: database.url, DATABASE_POOL_SIZE: '2' }), {
        unbounded: true,
      });
      await runOldMigrations(open.dataSource);
      await loadFixture(open.dataSource);
      return new PreCasesDatabase(database, open);
    } catch (error) {
      if (open) await closeDatabase(open);
      await database.drop();
      throw error;
    }
  }

  private get opened(): Database {
    if (!this.open) throw new Error('the pre-cases database is closed: the app has it now');
    return this.open;
  }

  query<T = Record<string, any>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.opened.dataSource.query(sql, parameters);
  }

  /** The application tables (all but `migrations`) and their rows, by name. */
  async rowsPerTable(): Promise<Record<string, number>> {
    const tables = await this.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
    );
    const rows: Record<string, number> = {};
    for (const { name } of tables) {
      const [{ count }] = await this.query<{ count: string }>(`SELECT count(*) AS count FROM public."${name}"`);
      rows[name] = Number(count);
    }
    return rows;
  }

  /** Runs every migration after the old ones, as the service would on start; their names. */
  async runLaterMigrations(): Promise<string[]> {
    const later = laterMigrationNames();
    const ran = await migrate(this.opened);
    if (ran !== later.length) throw new Error(`${ran} migrations ran, ${later.length} expected (${later.join(', ')})`);
    return later;
  }

  /**
   * Starts the real app on this database (it runs any migration still pending). The app owns the
   * database from then on: TestApp.close() drops it.
   */
  async startApp(env: Record<string, string> = {}): Promise<TestApp> {
    await this.closeConnection();
    return TestApp.start(env, { database: this.database });
  }

  /** For a test that did not start the app: closes and drops the database. */
  async drop(): Promise<void> {
    await this.closeConnection();
    await this.database.drop();
  }

  private async closeConnection(): Promise<void> {
    const open = this.open;
    this.open = undefined;
    if (open) await closeDatabase(open);
  }
}
