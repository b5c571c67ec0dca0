/** npm run migration:run — applies pending migrations to DATABASE_URL (or the embedded default). */
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';

async function main() {
  const database = await openDatabase(loadSettings());
  try {
    const count = await migrate(database);
    console.log(count === 0 ? 'No pending migrations.' : `Applied ${count} migration(s).`);
  } finally {
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(`haven: migration failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
