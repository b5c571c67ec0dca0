import { rmSync } from 'node:fs';
import { sweepLogs } from './log-sweep';
import { Client } from 'pg';
import { adminQuery, isPostgres, templateName } from './test-database';

/**
 * The databases test files made from the template (`<template>_<hex>`) and left behind: a file
 * that failed to start or close its app, or a test that gave up early. Dropped with the template,
 * and said, so a run leaves nothing on the server and the leak is seen.
 */
async function dropLeftBehind(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string; file: string | null }>(
      `SELECT datname, shobj_description(oid, 'pg_database') AS file
         FROM pg_database WHERE starts_with(datname, $1) AND datname ~ '_[0-9a-f]{10}$'`,
      [`${templateName()}_`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    if (rows.length > 0) {
      const named = rows.map((row) => `${row.datname} (made by ${row.file ?? 'an unknown file'})`);
      process.stdout.write(`test databases left behind by test files, dropped: ${named.join(', ')}\n`);
    }
  } finally {
    await client.end();
  }
}

export default async function globalTeardown(): Promise<void> {
  if (isPostgres()) {
    await dropLeftBehind();
    await adminQuery(`DROP DATABASE IF EXISTS "${templateName()}" WITH (FORCE)`);
  }
  const directory = process.env.HAVEN_TEST_LOG_DIR;
  const result = sweepLogs(directory);
  if (!result || !directory) return;
  process.stdout.write(
    `log sweep: ${result.lines} lines in ${result.files} files scanned for ${result.secrets} secrets` +
      ` (addresses, postcodes, coordinates, survivors' names and notes, passwords, tokens): ${result.leaks.length} found\n`,
  );
  if (result.leaks.length > 0) {
    const shown = result.leaks.slice(0, 10).map(({ secret, line }) => `  ${JSON.stringify(secret)} in ${line}`);
    throw new Error(`the service logged secrets (logs kept in ${directory}):\n${shown.join('\n')}`);
  }
  rmSync(directory, { recursive: true, force: true });
}
