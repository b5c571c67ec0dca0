/**
 * npm run migration:run — applies pending migrations to DATABASE_URL (or the embedded default): as
 * DATABASE_MIGRATION_URL's role when set, which then grants DATABASE_URL's role its rights, as a
 * start does. Runs the built script (a built install: `npm start` builds, the image has one).
 */
import '../src/node-version-check'; // first: one line, not a crash, on an unsupported Node.js
import { loadSettings } from '../src/config/settings';
import { closeDatabase, openMigratedDatabase } from '../src/database/data-source';

async function main() {
  const { database, migrated } = await openMigratedDatabase(loadSettings());
  await closeDatabase(database);
  console.log(migrated === 0 ? 'No pending migrations.' : `Applied ${migrated} migration(s).`);
}

main().catch((error) => {
  console.error(`haven: migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
