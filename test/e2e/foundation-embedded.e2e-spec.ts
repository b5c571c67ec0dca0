import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../src/common/roles';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../../src/demo/demo-data';
import { DemoModule } from '../../src/demo/demo.module';
import { TestApp } from '../support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { role } } }`;

describe('the embedded database on disk', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'haven-test-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps what was written across a restart, and seeds the demo only on the first start', async () => {
    const env = { DATABASE_URL: `pglite://${folder}`, HAVEN_DEMO_DATA: '' };
    const first = await TestApp.start(env);
    let providerId: string;
    try {
      const admin = await first.gql(LOGIN, { email: DEMO_LOGINS[0].email, password: DEMO_PASSWORD });
      const token = admin.data!.login.accessToken;
      const created = await first.gql(
        `mutation { createProvider(input: { name: "Kept Across Restarts", outOfHoursPhone: "+44 20 7946 0999" }) { id } }`,
        {},
        token,
      );
      providerId = created.data!.createProvider.id;

      // The support worker's day: an outreach case, a resident whose support ends this week, and a
      // case past its end with an RNA pending (not overdue), all on the demo worker's caseload.
      const worker = DEMO_LOGINS.find((login) => login.role === Role.SUPPORT_WORKER)!;
      const signedIn = await first.gql(LOGIN, { email: worker.email, password: DEMO_PASSWORD });
      const caseload = await first.gql(
        `{ supportCases(first: 20) { edges { node { setting overdue supportEndsOn recoveryNeedsAssessments { status } } } } }`,
        {},
        signedIn.data!.login.accessToken,
      );
      expect(caseload.errors).toBeUndefined();
      const cases = caseload.data!.supportCases.edges.map((edge: { node: unknown }) => edge.node);
      const today = first.clock.today();
      const inAWeek = new Date(first.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
      expect(cases).toHaveLength(3);
      expect(cases).toContainEqual(expect.objectContaining({ setting: 'OUTREACH', supportEndsOn: null }));
      expect(
        cases.filter(
          (c: any) => c.setting === 'ACCOMMODATED' && c.supportEndsOn >= today && c.supportEndsOn <= inAWeek,
        ),
      ).toHaveLength(1);
      expect(cases).toContainEqual(
        expect.objectContaining({ overdue: false, recoveryNeedsAssessments: [{ status: 'PENDING' }] }),
      );
    } finally {
      await first.close();
    }

    const second = await TestApp.start(env);
    try {
      const admin = await second.world.login(Role.ADMIN);
      const found = await second.gql('query($id: ID!) { provider(id: $id) { name } }', { id: providerId }, admin.token);
      expect(found.data!.provider.name).toBe('Kept Across Restarts');
      const demoProviders = await second.gql('{ providers { name } }', {}, admin.token);
      expect(demoProviders.data!.providers.filter((p: { name: string }) => p.name.endsWith('(demo)'))).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it('refuses a second process on the same folder', async () => {
    const env = { DATABASE_URL: `pglite://${folder}` };
    const first = await TestApp.start(env);
    try {
      writeFileSync(join(folder, 'haven.lock'), String(process.ppid)); // another live process holds it
      await expect(TestApp.start(env)).rejects.toThrow(/in use by process/);
    } finally {
      writeFileSync(join(folder, 'haven.lock'), String(process.pid));
      await first.close();
    }
  });
});

describe('start-up data', () => {
  it('logs in as each demo role on a new embedded database', async () => {
    const t = await TestApp.start({ DATABASE_URL: 'pglite://memory', HAVEN_DEMO_DATA: 'true' });
    try {
      const tokens: Record<string, string> = {};
      for (const login of DEMO_LOGINS) {
        const response = await t.gql(LOGIN, { email: login.email, password: DEMO_PASSWORD });
        expect(response.data!.login.user.role).toBe(login.role);
        tokens[login.role] = response.data!.login.accessToken;
      }
      // The commissioner has something to review: two houses inspected, one with an action overdue.
      const quality = await t.gql(
        '{ qualityOverview { safehouse { name } latestRating openActions overdueActions } }',
        {},
        tokens.COMMISSIONER,
      );
      expect(quality.data!.qualityOverview).toEqual(
        expect.arrayContaining([
          { safehouse: { name: 'Harbourside (demo)' }, latestRating: 'GOOD', openActions: 0, overdueActions: 0 },
          {
            safehouse: { name: 'Rowan House (demo)' },
            latestRating: 'REQUIRES_IMPROVEMENT',
            openActions: 2,
            overdueActions: 1,
          },
        ]),
      );
    } finally {
      await t.close();
    }
  });

  it('creates the first admin from the environment once, and never changes an existing one', async () => {
    const env = { HAVEN_ADMIN_EMAIL: 'First@Admin.example', HAVEN_ADMIN_PASSWORD: 'first admin password' };
    const t = await TestApp.start(env);
    try {
      const response = await t.gql(LOGIN, { email: 'first@admin.example', password: 'first admin password' });
      expect(response.data!.login.user.role).toBe('ADMIN');
      const app = t.app.get(DemoModule);
      t.settings.HAVEN_ADMIN_PASSWORD = 'a different password';
      await app.onApplicationBootstrap(); // as a restart with other settings would
      expect(
        (await t.gql(LOGIN, { email: 'first@admin.example', password: 'first admin password' })).errors,
      ).toBeUndefined();
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE role = 'ADMIN'`)).toEqual([
        { n: 1 },
      ]);
    } finally {
      await t.close();
    }
  });
});
