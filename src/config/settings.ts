import { isIP } from 'node:net';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  registerDecorator,
  validateSync,
} from 'class-validator';

/** Start-up stops with this: one line saying which setting is wrong and why. */
export class ConfigurationError extends Error {}

/** TRUST_PROXY: off, a number of hops, or proxy addresses/CIDRs. */
export type TrustProxy = false | number | string[];

/**
 * TRUST_PROXY in the form Fastify takes. A number of hops becomes a function: given a number,
 * Fastify (5.x) trusts no hop at all. With hops, the connecting peer is believed to be a proxy,
 * so the service must be reachable only through its proxies; a list of addresses has no such
 * condition.
 */
export function fastifyTrustProxy(setting: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}

/** proxy-addr's names for ranges of addresses (loopback, link-local, unique-local). */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY as written (`true`, `2`, `10.0.0.0/8, 10.1.2.3`…) in Fastify's form; else as it was. */
function parseTrustProxy(value: unknown): unknown {
  if (value === undefined || value === '' || value === false) return false;
  if (value === true) return 1;
  const text = String(value).trim().toLowerCase();
  if (text === 'false' || text === '0') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : value;
}

function IsTrustProxy(): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTrustProxy',
      target: object.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ value }) => {
          const bad = /^\d+$/.test(String(value).trim())
            ? undefined
            : String(value)
                .split(',')
                .map((entry) => entry.trim())
                .find((entry) => !isProxyAddress(entry.toLowerCase()));
          const which = bad === undefined ? '' : ` ("${bad}" is none of these)`;
          return `TRUST_PROXY must be true, false, a number of hops from 1 to 10, or a comma-separated list of proxy addresses or CIDR ranges${which}`;
        },
      },
      validator: {
        validate: (value: unknown) =>
          value === false ||
          (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) ||
          (Array.isArray(value) && value.length > 0),
      },
    });
}

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value).toLowerCase();
  return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the service reads, validated once at start. Read from the environment by
 * `loadSettings`; tests build one with `loadSettings({...})`.
 */
export class Settings {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** postgres://… for a real PostgreSQL; pglite://memory or pglite://PATH for the embedded one. */
  @Matches(/^(postgres(ql)?:\/\/.+|pglite:\/\/.+)$/, {
    message: 'DATABASE_URL must start with postgres://, postgresql:// or pglite://',
  })
  DATABASE_URL = 'pglite://./.haven-data';

  /**
   * PostgreSQL only: the role that owns the tables and runs the migrations; unset, DATABASE_URL's.
   * With it, DATABASE_URL's role needs no more than the rights start grants it (README, On PostgreSQL).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_MIGRATION_URL must start with postgres:// or postgresql://' })
  DATABASE_MIGRATION_URL?: string;

  /**
   * Connections this instance keeps to PostgreSQL. More connections than about twice the
   * database's cores do not answer sooner: the queries wait in the database machine's run queue,
   * each behind all the others, instead of in the pool's queue. Measured on two cores (issue 19),
   * the search's p99 at 10 concurrent requests was 15–22 ms with 3 to 5 connections and 32–37 ms
   * with 8 to 10, at the same or better throughput.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 5;

  /**
   * PostgreSQL only: the longest one statement of a request may run before the server cancels it
   * (statement_timeout). A connection whose answer has not come 5 s after that is taken as lost:
   * it is closed and the pool opens another, so a silent network never holds a request for good.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(10 * 60_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 20_000;

  /**
   * PostgreSQL only: the longest a request waits for a row or lock another holds (lock_timeout).
   * A bed's lock is held for milliseconds; one held longer belongs to a stuck transaction, and
   * every officer holding beds would queue behind it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(10 * 60_000)
  DATABASE_LOCK_TIMEOUT_MS = 5_000;

  /** PostgreSQL only: a transaction left open and idle this long is ended by the server, its locks freed. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60 * 60_000)
  DATABASE_IDLE_TRANSACTION_TIMEOUT_MS = 30_000;

  @Transform(emptyToUndefined)
  @ValidateIf((s: Settings) => s.NODE_ENV === 'production' || s.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required when NODE_ENV=production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  ACCESS_TOKEN_MINUTES = 720;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((s: Settings) => s.HAVEN_ADMIN_PASSWORD !== undefined || s.HAVEN_ADMIN_EMAIL !== undefined)
  @IsEmail({}, { message: 'HAVEN_ADMIN_EMAIL must be an email address (it is needed with HAVEN_ADMIN_PASSWORD)' })
  HAVEN_ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((s: Settings) => s.HAVEN_ADMIN_EMAIL !== undefined || s.HAVEN_ADMIN_PASSWORD !== undefined)
  @IsString({ message: 'HAVEN_ADMIN_PASSWORD is needed with HAVEN_ADMIN_EMAIL' })
  @MinLength(12, { message: 'HAVEN_ADMIN_PASSWORD must be at least 12 characters' })
  @MaxLength(200)
  HAVEN_ADMIN_PASSWORD?: string;

  /** Unset: on for a new embedded database, off otherwise. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: 'HAVEN_DEMO_DATA must be true or false' })
  HAVEN_DEMO_DATA?: boolean;

  /** GET /metrics asks for this as a bearer token; unset, it answers this machine (loopback) only. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Background work (retention, purges) on a timer. Unset: on, but off under NODE_ENV=test. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'SCHEDULER must be on or off' })
  SCHEDULER?: 'on' | 'off';

  /**
   * Which proxies in front of the service to believe about the client's address (X-Forwarded-For):
   * false none; a number of hops (`true` is one: the client is the right-most entry); or a list
   * of proxy addresses and CIDR ranges. Never "every hop": the client writes the left-most entry.
   */
  @Transform(({ value }) => parseTrustProxy(value))
  @IsTrustProxy()
  TRUST_PROXY: TrustProxy = false;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 100 * 1024;

