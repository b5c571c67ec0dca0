import { loadSettings } from '../../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../../src/database/data-source';
import { startLogSweep } from './log-sweep';
import { adminQuery, isPostgres, templateName } from './test-database';

/** Starts the log sweep; on PostgreSQL, migrates a template database once (every test file copies it). */
export default async function globalSetup(): Promise<void> {
  startLogSweep();
  if (!isPostgres()) return;
  const template = templateName();
  await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${template}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${template}`;
  const database = await openDatabase(loadSettings({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '2' }), {
    unbounded: true,
  });
  try {
    await migrate(database);
  } finally {
    await closeDatabase(database);
  }
}
