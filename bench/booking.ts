/**
 * npm run bench:booking — hold → confirm over HTTP on the national dataset, without contention
 * (officers spread over 20,000 beds and a year of dates) and with it (50 officers, ten beds,
 * one night), then checks in SQL that no two live occupations of a bed overlap.
 *
 * Beside the service, in the same run and process, the floor: the two statements a booking cannot
 * do without (the hold's insert of an occupation, which the exclusion constraint refuses when the
 * bed is taken, and the confirm's update of it), behind a bare node:http server and a pg pool, on
 * the same tables, driven the same way. The service's hold and confirm do much more (sessions,
 * idempotency, the hold cap, eligibility, the survivor, the case, audit, the outbox): the floor
 * says what the database alone costs.
 *
 * A small driver rather than autocannon: each attempt is a hold and, when the bed was held, its
 * confirm (the hold's id feeds the confirm). Prints bookings/s, p50/p99 of every attempt (a hold
 * refused is an attempt too: under contention, nearly all are) and of the bookings alone, and
 * outcomes by reason, then how the contended p99 compares with the uncontended one at the same
 * number of officers. BENCH_DATABASE_URL is dropped and re-created; BENCH_SECONDS sets each run
 * (default 10).
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions.service';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';
import { EXCLUSION_VIOLATION } from '../src/database/postgres-errors';
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
  /** Every attempt: the hold, and its confirm when the bed was held. */
  attempts: number[];
  /** The attempts that booked a bed. */
  booked: number[];
  reasons: Map<string, number>;
}

interface Stay {
  from: string;
  nights: number;
}

/** What an attempt's step answers: the placement's (or occupation's) id and status, or why not. */
type Step = { id: string; status: string } | { reason: string };

/** Where bookings are made: the service over GraphQL, or the floor's two statements. */
interface Target {
  hold(officer: number, bed: Bed, stay: Stay): Promise<Step>;
  confirm(officer: number, id: string, bed: Bed): Promise<Step>;
}

