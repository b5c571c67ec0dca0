/**
 * npm run migration:generate -- AddSomething
 * Writes migrations/<timestamp>-<name>.ts with what the entities need beyond the migrations so far,
 * worked out on a fresh embedded database (or DATABASE_URL). Read and tidy it before committing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';
import { schemaDrift } from '../src/database/schema-drift';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- NameInPascalCase');
  }
  const settings = loadSettings({ ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'pglite://memory' });
  const database = await openDatabase(settings, { unbounded: true });
  try {
    await migrate(database);
    const { up, down } = await schemaDrift(database.dataSource);
    if (up.length === 0) {
      console.log('The migrations already match the entities: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (q: string) => `    await queryRunner.query(\`${q.replace(/`/g, '\\`')}\`);`;
    const file = join(process.cwd(), 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(quote).join('\n')}
  }
}
`,
    );
    console.log(`Wrote ${file}; add it to migrations/index.ts.`);
  } finally {
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
