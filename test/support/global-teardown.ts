import { rmSync } from 'node:fs';
import { sweepLogs } from './log-sweep';
import { adminQuery, isPostgres, templateName } from './test-database';

export default async function globalTeardown(): Promise<void> {
  if (isPostgres()) await adminQuery(`DROP DATABASE IF EXISTS "${templateName()}" WITH (FORCE)`);
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