async function post(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

function serviceTarget(url: string, tokens: string[]): Target {
  const step = async (token: string, query: string, variables: unknown, field: string): Promise<Step> => {
    const answer = (await post(url, { query, variables }, token)) as {
      data?: Record<string, { id: string; status: string }>;
      errors?: { extensions?: { code?: string; reason?: string } }[];
    };
    if (answer.data) return answer.data[field];
    const extensions = answer.errors?.[0]?.extensions;
    return { reason: extensions?.reason ?? extensions?.code ?? 'UNKNOWN' };
  };
  return {
    hold: (officer, bed, stay) => step(tokens[officer], HOLD, { input: { bedId: bed.id, ...stay } }, 'holdBed'),
    confirm: (officer, id, bed) => {
      const survivor = { gender: bed.gender, adult: true, nrmStatus: 'REFERRED', consentToReferral: true };
      return step(tokens[officer], CONFIRM, { input: { placementId: id, survivor } }, 'confirmPlacement');
    },
  };
}

/**
 * The floor: a bare node:http server whose POST /hold inserts a HOLD occupation (refused by the
 * exclusion constraint when the stay overlaps a live one) and POST /confirm turns it into a
 * placement's, each one autocommitted statement on a pg pool as large as the service's (DATABASE_POOL_SIZE).
 */
async function startFloor(databaseUrl: string, poolSize: number): Promise<{ target: Target; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  const statements: Record<string, (body: Record<string, string & number>) => Promise<Step>> = {
    '/hold': async ({ bedId, from, nights }) => {
      try {
        const { rows } = await pool.query({
          name: 'floor_hold',
          // The bed's row is locked first, so holds of one bed queue behind each other and each
          // then finds the others' committed occupations: without it, concurrent inserts wait on
          // each other inside the exclusion constraint and deadlock.
          text: `WITH locked AS (SELECT id FROM bed WHERE id = $1 FOR UPDATE)
                 INSERT INTO bed_occupation (bed_id, kind, period, expires_at)
                 SELECT id, 'HOLD', tstzrange($2::timestamptz, $2::timestamptz + make_interval(days => $3::int)), now() + interval '15 minutes'
                   FROM locked
                 RETURNING id`,
          values: [bedId, from, nights],
        });
        return { id: rows[0].id, status: 'HELD' };
      } catch (error) {
        if ((error as { code?: string }).code === EXCLUSION_VIOLATION) return { reason: 'BED_UNAVAILABLE' };
        throw error;
      }
    },
    '/confirm': async ({ id }) => {
      const { rowCount } = await pool.query({
        name: 'floor_confirm',
        text: `UPDATE bed_occupation SET kind = 'PLACEMENT', expires_at = NULL WHERE id = $1 AND kind = 'HOLD' AND expires_at > now()`,
        values: [id],
      });
      return rowCount === 1 ? { id, status: 'CONFIRMED' } : { reason: 'HOLD_EXPIRED' };
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const statement = statements[request.url ?? ''];
      statement(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        .then((step) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(step)))
        .catch((error: Error) => response.writeHead(500).end(JSON.stringify({ reason: error.message })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    target: {
      hold: async (_officer, bed, stay) => (await post(`${base}/hold`, { bedId: bed.id, ...stay })) as Step,
      confirm: async (_officer, id) => (await post(`${base}/confirm`, { id })) as Step,
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

/** Bookings one officer makes before another takes over: below the hold cap (1000), so none meets it. */
const BOOKINGS_PER_OFFICER = 500;

/**
 * `officers` loop at once for SECONDS: pick a bed and a stay, hold it, confirm it. Each loop is
 * one officer at a time, taken from `nextOfficer`, and a fresh one after BOOKINGS_PER_OFFICER.
 */
async function drive(
  target: Target,
  nextOfficer: () => number,
  officers: number,
  pickBed: () => Bed,
  pickStay: () => Stay,
): Promise<Outcome> {
  const outcome: Outcome = { bookings: 0, attempts: [], booked: [], reasons: new Map() };
  const count = (reason: string) => outcome.reasons.set(reason, (outcome.reasons.get(reason) ?? 0) + 1);
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: officers }, async () => {
      let officer = nextOfficer();
      let booked = 0;
      while (Date.now() < until) {
        const bed = pickBed();
        const started = performance.now();
        const held = await target.hold(officer, bed, pickStay());
        const confirmed = 'id' in held ? await target.confirm(officer, held.id, bed) : held;
        const took = performance.now() - started;
        outcome.attempts.push(took);
        if ('reason' in confirmed) {
          count(confirmed.reason);
          continue;
        }
        outcome.bookings += 1;
        outcome.booked.push(took);
        booked += 1;
        if (booked % BOOKINGS_PER_OFFICER === 0) officer = nextOfficer();
        count(confirmed.status);
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

function row(target: string, name: string, officers: number, outcome: Outcome) {
  return {
    target,
    run: name,
    officers,
    'bookings/s': +(outcome.bookings / SECONDS).toFixed(1),
    'attempts/s': +(outcome.attempts.length / SECONDS).toFixed(1),
    'attempt p50 ms': percentile(outcome.attempts, 50),
    'attempt p99 ms': percentile(outcome.attempts, 99),
    'booking p99 ms': percentile(outcome.booked, 99),
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
    MAX_ACTIVE_HOLDS_PER_USER: '1000', // the most allowed: each officer books at most BOOKINGS_PER_OFFICER
  });
  const database = await openDatabase(settings, { unbounded: true });
  await migrate(database);
  await closeDatabase(database);
  const pool = new Pool({ connectionString: DATABASE_URL, max: 5 });
  await seedNationalDataset(pool);

  const app = await createApp(settings);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  const [responder] = (await pool.query(`SELECT id FROM organisation WHERE kind = 'RESPONDER'`)).rows;
  const tokens: string[] = [];
  // Officers enough for every loop of every run to have its own (drive), so none meets the hold cap.
  for (let i = 0; i < 300; i++) {
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
  const anyBed = () => beds[Math.floor(Math.random() * beds.length)];
  // Ten beds each for the service and the floor: a bed one has booked tonight is gone for the other.
  const contended = { service: beds.slice(0, 10), floor: beds.slice(10, 20) };
  const floor = await startFloor(DATABASE_URL, settings.DATABASE_POOL_SIZE);
  const targets = { service: serviceTarget(url, tokens), floor: floor.target };

  const rows = [];
  const p99: Record<string, { spread: number; contended: number }> = {};
  for (const name of ['service', 'floor'] as const) {
    let spreadP99 = 0;
    let next = 0;
    const nextOfficer = () => {
      if (next === tokens.length) throw new Error('bench:booking ran out of officers: make more');
      return next++;
    };
    for (const officers of [1, 10, 50]) {
      const outcome = await drive(targets[name], nextOfficer, officers, anyBed, spread);
      rows.push(row(name, 'spread over 20,000 beds', officers, outcome));
      spreadP99 = percentile(outcome.attempts, 99);
    }
    const beds10 = contended[name];
    const contention = await drive(
      targets[name],
      nextOfficer,
      50,
      () => beds10[Math.floor(Math.random() * 10)],
      () => tonight,
    );
    rows.push(row(name, '10 beds, tonight', 50, contention));
    p99[name] = { spread: spreadP99, contended: percentile(contention.attempts, 99) };
  }
  await floor.close();
  console.table(rows);
  for (const [name, { spread: uncontended, contended: under }] of Object.entries(p99)) {
    console.log(
      `${name}: attempt p99 with 50 officers on 10 beds ${under} ms, spread over every bed ${uncontended} ms: ${(under / uncontended).toFixed(2)}x (at most 2x)`,
    );
  }

  const [{ overlaps }] = (
    await pool.query(
      `SELECT count(*)::int AS overlaps FROM bed_occupation a JOIN bed_occupation b
         ON a.bed_id = b.bed_id AND a.id < b.id AND a.live AND b.live AND a.period && b.period`,
    )
  ).rows;
  const [{ tonightBooked }] = (
    await pool.query(
      `SELECT count(DISTINCT bed_id)::int AS "tonightBooked" FROM placement WHERE bed_id = ANY($1) AND status IN ('CONFIRMED', 'AWAITING_ACCEPTANCE')`,
      [contended.service.map((bed) => bed.id)],
    )
  ).rows;
  console.log(
    `Live occupations overlapping afterwards: ${overlaps}. The service's contended beds booked: ${tonightBooked} of 10.`,
  );
  await app.close();
  await pool.end();
  if (overlaps !== 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
