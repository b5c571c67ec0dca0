import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSettings } from '../../src/config/settings';

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

  it('has a README with the two commands, and a CI script that runs the same test command', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
    const ci = read('.ci/run');
    expect(ci).toMatch(/npm ci/);
    expect(ci).toMatch(/DATABASE_URL="postgres:\/\/[^\n]*npm test/);
    expect(ci).toMatch(/DATABASE_URL= npm test/);
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
