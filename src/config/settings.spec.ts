import { ConfigurationError, fastifyTrustProxy, loadSettings } from './settings';

describe('settings', () => {
  it('defaults to the embedded database in ./.haven-data and the documented rules', () => {
    const settings = loadSettings({});
    expect(settings.DATABASE_URL).toBe('pglite://./.haven-data');
    expect(settings).toMatchObject({ PORT: 3000, HOLD_MINUTES: 45, ACCEPTANCE_MINUTES: 30, CAPACITY_STALE_HOURS: 24 });
    expect(settings).toMatchObject({
      PRE_NRM_MAX_NIGHTS: 14,
      MAX_ACTIVE_HOLDS_PER_USER: 10,
      NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS: 9,
      NRM_NEGATIVE_CG_SUPPORT_WORKING_DAYS: 9,
      EXTRA_BANK_HOLIDAYS: [],
    });
    expect(settings).toMatchObject({ UNSTARTED_RETENTION_DAYS: 7, SURVIVOR_RETENTION_DAYS: 2555 });
  });

  it('reads numbers and booleans from the environment', () => {
    const settings = loadSettings({ PORT: '8080', HOLD_MINUTES: '30', HAVEN_DEMO_DATA: 'false', TRUST_PROXY: 'true' });
    expect(settings).toMatchObject({ PORT: 8080, HOLD_MINUTES: 30, HAVEN_DEMO_DATA: false });
  });

  it('reads TRUST_PROXY as hops or proxy addresses, never as "trust every hop"', () => {
    expect(loadSettings({}).TRUST_PROXY).toBe(false);
    expect(loadSettings({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadSettings({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1); // one hop: the right-most entry
    expect(loadSettings({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadSettings({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7,fd00::/8, loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      'loopback',
    ]);
    // Fastify takes hops as a function (given a number it would trust no hop at all)
    const hops = fastifyTrustProxy(loadSettings({ TRUST_PROXY: 'true' }).TRUST_PROXY) as (
      a: string,
      i: number,
    ) => boolean;
    expect([hops('10.0.0.1', 0), hops('203.0.113.9', 1)]).toEqual([true, false]);
    expect(fastifyTrustProxy(false)).toBe(false);
  });

  const refusals: [string, Record<string, string>, RegExp][] = [
    [
      'a production start without JWT_SECRET',
      { NODE_ENV: 'production' },
      /^JWT_SECRET is required when NODE_ENV=production$/,
    ],
    ['a short JWT_SECRET', { JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    ['a port that is not a number', { PORT: 'eighty' }, /^PORT must be an integer number$/],
    ['a port out of range', { PORT: '70000' }, /^PORT must not be greater than 65535$/],
    ['an unknown database scheme', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    ['a hold of zero minutes', { HOLD_MINUTES: '0' }, /^HOLD_MINUTES must not be less than 1$/],
    [
      'a TRUST_PROXY that is no proxy',
      { TRUST_PROXY: 'yes' },
      /^TRUST_PROXY must be true, false, a number of hops.*\("yes"/,
    ],
    [
      'a TRUST_PROXY with a bad range',
      { TRUST_PROXY: '10.0.0.1, 10.0.0.0/33' },
      /\("10\.0\.0\.0\/33" is none of these\)$/,
    ],
    [
      'a TRUST_PROXY of too many hops',
      { TRUST_PROXY: '50' },
      /^TRUST_PROXY must be true, false, a number of hops from 1 to 10/,
    ],
    ['an admin email without a password', { HAVEN_ADMIN_EMAIL: 'a@b.example' }, /HAVEN_ADMIN_PASSWORD is needed/],
    [
      'a malformed admin email',
      { HAVEN_ADMIN_EMAIL: 'nope', HAVEN_ADMIN_PASSWORD: 'long enough password' },
      /HAVEN_ADMIN_EMAIL must be an email/,
    ],
    [
      'a short admin password',
      { HAVEN_ADMIN_EMAIL: 'a@b.example', HAVEN_ADMIN_PASSWORD: 'short' },
      /at least 12 characters/,
    ],
    [
      'a demo that is neither true nor false',
      { HAVEN_DEMO_DATA: 'yes please' },
      /HAVEN_DEMO_DATA must be true or false/,
    ],
    [
      'demo data in production',
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), HAVEN_DEMO_DATA: 'true' },
      /refused when NODE_ENV=production/,
    ],
    [
      'a survivor retention shorter than a month',
      { SURVIVOR_RETENTION_DAYS: '7' },
      /^SURVIVOR_RETENTION_DAYS must not be less than 30$/,
    ],
    [
      'a retention that is not a number',
      { SURVIVOR_RETENTION_DAYS: '7y' },
      /^SURVIVOR_RETENTION_DAYS must be an integer/,
    ],
    [
      'an unstarted retention of zero days',
      { UNSTARTED_RETENTION_DAYS: '0' },
      /^UNSTARTED_RETENTION_DAYS must not be less than 1$/,
    ],
    ['a Redis URL of another scheme', { REDIS_URL: 'http://localhost' }, /REDIS_URL must start with redis/],
    ['a scheduler that is neither on nor off', { SCHEDULER: 'sometimes' }, /^SCHEDULER must be on or off$/],
    [
      'a migration URL that is not PostgreSQL',
      { DATABASE_URL: 'postgres://app@db/haven', DATABASE_MIGRATION_URL: 'mysql://owner@db/haven' },
      /^DATABASE_MIGRATION_URL must start with postgres:\/\//,
    ],
    [
      'a migration URL with the embedded database',
      { DATABASE_URL: 'pglite://memory', DATABASE_MIGRATION_URL: 'postgres://owner@db/haven' },
      /^DATABASE_MIGRATION_URL is for PostgreSQL/,
    ],
    [
      'a migration URL naming another database',
      { DATABASE_URL: 'postgres://app@db/haven', DATABASE_MIGRATION_URL: 'postgres://owner@db/other' },
      /^DATABASE_MIGRATION_URL must name the same database as DATABASE_URL$/,
    ],
    ['an SMTP URL of another scheme', { SMTP_URL: 'http://mail.example.org' }, /^SMTP_URL must start with smtp:\/\//],
    ['a sender that is not an address', { MAIL_FROM: 'Haven' }, /^MAIL_FROM must be an email address/],
    ['a page address that is not http(s)', { PUBLIC_URL: 'haven.example.org' }, /^PUBLIC_URL must be an http/],
    [
      'a VAPID public key without its private key',
      { VAPID_PUBLIC_KEY: 'B'.repeat(87) },
      /^VAPID_PRIVATE_KEY must be a P-256 private key.*given with VAPID_PUBLIC_KEY$/,
    ],
    [
      'a malformed VAPID key',
      { VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: 'p'.repeat(43) },
      /^VAPID_PUBLIC_KEY must/,
    ],
    [
      'allowed push hosts that are not hosts',
      { PUSH_ENDPOINTS_ALLOWED: 'receiver.test, http://x/' },
      /^PUSH_ENDPOINTS_ALLOWED must be host names/,
    ],
    [
      'a notification sender neither on nor off',
      { NOTIFICATION_SENDER: 'maybe' },
      /^NOTIFICATION_SENDER must be on or off$/,
    ],
    ['no attempts at all', { NOTIFICATION_MAX_ATTEMPTS: '0' }, /^NOTIFICATION_MAX_ATTEMPTS must not be less than 1$/],
  ];

  it.each(refusals)('refuses %s with a one-line reason', (_what, env, reason) => {
    let error: unknown;
    try {
      loadSettings(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('\n');
  });

  it('starts without any notification setting: no email, push keys made by the service, links to localhost', () => {
    const settings = loadSettings({ PORT: '8080' });
    expect(settings.SMTP_URL).toBeUndefined();
    expect(settings.VAPID_PUBLIC_KEY).toBeUndefined();
    expect(settings.publicUrl).toBe('http://localhost:8080');
    expect(loadSettings({ PUBLIC_URL: 'https://haven.example.org/' }).publicUrl).toBe('https://haven.example.org');
    expect(loadSettings({ PUSH_ENDPOINTS_ALLOWED: '127.0.0.1:9000, Receiver.Test' }).PUSH_ENDPOINTS_ALLOWED).toEqual([
      '127.0.0.1:9000',
      'receiver.test',
    ]);
  });

  it('runs the scheduler by default, but not under NODE_ENV=test unless SCHEDULER=on', () => {
    expect(loadSettings({}).isSchedulerOn).toBe(true);
    expect(loadSettings({ SCHEDULER: 'off' }).isSchedulerOn).toBe(false);
    expect(loadSettings({ NODE_ENV: 'test' }).isSchedulerOn).toBe(false);
    expect(loadSettings({ NODE_ENV: 'test', SCHEDULER: 'on' }).isSchedulerOn).toBe(true);
  });

  it('takes a migration URL of another role on the same PostgreSQL database', () => {
    const settings = loadSettings({
      DATABASE_URL: 'postgres://haven_app:secret@db:5432/haven',
      DATABASE_MIGRATION_URL: 'postgres://haven:other@db:5432/haven',
    });
    expect(settings.DATABASE_MIGRATION_URL).toBe('postgres://haven:other@db:5432/haven');
    expect(loadSettings({ DATABASE_URL: 'postgres://haven@db/haven' }).DATABASE_MIGRATION_URL).toBeUndefined();
  });

  it('accepts production with a long secret', () => {
    expect(loadSettings({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).isProduction).toBe(true);
  });
});
