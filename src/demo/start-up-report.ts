import { Settings } from '../config/settings';

/** Whether an admin exists after start, and how. */
export type AdminState = 'created' | 'present' | 'none';

/**
 * What start logs about how the service is configured: enough for an operator to see what it talks
 * to, never a password or a secret (a database is named by host and name, the rest by set or not).
 */
export function configurationReport(settings: Settings, admin: AdminState, demoData: boolean) {
  return {
    nodeEnv: settings.NODE_ENV,
    database: databaseOf(settings),
    redis: settings.REDIS_URL !== undefined ? 'set (REDIS_URL)' : 'off: one instance only',
    smtp: settings.SMTP_URL !== undefined ? 'set (SMTP_URL)' : 'off: no email',
    push:
      settings.VAPID_PUBLIC_KEY !== undefined
        ? 'on (VAPID keys from the settings)'
        : 'on (VAPID keys made once and kept in the database)',
    demoData,
    admin:
      admin === 'created'
        ? 'created now from HAVEN_ADMIN_EMAIL'
        : admin === 'present'
          ? 'present'
          : 'none: nobody can sign in',
    metrics:
      settings.METRICS_TOKEN !== undefined ? 'GET /metrics with METRICS_TOKEN' : 'GET /metrics from loopback only',
    scheduler: settings.isSchedulerOn ? 'on' : 'off',
  };
}

/** The one line that says how to let the first person in, when nobody can sign in. */
export const NO_ADMIN_HINT =
  'Nobody can sign in: there is no admin. Set HAVEN_ADMIN_EMAIL and HAVEN_ADMIN_PASSWORD (12 or more characters) ' +
  'and start the service again: it creates that admin when there is none, and never changes one.';

function databaseOf(settings: Settings): string {
  if (settings.isEmbeddedDatabase) {
    const where = settings.DATABASE_URL.slice('pglite://'.length);
    return where === 'memory' ? 'embedded PGlite, in memory' : `embedded PGlite in ${where}`;
  }
  const url = new URL(settings.DATABASE_URL);
  const roles = settings.DATABASE_MIGRATION_URL ? ', migrations as a separate owner' : '';
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname} (pool ${settings.DATABASE_POOL_SIZE}${roles})`;
}
