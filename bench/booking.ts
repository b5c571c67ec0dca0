/**
 * npm run bench:booking — hold → confirm over HTTP on the national dataset, without contention
 * (officers spread over 20,000 beds and a year of dates) and with it (many officers, ten beds,
 * one night), then checks in SQL that no two live occupations of a bed overlap.
 *
 * A small driver rather than autocannon: each booking is two dependent requests (the hold's id
 * feeds the confirm). Prints bookings/s, p50/p99 of the whole hold → confirm, and outcomes by
 * reason. BENCH_DATABASE_URL is dropped and re-created; BENCH_SECONDS sets each run (default 10).
 */
import 'reflect-metadata';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions.service';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';
import { createApp } from '../src/main';
import { recreateDatabase, seedNationalDataset } from './dataset';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/haven_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DAY = 86_400_000;

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;

interface Bed {
  id: string;
  gender: string;
}

interface Outcome {
  bookings: number;
  latencies: number[];
  reasons: Map<string, number>;
}

async function call(url: string, token: string, query: string, variables: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, { id: string; status: string }>;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
}

function reasonOf(answer: { errors?: { extensions?: { code?: string; reason?: string } }[] }): string {
  const extensions = answer.errors?.[0]?.extensions;
  return extensions?.reason ?? extensions?.code ?? 'UNKNOWN';
}

/** `officers` loops for SECONDS: pick a bed and a stay, hold it, confirm it. */
async function drive(
  url: string,
  tokens: string[],
  pickBed: () => Bed,
  pickStay: () => { from: string; nights: number },
): Promise<Outcome> {
  const outcome: Outcome = { bookings: 0, latencies: [], reasons: new Map() };
  const count = (reason: string) => outcome.reasons.set(reason, (outcome.reasons.get(reason) ?? 0) + 1);
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    tokens.map(async (token) => {
      while (Date.now() < until) {
        const bed = pickBed();
        const started = performance.now();
        const held = await call(url, token, HOLD, { input: { bedId: bed.id, ...pickStay() } });
        if (!held.data) {
          count(reasonOf(held));
          continue;
        }
        const survivor = { gender: bed.gender, adult: true, nrmStatus: 'REFERRED', consentToReferral: true };
        const confirmed = await call(url, token, CONFIRM, { input: { placementId: held.data.holdBed.id, survivor } });
        if (!confirmed.data) {
          count(reasonOf(confirmed));
          continue;
        }
        outcome.bookings += 1;
        outcome.latencies.push(performance.now() - started);
        count(confirmed.data.confirmPlacement.status);
      }
    }),
  );
  return outcome;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

function row(name: string, officers: number, outcome: Outcome) {
  return {
    run: name,
    officers,
    bookingsPerSecond: +(outcome.bookings / SECONDS).toFixed(1),
    'p50 ms': percentile(outcome.latencies, 50),
    'p99 ms': percentile(outcome.latencies, 99),
    outcomes: [...outcome.reasons].map(([reason, n]) => `${reason} ${n}`).join(', '),
  };
}

async function main() {
  await recreateDatabase(DATABASE_URL);
  const settings = loadSettings({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HAVEN_DEMO_DATA: 'false',
    JWT_SECRET: 'bench-secret-that-is-long-enough-to-pass-validation',
    DATABASE_URL,
    DATABASE_POOL_SIZE: '20',
    MAX_ACTIVE_HOLDS_PER_USER: '1000',
  });
  const database = await openDatabase(settings);
  await migrate(database);
  await closeDatabase(database);
  const pool = new Pool({ connectionString: DATABASE_URL, max: 5 });
  await seedNationalDataset(pool);

  const app = await createApp(settings);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  const [responder] = (await pool.query(`SELECT id FROM organisation WHERE kind = 'RESPONDER'`)).rows;
  const tokens: string[] = [];
  for (let i = 0; i < 50; i++) {
    const [user] = (
      await pool.query(
        `INSERT INTO user_account (email, password_hash, display_name, role, organisation_id)
         VALUES ($1, 'x', 'Bench Officer', 'DUTY_OFFICER', $2) RETURNING id`,
        [`officer${i}@bench.test`, responder.id],
      )
    ).rows;
    const { accessToken } = await app
      .get(SessionService)
      .start(RequestContext.system(app.get(DataSource), app.get(Clock)), user.id);
    tokens.push(accessToken);
  }
  const beds: Bed[] = (
    await pool.query(
      `SELECT b.id, s.accepts_genders[1] AS gender FROM bed b JOIN safehouse s ON s.id = b.safehouse_id
        WHERE NOT s.referrals_suspended AND b.sleeps >= 1`,
    )
  ).rows;
  const now = Date.now();
  const spread = () => ({
    from: new Date(now + (30 + Math.floor(Math.random() * 330)) * DAY).toISOString(),
    nights: 1 + Math.floor(Math.random() * 3),
  });
  const tonight = { from: new Date(now + 60_000).toISOString(), nights: 1 };
  const contended = beds.slice(0, 10);

  const rows = [];
  for (const officers of [1, 10, 50]) {
    const outcome = await drive(
      url,
      tokens.slice(0, officers),
      () => beds[Math.floor(Math.random() * beds.length)],
      spread,
    );
    rows.push(row('spread over 20,000 beds', officers, outcome));
  }
  const contention = await drive(
    url,
    tokens,
    () => contended[Math.floor(Math.random() * contended.length)],
    () => tonight,
  );
  rows.push(row('50 officers, 10 beds, tonight', 50, contention));
  console.table(rows);

  const [{ overlaps }] = (
    await pool.query(
      `SELECT count(*)::int AS overlaps FROM bed_occupation a JOIN bed_occupation b
         ON a.bed_id = b.bed_id AND a.id < b.id AND a.live AND b.live AND a.period && b.period`,
    )
  ).rows;
  const [{ tonightBooked }] = (
    await pool.query(
      `SELECT count(DISTINCT bed_id)::int AS "tonightBooked" FROM placement WHERE bed_id = ANY($1) AND status IN ('CONFIRMED', 'AWAITING_ACCEPTANCE')`,
      [contended.map((bed) => bed.id)],
    )
  ).rows;
  console.log(
    `Live occupations overlapping afterwards: ${overlaps}. Contended beds booked: ${tonightBooked} of ${contended.length}.`,
  );
  await app.close();
  await pool.end();
  if (overlaps !== 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
