import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSettings } from '../../src/config/settings';
import { SUPPORTED_NODE_MAJOR } from '../../src/node-version';

const root = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('files a newcomer relies on', () => {
  it('has a docker-compose.yml with PostgreSQL, Redis and the service wired together', () => {
    const compose = parse(read('docker-compose.yml'));
    expect(Object.keys(compose.services).sort()).toEqual(['haven', 'postgres', 'redis']);
    const haven = compose.services.haven;
    expect(haven.build).toBe('.');
    expect(haven.depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    const { POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB } = compose.services.postgres.environment;
    // Migrations as the owner; requests as a role of their own on the same database, made when the
    // volume is new by the script mounted into the image's init folder.
    expect(haven.environment.DATABASE_MIGRATION_URL).toBe(
      `postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/${POSTGRES_DB}`,
    );
    const runtime = new URL(haven.environment.DATABASE_URL);
    expect({ protocol: runtime.protocol, host: runtime.host, database: runtime.pathname }).toEqual({
      protocol: 'postgres:',
      host: 'postgres:5432',
      database: `/${POSTGRES_DB}`,
    });
    expect(runtime.username).not.toBe(POSTGRES_USER);
    const init = (compose.services.postgres.volumes as string[])
      .map((volume) => volume.split(':'))
      .find(([, target]) => target === '/docker-entrypoint-initdb.d');
    expect(init).toBeDefined();
    const scripts = readdirSync(join(root, init![0])).filter((file) => file.endsWith('.sql'));
    expect(scripts.map((file) => read(join(init![0], file))).join('\n')).toContain(
      `CREATE ROLE ${runtime.username} LOGIN PASSWORD '${runtime.password}'`,
    );
    expect(haven.environment.REDIS_URL).toBe('redis://redis:6379');
    // what compose passes must be settings the service accepts
    const env = { ...haven.environment, JWT_SECRET: 'x'.repeat(40), HAVEN_ADMIN_EMAIL: '', HAVEN_ADMIN_PASSWORD: '' };
    expect(loadSettings(env).isProduction).toBe(true);
    expect(read('Dockerfile')).toMatch(/npm ci/);
  });

  it('has a multi-stage Dockerfile whose image holds production dependencies only, and runs on its own Node.js', () => {
    // Stages by name: each FROM starts one; its lines follow (comments and continuations aside).
    const stages: { name: string; from: string; lines: string[] }[] = [];
    for (const line of read('Dockerfile').replace(/\\\n/g, ' ').split('\n')) {
      const text = line.trim();
      if (!text || text.startsWith('#')) continue;
      const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(text);
      if (from) stages.push({ from: from[1], name: from[2] ?? `#${stages.length}`, lines: [] });
      else stages[stages.length - 1].lines.push(text);
    }
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const image = stages[stages.length - 1];
    const stage = (name: string) => stages.find((s) => s.name === name)!;
    const copiedFrom = (path: string) =>
      image.lines.map((l) => /^COPY\s+--from=(\S+)\s+(\S+)/.exec(l)).find((m) => m && m[2].startsWith(path))?.[1];

    // The image: the base's Node.js (the major the service needs), as a user who cannot write the app.
    expect(image.from).toMatch(new RegExp(`^node:${SUPPORTED_NODE_MAJOR}(-|$)`));
    expect(image.lines).toContain('USER node');
    expect(image.lines.find((l) => l.startsWith('ENV'))).toMatch(/NODE_ENV=production/);
    expect(image.lines.find((l) => l.startsWith('CMD'))).toBe('CMD ["node", "dist/src/main.js"]');
    expect(image.lines.filter((l) => /^RUN\b/.test(l))).toEqual([]); // nothing installed or built in it

    // Its node_modules come from an install without development dependencies (nor the bundled Node.js).
    const dependencies = stage(copiedFrom('/app/node_modules')!);
    expect(dependencies.lines.find((l) => /npm ci/.test(l))).toMatch(/npm ci\b.*--omit=dev/);
    // Its dist/ from a stage that installs everything and builds.
    const build = stage(copiedFrom('/app/dist')!);
    expect(build.lines).toContain('RUN npm run build');
    expect(build.lines.find((l) => /npm ci/.test(l))).not.toMatch(/--omit/);

    // What the service loads at run time is a production dependency: `ws` was only there as a development one.
    const pkg = JSON.parse(read('package.json'));
    for (const name of ['ws', 'pg', 'argon2', 'prom-client', 'nestjs-pino'])
      expect(pkg.dependencies).toHaveProperty(name);
    expect(pkg.dependencies).not.toHaveProperty('node');
  });

  it('has a README with the two commands, and a CI script that runs the same test command', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    const ci = read('.ci/run');
    expect(ci).toMatch(/npm ci/);
    expect(ci).toMatch(/DATABASE_URL="postgres:\/\/[^\n]*npm test/);
    expect(ci).toMatch(/DATABASE_URL= npm test/);
  });

  it('smoke-tests in CI what users deploy: production dependencies only, NODE_ENV=production, the first admin', () => {
    const ci = read('.ci/run');
    expect(ci.indexOf('bash .ci/smoke')).toBeGreaterThan(ci.indexOf('npm run typecheck'));
    const smoke = read('.ci/smoke');
    expect(smoke).toMatch(/git -C "\$root" ls-files/); // the tracked files: a clean checkout
    expect(smoke).toMatch(/npm ci --no-audit[^\n]*&& npm run build/);
    expect(smoke).toMatch(/npm ci --omit=dev/);
    expect(smoke).toMatch(/NODE_ENV=production/);
    expect(smoke).toMatch(/DATABASE_URL="postgres:\/\//);
    expect(smoke).toMatch(/HAVEN_ADMIN_EMAIL="\$email" HAVEN_ADMIN_PASSWORD="\$password"/);
    expect(smoke).toMatch(/mutation \{ login/);
  });

  it('documents every setting in the README', () => {
    const readme = read('README.md');
    const settings = Object.keys(loadSettings({})).concat([
      'DATABASE_MIGRATION_URL',
      'SCHEDULER',
      'JWT_SECRET',
      'REDIS_URL',
      'HAVEN_ADMIN_EMAIL',
      'HAVEN_ADMIN_PASSWORD',
      'HAVEN_DEMO_DATA',
      'METRICS_TOKEN',
    ]);
    expect(settings.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
