/**
 * npm run soak — starts the service on loopback against DATABASE_URL (PostgreSQL) or an embedded
 * in-memory database, seeds providers, houses, beds, staff and support workers, drives a mixed
 * load from several processes for SOAK_SECONDS (default 600), then checks the invariants in SQL
 * and prints the figures. Exits non-zero when an invariant fails.
 *
 *   SOAK_SECONDS=60 SOAK_WORKERS=3 SOAK_AGENTS=4 DATABASE_URL=postgres://… npm run soak
 *
 * The database should be one for the soak alone: it is migrated and written to.
 */
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../src/auth/password-hasher';
import { SessionService } from '../src/auth/sessions.service';
import { Clock, londonDate } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { CommissioningEntity } from '../src/commissioners/commissioning.entity';
import { OrganisationKind, Role } from '../src/common/roles';
import { loadSettings } from '../src/config/settings';
import { createApp } from '../src/main';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { BedEntity } from '../src/safehouses/bed.entity';
import { Gender } from '../src/safehouses/gender';
import { SafehouseKind } from '../src/safehouses/safehouse-kind';
import { SafehouseEntity, publicPoint } from '../src/safehouses/safehouse.entity';
import { SupportWorkerEntity } from '../src/support-workers/support-worker.entity';
import { openAssignmentSql } from '../src/support-workers/open-assignment';
import { UserEntity } from '../src/users/user.entity';
import type { SoakWorkerPlan, SoakWorkerReport } from './soak-worker';

export interface SoakOptions {
  databaseUrl: string;
  seconds: number;
  workers: number;
  /** Concurrent users per worker process. */
  agents: number;
}

export interface InvariantResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SoakResult {
  seconds: number;
  requests: Record<string, number>;
  totalRequests: number;
  latency: Record<string, { p50: number; p99: number }>;
  errors: Record<string, number>;
  actions: Record<string, number>;
  audited: Record<string, number>;
  serverErrors: number;
  serverErrorSamples: string[];
  invariants: InvariantResult[];
  ok: boolean;
}

const NEAR = { latitude: 53.4808, longitude: -2.2426 };
const PROVIDERS = 2;
const HOUSES_PER_PROVIDER = 3;
const BEDS_PER_HOUSE = 4;
const SUPPORT_WORKERS_PER_PROVIDER = 4;
const MAX_CASELOAD = 3;

