import { types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { Settings } from '../config/settings';
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

/** Opens the database the settings name (starting the embedded one if needed); does not migrate. */
export async function openDatabase(settings: Settings): Promise<Database> {
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
      url: settings.DATABASE_URL,
      extra: { max: settings.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
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

const MIGRATION_LOCK = 7_326_001; // any constant shared by every instance of the service

/**
 * Runs pending migrations under an advisory lock, so instances started together on one new
 * database apply each migration once. Returns how many ran.
 */
export async function migrate({ dataSource, embedded }: Database): Promise<number> {
  if (embedded) {
    // One process per data folder (a lock file sees to it) and one connection: no lock needed,
    // and holding one would leave runMigrations no connection to run on.
    return (await dataSource.runMigrations({ transaction: 'each' })).length;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).length;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

export async function closeDatabase(database: Database): Promise<void> {
  if (database.dataSource.isInitialized) await database.dataSource.destroy();
  await database.embedded?.stop();
}
