import { types } from 'pg';
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { migrations } from '../../migrations';
import { ConfigurationError, Settings } from '../config/settings';
import { clientWithAnswerDeadline } from './answer-deadline';
import { entities } from './entities';
import { EmbeddedPostgres } from './embedded-postgres';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A calendar date stays the 'YYYY-MM-DD' string it is, never a Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value) => value);

export interface Database {
  dataSource: DataSource;
  /** The embedded server when DATABASE_URL is pglite://…, else undefined. */
  embedded?: EmbeddedPostgres;
}

/** How long past statement_timeout the service still waits for an answer before taking the connection as lost. */
const ANSWER_GRACE_MS = 5_000;

/**
 * Opens the database the settings name (starting the embedded one if needed); does not migrate.
 * `as.url` connects to the same PostgreSQL database as another role (the owner, to migrate).
 * Its connections are bounded as requests must be (statement, lock and idle-in-transaction
 * timeouts, a deadline for the answer), unless `as.unbounded`: migrations and bulk loads, which
 * may rightly build an index for minutes or wait for another instance's migration lock.
 */
export async function openDatabase(
  settings: Settings,
  as: { url?: string; poolSize?: number; unbounded?: boolean } = {},
): Promise<Database> {
  const base = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: false,
    applicationName: 'haven',
    namingStrategy: new SnakeNamingStrategy(),
  };
  let options: DataSourceOptions;
  let embedded: EmbeddedPostgres | undefined;
  if (settings.isEmbeddedDatabase) {
    embedded = await EmbeddedPostgres.start(
      settings.DATABASE_URL.slice('pglite://'.length),
      settings.DATABASE_POOL_SIZE + 2,
    );
    // PGlite is one backend session behind every socket connection: two connections' extended-query
    // messages would interleave and clobber each other's unnamed portal ("portal does not exist").
    // One connection, queued in the pool, is what it can serve; transactions still never overlap.
    options = { ...base, ...embedded.connection, extra: { max: 1 } };
  } else {
    options = {
      ...base,
      url: as.url ?? settings.DATABASE_URL,
      extra: {
        max: as.poolSize ?? settings.DATABASE_POOL_SIZE,
        connectionTimeoutMillis: 5000,
        ...(as.unbounded ? {} : requestLimits(settings)),
      },
    };
  }
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { dataSource, embedded };
}

/**
 * What every connection serving requests is held to (pg's startup parameters, sent once per
 * connection): no statement runs, no lock is waited for, no transaction stays open and idle, past
 * its setting; and no answer is waited for past statement_timeout and a grace.
 */
function requestLimits(settings: Settings) {
  return {
    statement_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
    lock_timeout: settings.DATABASE_LOCK_TIMEOUT_MS,
    idle_in_transaction_session_timeout: settings.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS,
    Client: clientWithAnswerDeadline(settings.DATABASE_STATEMENT_TIMEOUT_MS + ANSWER_GRACE_MS),
    keepAlive: true,
  };
}

/**
 * The database for the service's requests (DATABASE_URL), brought up to date first: pending
 * migrations run as the owner (DATABASE_MIGRATION_URL, when set; else DATABASE_URL's role), on
 * connections of their own without the requests' time limits, and the owner then grants
 * DATABASE_URL's role what requests need and no more. `migrated`: how many migrations ran.
 */
export async function openMigratedDatabase(settings: Settings): Promise<{ database: Database; migrated: number }> {
  const database = await openDatabase(settings);
  try {
    // The embedded database is one process with one connection, and no time limits: it migrates itself.
    if (database.embedded) return { database, migrated: await migrate(database) };
    const [{ role }]: { role: string }[] = await database.dataSource.query('SELECT current_user AS role');
    // Two connections: one holds the migration lock while the migrations run on the other.
    const owner = await openDatabase(settings, {
      url: settings.DATABASE_MIGRATION_URL ?? settings.DATABASE_URL,
      poolSize: 2,
      unbounded: true,
    });
    let migrated: number;
    let ownerRole: string;
    try {
      [{ role: ownerRole }] = await owner.dataSource.query('SELECT current_user AS role');
      migrated = await migrate(owner, { grantTo: role });
    } finally {
      await closeDatabase(owner);
    }
    if (ownerRole !== role) await refuseOwnerPowers(database.dataSource);
    return { database, migrated };
  } catch (error) {
    await closeDatabase(database);
    throw error;
  }
}