/** Runs a soak: used by `npm run soak` and, in a short form, by test/e2e/proof-soak.e2e-spec.ts. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const settings = loadSettings({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    HAVEN_DEMO_DATA: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: '10',
    MAX_ACTIVE_HOLDS_PER_USER: '10',
  });
  const app = await createApp(settings);
  await app.listen(0, '127.0.0.1');
  try {
    const dataSource = app.get(DataSource);
    const plan = await seed(app, dataSource.manager, options);
    const [{ max: auditBaseline }] = await dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS max FROM audit_event`,
    );
    const started = Date.now();
    const reports = await Promise.all(Array.from({ length: options.workers }, (_, i) => runWorker(plan, i, options)));
    const seconds = (Date.now() - started) / 1000;
    return await summarise(dataSource, reports, auditBaseline, seconds);
  } finally {
    await app.close();
  }
}

async function seed(app: NestFastifyApplication, manager: EntityManager, options: SoakOptions) {
  const sessions = app.get(SessionService);
  const system = RequestContext.system(app.get(DataSource), app.get(Clock));
  const passwordHash = await app.get(PasswordHasher).hash(randomUUID());
  const tag = randomUUID().slice(0, 8);
  const now = new Date();
  const organisation = (kind: OrganisationKind, name: string) =>
    manager.save(
      manager.create(OrganisationEntity, {
        name: `${name} ${tag}`,
        kind,
        outOfHoursPhone: kind === OrganisationKind.PROVIDER ? '+44 20 7946 0000' : null,
        region: null,
      }),
    );
  const login = async (role: Role, organisationId: string | null) => {
    const user = await manager.save(
      manager.create(UserEntity, {
        email: `soak-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@soak.example`,
        passwordHash,
        displayName: `Soak ${role}`,
        role,
        organisationId,
      }),
    );
    return (await sessions.start(system, user.id)).accessToken;
  };

  const commissioner = await organisation(OrganisationKind.COMMISSIONER, 'Soak commissioner');
  const responder = await organisation(OrganisationKind.RESPONDER, 'Soak responder');
  const providers: SoakWorkerPlan['providers'] = [];
  for (let p = 0; p < PROVIDERS; p++) {
    const provider = await organisation(OrganisationKind.PROVIDER, `Soak provider ${p}`);
    await manager.save(
      manager.create(CommissioningEntity, {
        commissionerId: commissioner.id,
        providerId: provider.id,
        startsOn: '2020-01-01',
        endsOn: null,
      }),
    );
    const safehouseIds: string[] = [];
    const bedIds: string[] = [];
    for (let h = 0; h < HOUSES_PER_PROVIDER; h++) {
      const latitude = NEAR.latitude + (p * HOUSES_PER_PROVIDER + h) * 0.01;
      const longitude = NEAR.longitude + h * 0.01;
      const point = publicPoint(latitude, longitude);
      const house = await manager.save(
        manager.create(SafehouseEntity, {
          providerId: provider.id,
          name: `Soak house ${p}.${h} ${tag}`,
          kind: SafehouseKind.SAFEHOUSE,
          area: 'Manchester',
          address: `${h + 1} Soak Street`,
          postcode: 'M1 1AA',
          acceptsGenders: [Gender.WOMAN],
          acceptsDependants: false,
          stepFreeAccess: false,
          languages: ['en'],
          open24Hours: true,
          opensAt: null,
          closesAt: null,
          // One provider books instantly, the other screens referrals (accept / decline).
          instantBooking: p === 0,
          referralsSuspended: false,
          suspensionReason: null,
          capacityConfirmedAt: now,
          latitude,
          longitude,
          publicLatitude: point.latitude,
          publicLongitude: point.longitude,
        }),
      );
      safehouseIds.push(house.id);
      for (let b = 0; b < BEDS_PER_HOUSE; b++) {
        const bed = await manager.save(
          manager.create(BedEntity, { safehouseId: house.id, label: `Room ${b + 1}`, sleeps: 1, accessible: false }),
        );
        bedIds.push(bed.id);
      }
    }
    const supportWorkerIds: string[] = [];
    for (let w = 0; w < SUPPORT_WORKERS_PER_PROVIDER; w++) {
      const worker = await manager.save(
        manager.create(SupportWorkerEntity, {
          providerId: provider.id,
          name: `Soak worker ${p}.${w}`,
          gender: Gender.WOMAN,
          languages: ['en'],
          maxCaseload: MAX_CASELOAD,
          userId: null,
        }),
      );
      supportWorkerIds.push(worker.id);
    }
    providers.push({
      coordinatorToken: await login(Role.PROVIDER_COORDINATOR, provider.id),
      safehouseIds,
      bedIds,
      supportWorkerIds,
    });
  }
  const officerTokens: string[] = [];
  for (let i = 0; i < options.workers * options.agents; i++) {
    officerTokens.push(await login(Role.DUTY_OFFICER, responder.id));
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    durationMs: options.seconds * 1000,
    agents: options.agents,
    officerTokens,
    commissionerToken: await login(Role.COMMISSIONER, commissioner.id),
    near: NEAR,
    providers,
    inspectedOn: londonDate(new Date(now.getTime() - 86_400_000)),
  };
}

/** One worker process: its own officers, the shared houses; resolves with its report. */
function runWorker(plan: SoakWorkerPlan, index: number, options: SoakOptions): Promise<SoakWorkerReport> {
  const compiled = join(__dirname, 'soak-worker.js');
  const file = existsSync(compiled) ? compiled : join(__dirname, 'soak-worker.ts');
  const officers = plan.officerTokens.slice(index * options.agents, (index + 1) * options.agents);
  return new Promise((resolve, reject) => {
    const child = fork(file, [], {
      env: { ...process.env, HAVEN_SOAK_WORKER: '1' },
      execArgv: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', '--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.once('message', (message: { report?: SoakWorkerReport; error?: string }) => {
      settled = true;
      if (message.report) resolve(message.report);
      else reject(new Error(`soak worker ${index} failed: ${message.error}`));
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`soak worker ${index} exited with ${code} before reporting`));
    });
    child.send({ ...plan, officerTokens: officers });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function add(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, value] of Object.entries(from)) into[key] = (into[key] ?? 0) + value;
}

async function summarise(
  dataSource: DataSource,
  reports: SoakWorkerReport[],
  auditBaseline: string,
  seconds: number,
): Promise<SoakResult> {
  const requests: Record<string, number> = {};
  const errors: Record<string, number> = {};
  const actions: Record<string, number> = {};
  const latencies: Record<string, number[]> = {};
  let serverErrors = 0;
  const serverErrorSamples: string[] = [];
  for (const report of reports) {
    add(requests, report.requests);
    add(errors, report.errors);
    add(actions, report.actions);
    for (const [op, values] of Object.entries(report.latencies)) (latencies[op] ??= []).push(...values);
    serverErrors += report.serverErrors;
    serverErrorSamples.push(...report.serverErrorSamples);
  }
  const latency: SoakResult['latency'] = {};
  for (const [op, values] of Object.entries(latencies)) {
    const sorted = values.sort((a, b) => a - b);
    latency[op] = { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  }

  const invariants: InvariantResult[] = [];
  const check = (name: string, ok: boolean, detail: string) => invariants.push({ name, ok, detail });

  const [overlaps] = await dataSource.query(
    `SELECT count(*)::int AS n FROM bed_occupation a
       JOIN bed_occupation b ON a.bed_id = b.bed_id AND a.id < b.id AND a.live AND b.live AND a.period && b.period`,
  );
  check('no two live occupations of a bed overlap', overlaps.n === 0, `${overlaps.n} overlapping pair(s)`);

  const [unoccupied] = await dataSource.query(
    `SELECT count(*)::int AS n FROM placement p
      WHERE p.status IN ('CONFIRMED', 'ARRIVED')
        AND NOT EXISTS (SELECT 1 FROM bed_occupation o WHERE o.placement_id = p.id AND o.live)`,
  );
  check('every confirmed or resident placement holds its bed', unoccupied.n === 0, `${unoccupied.n} without`);

  // Open as the service counts it: not ended, and not on a referral that has lapsed (by real time,
  // the soak's clock).
  const caseloads = await dataSource.query(
    `SELECT w.id, w.max_caseload, count(a.id)::int AS open
       FROM support_worker w
       LEFT JOIN support_worker_assignment a ON a.support_worker_id = w.id AND ${openAssignmentSql('a', 'now()')}
      GROUP BY w.id, w.max_caseload
     HAVING count(a.id) > w.max_caseload`,
  );
  check('no caseload above its maximum', caseloads.length === 0, `${caseloads.length} worker(s) over`);

  const [leftOpen] = await dataSource.query(
    `SELECT count(*)::int AS n FROM support_worker_assignment a
       LEFT JOIN placement p ON p.id = a.placement_id LEFT JOIN support_case c ON c.id = a.support_case_id
      WHERE a.ended_at IS NULL
        AND ((a.support_case_id IS NULL AND p.status IN ('DECLINED', 'CANCELLED')) OR c.status = 'CLOSED')`,
  );
  check(
    'no assignment left open on a referral or support case that ended',
    leftOpen.n === 0,
    `${leftOpen.n} left open`,
  );

  const auditRows: { action: string; n: number }[] = await dataSource.query(
    `SELECT action, count(*)::int AS n FROM audit_event WHERE id > $1 GROUP BY action ORDER BY action`,
    [auditBaseline],
  );
  const audited = Object.fromEntries(auditRows.map((row) => [row.action, row.n]));
  const mismatched = Object.keys(actions).filter((action) => audited[action] !== actions[action]);
  check(
    'one audit row per successful mutation',
    mismatched.length === 0,
    mismatched.length === 0
      ? `${Object.values(actions).reduce((a, b) => a + b, 0)} mutation(s), all audited once`
      : mismatched.map((a) => `${a}: ${actions[a]} succeeded, ${audited[a] ?? 0} audited`).join('; '),
  );
  // Side effects audit themselves (a departure ends assignments and may close a support case; a
  // confirmation or acceptance opens one): never more than what caused them. The scheduler runs
  // alongside, as in production: a retention run audits itself too.
  const ends = audited['assignment.end'] ?? 0;
  const opened = audited['support_case.open'] ?? 0;
  const closed = audited['support_case.close'] ?? 0;
  const sideEffects = ['assignment.end', 'retention.purge', 'support_case.open', 'support_case.close'];
  const unexpected = Object.keys(audited).filter((a) => !(a in actions) && !sideEffects.includes(a));
  const takenOn = (actions['placement.confirm'] ?? 0) + (actions['placement.accept'] ?? 0);
  check(
    'no audit rows but those of the mutations and their side effects',
    unexpected.length === 0 && ends <= (actions['assignment.create'] ?? 0) && opened <= takenOn && closed <= opened,
    unexpected.length === 0
      ? `${ends} assignment end(s), ${opened} case(s) opened, ${closed} closed`
      : `unexpected: ${unexpected.join(', ')}`,
  );
  const [unhoused] = await dataSource.query(
    `SELECT count(*)::int AS n FROM placement p LEFT JOIN support_case c ON c.id = p.support_case_id
      WHERE p.status IN ('CONFIRMED', 'ARRIVED') AND (c.id IS NULL OR c.status <> 'OPEN')`,
  );
  check(
    'every confirmed or resident placement belongs to an open support case',
    unhoused.n === 0,
    `${unhoused.n} without one`,
  );
  check('no 5xx or INTERNAL_SERVER_ERROR', serverErrors === 0, `${serverErrors} server error(s)`);

  const totalRequests = Object.values(requests).reduce((a, b) => a + b, 0);
  return {
    seconds,
    requests,
    totalRequests,
    latency,
    errors,
    actions,
    audited,
    serverErrors,
    serverErrorSamples,
    invariants,
    ok: invariants.every((i) => i.ok),
  };
}

export function formatSoak(result: SoakResult): string {
  const lines = [
    `Soak: ${result.totalRequests} requests in ${result.seconds.toFixed(1)} s (${(result.totalRequests / result.seconds).toFixed(1)} req/s)`,
    '',
    'operation                 requests   req/s    p50 ms   p99 ms',
  ];
  for (const op of Object.keys(result.requests).sort()) {
    const { p50, p99 } = result.latency[op] ?? { p50: 0, p99: 0 };
    lines.push(
      `${op.padEnd(24)} ${String(result.requests[op]).padStart(9)} ${(result.requests[op] / result.seconds).toFixed(1).padStart(7)} ${p50.toFixed(1).padStart(9)} ${p99.toFixed(1).padStart(8)}`,
    );
  }
  lines.push('', 'errors by code (expected refusals: a bed taken, a full caseload…):');
  const errors = Object.entries(result.errors).sort((a, b) => b[1] - a[1]);
  if (errors.length === 0) lines.push('  none');
  for (const [key, n] of errors) lines.push(`  ${key.padEnd(60)} ${n}`);
  lines.push('', 'audit rows by action (succeeded / audited):');
  for (const action of Object.keys({ ...result.actions, ...result.audited }).sort()) {
    lines.push(
      `  ${action.padEnd(32)} ${String(result.actions[action] ?? '-').padStart(7)} / ${result.audited[action] ?? 0}`,
    );
  }
  lines.push('', 'invariants:');
  for (const invariant of result.invariants) {
    lines.push(`  ${invariant.ok ? 'ok  ' : 'FAIL'} ${invariant.name}: ${invariant.detail}`);
  }
  for (const sample of result.serverErrorSamples) lines.push(`  server error: ${sample}`);
  return lines.join('\n');
}

async function main() {
  const seconds = Number(process.env.SOAK_SECONDS ?? 600);
  const workers = Number(process.env.SOAK_WORKERS ?? 3);
  const agents = Number(process.env.SOAK_AGENTS ?? 4);
  for (const [name, value] of Object.entries({ SOAK_SECONDS: seconds, SOAK_WORKERS: workers, SOAK_AGENTS: agents })) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  }
  const databaseUrl = process.env.DATABASE_URL || 'pglite://memory';
  console.log(`Soak: ${seconds} s, ${workers} process(es) × ${agents} user(s), on ${new URL(databaseUrl).protocol}`);
  const result = await runSoak({ databaseUrl, seconds, workers, agents });
  console.log(formatSoak(result));
  process.exitCode = result.ok ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`haven: soak failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
