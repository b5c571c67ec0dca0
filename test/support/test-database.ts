import { randomBytes } from 'node:crypto';
import { relative } from 'node:path';
import { Client } from 'pg';

/**
 * Each test file gets a database of its own: with DATABASE_URL (postgres://…) a copy of a template
 * migrated once by the global setup; otherwise an embedded in-memory PGlite.
 */
export function isPostgres(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
}

export function templateName(): string {
  const base = new URL(process.env.DATABASE_URL!).pathname.slice(1) || 'postgres';
  return `${base}_tpl`.slice(0, 60);
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!isPostgres()) return { url: 'pglite://memory', drop: async () => undefined };
  const name = `${templateName()}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateName()}"`);
  // which test file made it: the global teardown names the file of any it finds left behind
  const testPath = typeof expect === 'undefined' ? undefined : expect.getState().testPath;
  const file = relative(process.cwd(), testPath ?? 'unknown').replace(/'/g, '');
  await adminQuery(`COMMENT ON DATABASE "${name}" IS '${file}'`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
