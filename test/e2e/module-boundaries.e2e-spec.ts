import { ESLint } from 'eslint';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Lints a text as if it were the file at `path`, with the project's own ESLint config. */
async function lintAs(path: string, text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(text, { filePath: join(root, path) });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('module boundaries (npm run lint)', () => {
  it("refuses a module importing another module's entity, naming the import", async () => {
    const messages = await lintAs(
      'src/quality/boundary-fixture.ts',
      "import { SafehouseEntity } from '../safehouses/safehouse.entity';\nexport const table = SafehouseEntity;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("'../safehouses/safehouse.entity'");
    expect(messages[0]).toContain("Module 'quality'");
    expect(messages[0]).toContain('safehouses module');
  });

  it('refuses a type-only import of it too', async () => {
    const messages = await lintAs(
      'src/quality/boundary-fixture.ts',
      "import type { SafehouseEntity } from '../safehouses/safehouse.entity';\nexport type Row = SafehouseEntity;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it("lets a module use another module's service, and its own entities", async () => {
    const messages = await lintAs(
      'src/quality/boundary-fixture.ts',
      "import { SafehousesService } from '../safehouses/safehouses.service';\n" +
        "import { ReferralSuspensionEntity } from './referral-suspension.entity';\n" +
        'export const used = [SafehousesService, ReferralSuspensionEntity];\n',
    );
    expect(messages).toEqual([]);
  });

  it("lets an entity name another module's entity for a relation, and the database register them all", async () => {
    const relation =
      "import { SafehouseEntity } from '../safehouses/safehouse.entity';\nexport const to = SafehouseEntity;\n";
    expect(await lintAs('src/quality/boundary-fixture.entity.ts', relation)).toEqual([]);
    expect(await lintAs('src/database/boundary-fixture.ts', relation)).toEqual([]);
  });
});