const MIGRATION_LOCK = 7_326_001; // any constant shared by every instance of the service

/**
 * Runs pending migrations under an advisory lock, so instances started together on one new
 * database apply each migration once. Returns how many ran. `grantTo`: a role other than this
 * connection's that serves requests; it gets its rights under the same lock (`grantRequestRights`).
 */
export async function migrate({ dataSource, embedded }: Database, options: { grantTo?: string } = {}): Promise<number> {
  if (embedded) {
    // One process per data folder (a lock file sees to it) and one connection: no lock needed,
    // and holding one would leave runMigrations no connection to run on. One role: no grants.
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const count = (await dataSource.runMigrations({ transaction: 'each' })).length;
      if (options.grantTo !== undefined) await grantRequestRights(runner, options.grantTo);
      return count;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/** Tables whose rows requests may add and read but never change (the audit log is append-only). */
const APPEND_ONLY = new Set(['audit_event']);
/** Tables requests only read: the migrations' record (a start with nothing pending reads it). */
const READ_ONLY = new Set(['migrations']);

/**
 * What the role serving requests may do, and no more: read and write rows (only read and append
 * the audit log), use sequences. It owns nothing, so it can neither ALTER, DROP nor TRUNCATE a
 * table, nor drop or disable a trigger (the audit log's append-only one). Run by the owner after
 * every migration, in one transaction: revoking everything first takes back a right given by hand
 * or by an older version, and the other sessions never see the table without its grants.
 */
async function grantRequestRights(runner: QueryRunner, role: string): Promise<void> {
  const [{ owner, schema }]: { owner: string; schema: string }[] = await runner.query(
    'SELECT current_user AS owner, current_schema() AS schema',
  );
  if (owner === role) return; // one role for both: it owns everything anyway
  const tables: { name: string }[] = await runner.query(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename',
  );
  const [to, inSchema] = [quoteIdentifier(role), quoteIdentifier(schema)];
  const list = (names: string[]) => names.map((name) => `${inSchema}.${quoteIdentifier(name)}`).join(', ');
  const readWrite = tables.map((t) => t.name).filter((name) => !APPEND_ONLY.has(name) && !READ_ONLY.has(name));
  const present = (set: Set<string>) => tables.map((t) => t.name).filter((name) => set.has(name));
  await runner.startTransaction();
  try {
    await runner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${inSchema} FROM ${to}`);
    await runner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${inSchema} FROM ${to}`);
    if (readWrite.length > 0) await runner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${list(readWrite)} TO ${to}`);
    if (present(APPEND_ONLY).length > 0)
      await runner.query(`GRANT SELECT, INSERT ON ${list(present(APPEND_ONLY))} TO ${to}`);
    if (present(READ_ONLY).length > 0) await runner.query(`GRANT SELECT ON ${list(present(READ_ONLY))} TO ${to}`);
    await runner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${inSchema} TO ${to}`);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
}

/**
 * With a separate owner, the role serving requests must not be able to act as one: a superuser, or
 * a member of the owner's role, could still drop the audit log's trigger whatever was granted.
 */
async function refuseOwnerPowers(dataSource: DataSource): Promise<void> {
  const [row]: { role: string; powers: boolean }[] = await dataSource.query(
    `SELECT current_user AS role, r.rolsuper OR pg_has_role(current_user, c.relowner, 'USAGE') AS powers
       FROM pg_class c, pg_roles r
      WHERE c.oid = 'audit_event'::regclass AND r.rolname = current_user`,
  );
  if (row?.powers) {
    throw new ConfigurationError(
      `DATABASE_URL's role ${row.role} can act as the owner of the tables; give the service a role of its own (README, On PostgreSQL)`,
    );
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export async function closeDatabase(database: Database): Promise<void> {
  if (database.dataSource.isInitialized) await database.dataSource.destroy();
  await database.embedded?.stop();
}
