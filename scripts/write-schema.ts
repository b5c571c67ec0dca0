/** npm run schema — writes schema.graphql from the code (the committed copy is checked by a test). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaOf } from '../src/common/graphql/print-schema';
import { createApp } from '../src/main';
import { loadSettings } from '../src/config/settings';

async function main() {
  const app = await createApp(
    loadSettings({ DATABASE_URL: 'pglite://memory', HAVEN_DEMO_DATA: 'false', LOG_LEVEL: 'warn' }),
  );
  await app.init();
  try {
    writeFileSync(join(process.cwd(), 'schema.graphql'), printSchemaOf(app));
    console.log('Wrote schema.graphql');
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