  // Sign-in protection
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 30;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_LOCKOUT_MINUTES = 15;

  // GraphQL hardening
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 10;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  GRAPHQL_MAX_ALIASES = 15;
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  GRAPHQL_MAX_COST = 5000;

  // Booking rules (CONTRACT.md, Availability and placements)
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  HOLD_MINUTES = 45;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  ACCEPTANCE_MINUTES = 30;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30 * 24 * 60)
  ACCEPTANCE_EXPIRY_MINUTES = 240;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 365)
  CAPACITY_STALE_HOURS = 24;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  PRE_NRM_MAX_NIGHTS = 14;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MAX_ACTIVE_HOLDS_PER_USER = 10;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  UNSTARTED_RETENTION_DAYS = 7;
  /** Survivors' details are erased this long after their last placement ended (7 years). */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(36500)
  SURVIVOR_RETENTION_DAYS = 2555;

  // NRM periods (CONTRACT.md, Move-on): policy, so configuration
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  NRM_POSITIVE_CG_SUPPORT_DAYS = 45;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS = 9;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NRM_NEGATIVE_CG_SUPPORT_WORKING_DAYS = 9;

  /**
   * One-off England and Wales bank holidays the date library may not know yet (a proclaimed day, say),
   * as YYYY-MM-DD separated by commas; working days skip them.
   */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((day) => day.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, {
    each: true,
    message: 'EXTRA_BANK_HOLIDAYS must be dates YYYY-MM-DD, separated by commas',
  })
  EXTRA_BANK_HOLIDAYS: string[] = [];

  // Inspection intervals by overall rating (CONTRACT.md, Inspections)
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  INSPECTION_MONTHS_INADEQUATE = 6;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  INSPECTION_MONTHS_REQUIRES_IMPROVEMENT = 12;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  INSPECTION_MONTHS_GOOD = 24;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(120)
  INSPECTION_MONTHS_OUTSTANDING = 24;

  // Notifications (CONTRACT.md, Notifications)
  /** smtp:// or smtps:// with credentials if any; unset, no email is sent (said once at start). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must start with smtp:// or smtps://' })
  SMTP_URL?: string;

  /** The sender of notification emails. */
  @Matches(/^([^<>\r\n]*<)?[^@\s<>]+@[^@\s<>]+>?$/, {
    message: 'MAIL_FROM must be an email address, optionally as "Name <address>"',
  })
  MAIL_FROM = 'Haven <haven@localhost>';

  /** Where people open the page: the links in notifications. Unset, http://localhost:PORT. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_URL must be an http:// or https:// address' })
  PUBLIC_URL?: string;

  /** Both or neither: unset, the service makes a pair once and keeps it in the database. */
  @Transform(emptyToUndefined)
  @ValidateIf((s: Settings) => s.VAPID_PUBLIC_KEY !== undefined || s.VAPID_PRIVATE_KEY !== undefined)
  @Matches(/^[A-Za-z0-9_-]{87}$/, {
    message:
      'VAPID_PUBLIC_KEY must be an uncompressed P-256 public key, base64url (87 characters), given with VAPID_PRIVATE_KEY',
  })
  VAPID_PUBLIC_KEY?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((s: Settings) => s.VAPID_PUBLIC_KEY !== undefined || s.VAPID_PRIVATE_KEY !== undefined)
  @Matches(/^[A-Za-z0-9_-]{43}$/, {
    message: 'VAPID_PRIVATE_KEY must be a P-256 private key, base64url (43 characters), given with VAPID_PUBLIC_KEY',
  })
  VAPID_PRIVATE_KEY?: string;

  /** Who push services may contact about this sender (mailto: or https:); unset, MAIL_FROM's address. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/, {
    message: 'VAPID_SUBJECT must be a mailto: or https: address',
  })
  VAPID_SUBJECT?: string;

  /**
   * Hosts (host or host:port, comma-separated) that push endpoints may name although they are not
   * https on a public address: a test's local receiver. Nothing else is ever posted into the
   * service's own network.
   */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((host) => host.trim().toLowerCase())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @Matches(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/, {
    each: true,
    message: 'PUSH_ENDPOINTS_ALLOWED must be host names or host:port, separated by commas',
  })
  PUSH_ENDPOINTS_ALLOWED: string[] = [];

  /** The notification sender: on, or off (the outbox fills and another instance sends). */
  @IsIn(['on', 'off'], { message: 'NOTIFICATION_SENDER must be on or off' })
  NOTIFICATION_SENDER: 'on' | 'off' = 'on';

  /** How often the sender looks for notifications to send, in ms (it is also woken by each commit that writes one). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  NOTIFICATION_POLL_MS = 1000;

  /** The first retry's wait, in seconds; each next one waits twice as long (at most an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  NOTIFICATION_RETRY_SECONDS = 30;

  /** Attempts before a delivery is given up and shown to ADMIN as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  NOTIFICATION_MAX_ATTEMPTS = 8;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get isEmbeddedDatabase(): boolean {
    return this.DATABASE_URL.startsWith('pglite://');
  }

  /** The page's address, without a trailing slash: where notification links point. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/+$/, '');
  }

  get isSchedulerOn(): boolean {
    return (this.SCHEDULER ?? (this.NODE_ENV === 'test' ? 'off' : 'on')) === 'on';
  }
}

const BASIC_CHECKS = ['isString', 'isInt', 'isBoolean', 'isEmail', 'isIn', 'matches'];

const KNOWN = new Set(
  Object.keys(new Settings()).concat([
    'DATABASE_MIGRATION_URL',
    'SCHEDULER',
    'JWT_SECRET',
    'REDIS_URL',
    'HAVEN_ADMIN_EMAIL',
    'HAVEN_ADMIN_PASSWORD',
    'HAVEN_DEMO_DATA',
    'METRICS_TOKEN',
    'SMTP_URL',
    'PUBLIC_URL',
    'VAPID_PUBLIC_KEY',
    'VAPID_PRIVATE_KEY',
    'VAPID_SUBJECT',
  ]),
);

/** Reads and validates the settings; throws a ConfigurationError with a one-line reason. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const plain: Record<string, string> = {};
  for (const key of KNOWN) {
    const value = env[key];
    if (value !== undefined) plain[key] = value;
  }
  const settings = plainToInstance(Settings, plain);
  const errors = validateSync(settings);
  if (errors.length > 0) {
    const first = errors[0];
    const constraints = first.constraints ?? {};
    // The kind of value first (a number, an email…), then its range.
    const kind = BASIC_CHECKS.find((check) => check in constraints);
    const message = (kind ? constraints[kind] : Object.values(constraints)[0]) ?? 'is malformed';
    throw new ConfigurationError(message.startsWith(first.property) ? message : `${first.property} ${message}`);
  }
  if (settings.HAVEN_DEMO_DATA === true && settings.isProduction) {
    throw new ConfigurationError('HAVEN_DEMO_DATA=true is refused when NODE_ENV=production');
  }
  if (settings.DATABASE_MIGRATION_URL !== undefined) {
    if (settings.isEmbeddedDatabase) {
      throw new ConfigurationError(
        'DATABASE_MIGRATION_URL is for PostgreSQL; leave it unset with the embedded database',
      );
    }
    const [owners, runtimes] = [databaseName(settings.DATABASE_MIGRATION_URL), databaseName(settings.DATABASE_URL)];
    if (owners && runtimes && owners !== runtimes) {
      throw new ConfigurationError('DATABASE_MIGRATION_URL must name the same database as DATABASE_URL');
    }
  }
  return settings;
}

/** The database a postgres:// URL names ('' when it names none, i.e. the role's default). */
function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1));
  } catch {
    return '';
  }
}
