/**
 * npm run bench:search — the availability search at national scale.
 *
 * Seeds a generated dataset into a fresh PostgreSQL database (2,000 safehouses, 20,000 beds,
 * 200,000 past occupations; PostgreSQL's setseed makes every run the same), then measures
 * `searchAvailability` over HTTP with autocannon at 1, 10 and 50 connections, beside a baseline in
 * the same run: the same SQL served by a bare node:http + pg handler. Prints requests/s and
 * p50/p99 latency, and the search's EXPLAIN ANALYZE.
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/haven_bench) is dropped and
 * re-created. BENCH_SECONDS sets each run's length (default 10).
 */
import 'reflect-metadata';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SessionService } from '../src/auth/sessions.service';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { Role } from '../src/common/roles';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';
import { createApp } from '../src/main';
import { SEARCH_AVAILABILITY_SQL } from '../src/availability/search-availability.sql';
import { recreateDatabase, seedNationalDataset } from './dataset';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/haven_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 10, 50];

const SEARCH_QUERY = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    distanceKm acceptsArrival nextIntakeAt
    safehouse { id name area provider { id name outOfHoursPhone } }
    availableBeds { id label sleeps }
  }
}`;
const SEARCH_INPUT = {
  near: { latitude: 53.48, longitude: -2.24 },
  radiusKm: 80,
  nights: 3,
  guestGender: 'WOMAN',
  limit: 20,
};

function searchParams(): unknown[] {
  const now = new Date();
  const kinds = ['SAFEHOUSE', 'PRE_NRM_EMERGENCY'];
  return [
    53.48,
    -2.24,
    80,
    now,
    3,
    'WOMAN',
    0,
    false,
    false,
    null,
    kinds,
    '[]',
    now,
    now,
    20,
    now.toISOString().slice(0, 10),
    'ANY',
    null,
    null,
  ];
}

async function baseline(pool: Pool): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      pool
        .query(SEARCH_AVAILABILITY_SQL, searchParams())
        .then((result) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ data: { searchAvailability: result.rows } }));
        })
        .catch((error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function measure(url: string, connections: number, headers: Record<string, string>, body: string) {
  const result = await autocannon({ url, method: 'POST', connections, duration: SECONDS, headers, body });
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
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
    // the pool at its default, as the service runs (issue 19: more connections only queue on two cores)
    GRAPHQL_MAX_COST: '100000',
  });
  const database = await openDatabase(settings, { unbounded: true });
  await migrate(database);
  await closeDatabase(database);

  const pool = new Pool({ connectionString: DATABASE_URL, max: 20 });
  const started = Date.now();
  await seedNationalDataset(pool);
  const counts =
    await pool.query(`SELECT (SELECT count(*) FROM safehouse) AS safehouses, (SELECT count(*) FROM bed) AS beds,
    (SELECT count(*) FROM bed_occupation) AS occupations`);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, counts.rows[0]);

  const app = await createApp(settings);
  await app.listen(0, '127.0.0.1');
  const appUrl = `${await app.getUrl()}/graphql`;
  const [responder] = (await pool.query(`SELECT id FROM organisation WHERE kind = 'RESPONDER'`)).rows;
  const [user] = (
    await pool.query(
      `INSERT INTO user_account (email, password_hash, display_name, role, organisation_id)
       VALUES ('bench@haven.test', 'x', 'Bench Officer', $1, $2) RETURNING id`,
      [Role.DUTY_OFFICER, responder.id],
    )
  ).rows;
  const { accessToken } = await app
    .get(SessionService)
    .start(RequestContext.system(app.get(DataSource), app.get(Clock)), user.id);

  const bare = await baseline(pool);
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const body = JSON.stringify({ query: SEARCH_QUERY, variables: { input: SEARCH_INPUT } });
  const check = await fetch(appUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body,
  });
  const answer = (await check.json()) as { data?: { searchAvailability: unknown[] }; errors?: unknown };
  if (!answer.data) throw new Error(`the search failed: ${JSON.stringify(answer.errors)}`);
  console.log(`One search answers ${answer.data.searchAvailability.length} houses.`);

  const rows: Record<string, unknown>[] = [];
  for (const connections of CONNECTIONS) {
    const service = await measure(
      appUrl,
      connections,
      { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body,
    );
    const base = await measure(bareUrl, connections, { 'content-type': 'application/json' }, '{}');
    rows.push(
      { target: 'haven searchAvailability', ...service },
      { target: 'baseline node:http + pg', ...base },
      {
        target: 'ratio',
        connections,
        requestsPerSecond: +(service.requestsPerSecond / base.requestsPerSecond).toFixed(2),
      },
    );
  }
  console.table(rows);

  const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${SEARCH_AVAILABILITY_SQL}`, searchParams());
  console.log('EXPLAIN ANALYZE of the search:');
  for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN']);

  await app.close();
  await new Promise((resolve) => bare.close(resolve));
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
