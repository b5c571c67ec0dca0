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
import { Client, Pool } from 'pg';
import { TokenService } from '../src/auth/token.service';
import { Role } from '../src/common/roles';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, migrate, openDatabase } from '../src/database/data-source';
import { createApp } from '../src/main';
import { SEARCH_AVAILABILITY_SQL } from '../src/availability/search-availability.sql';

const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/haven_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [1, 10, 50];

// Towns the houses cluster around: England and Wales.
const TOWNS: [string, number, number][] = [
  ['Manchester', 53.48, -2.24],
  ['Leeds', 53.8, -1.55],
  ['Bristol', 51.45, -2.59],
  ['Cardiff', 51.48, -3.18],
  ['Birmingham', 52.49, -1.89],
  ['London', 51.51, -0.13],
  ['Liverpool', 53.41, -2.98],
  ['Newcastle', 54.98, -1.61],
  ['Sheffield', 53.38, -1.47],
  ['Nottingham', 52.95, -1.15],
  ['Leicester', 52.64, -1.13],
  ['Swansea', 51.62, -3.94],
  ['Plymouth', 50.38, -4.14],
  ['Norwich', 52.63, 1.3],
  ['Southampton', 50.9, -1.4],
  ['Hull', 53.74, -0.33],
];

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

async function admin(sql: string): Promise<void> {
  const url = new URL(DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function seed(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    await client.query(`INSERT INTO organisation (name, kind, out_of_hours_phone)
      SELECT 'Provider ' || g, 'PROVIDER', '+44 20 7946 ' || lpad(g::text, 4, '0') FROM generate_series(1, 40) g`);
    await client.query(`INSERT INTO organisation (name, kind) VALUES ('Bench Police', 'RESPONDER')`);
    const towns = TOWNS.map(([name, lat, lon]) => `('${name}', ${lat}, ${lon})`).join(', ');
    await client.query(`
      WITH town(name, lat, lon) AS (VALUES ${towns}),
      numbered AS (SELECT row_number() OVER () AS n, * FROM town),
      providers AS (SELECT array_agg(id) AS ids FROM organisation WHERE kind = 'PROVIDER'),
      raw AS (
        SELECT g, t.name, t.lat + (random() - 0.5) * 0.6 AS lat, t.lon + (random() - 0.5) * 0.9 AS lon,
               random() AS r1, random() AS r2, random() AS r3, random() AS r4
          FROM generate_series(1, 2000) g
          JOIN numbered t ON t.n = 1 + (g % ${TOWNS.length})
      )
      INSERT INTO safehouse (provider_id, name, kind, area, address, postcode, latitude, longitude,
        public_latitude, public_longitude, accepts_genders, accepts_dependants, step_free_access, languages,
        open_24_hours, opens_at, closes_at, instant_booking, referrals_suspended, capacity_confirmed_at)
      SELECT p.ids[1 + (g % 40)], 'House ' || g, CASE WHEN r1 < 0.2 THEN 'PRE_NRM_EMERGENCY' ELSE 'SAFEHOUSE' END,
             name, g || ' Bench Street', 'M1 1AA', lat, lon,
             round(lat / 0.02) * 0.02, round(lon / 0.03) * 0.03,
             CASE WHEN r2 < 0.45 THEN ARRAY['WOMAN'] WHEN r2 < 0.85 THEN ARRAY['MAN'] ELSE ARRAY['WOMAN', 'MAN', 'NON_BINARY'] END,
             r3 < 0.3, r3 > 0.8, CASE WHEN r4 < 0.3 THEN ARRAY['en', 'ro'] WHEN r4 < 0.6 THEN ARRAY['en', 'sq'] ELSE ARRAY['en'] END,
             r4 < 0.5, CASE WHEN r4 < 0.5 THEN NULL ELSE '09:00'::time END, CASE WHEN r4 < 0.5 THEN NULL ELSE '21:00'::time END,
             r1 < 0.5, r2 < 0.02, now()
        FROM raw, providers p`);
    await client.query(`
      INSERT INTO bed (safehouse_id, label, sleeps, accessible)
      SELECT s.id, 'Room ' || b, CASE WHEN random() < 0.2 THEN 3 ELSE 1 END, random() < 0.1
        FROM safehouse s CROSS JOIN generate_series(1, 10) b`);
    // Ten past stays per bed, back to back over the last ~two years, and a current stay for a third of them.
    await client.query(`
      INSERT INTO bed_occupation (bed_id, kind, period, live)
      SELECT b.id, 'PLACEMENT',
             tstzrange(now() - ((k + 1) * interval '70 days'), now() - (k * interval '70 days') - interval '5 days', '[)'), TRUE
        FROM bed b CROSS JOIN generate_series(1, 10) k`);
    await client.query(`
      INSERT INTO bed_occupation (bed_id, kind, period, live)
      SELECT b.id, 'PLACEMENT', tstzrange(now() - interval '3 days', now() + interval '20 days', '[)'), TRUE
        FROM bed b WHERE random() < 0.33`);
    // As autovacuum would by the time a real database is this size: statistics and the visibility map.
    await client.query('VACUUM ANALYZE');
  } finally {
    client.release();
  }
}

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
  const name = new URL(DATABASE_URL).pathname.slice(1);
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const settings = loadSettings({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HAVEN_DEMO_DATA: 'false',
    JWT_SECRET: 'bench-secret-that-is-long-enough-to-pass-validation',
    DATABASE_URL,
    DATABASE_POOL_SIZE: '20',
    GRAPHQL_MAX_COST: '100000',
  });
  const database = await openDatabase(settings);
  await migrate(database.dataSource);
  await closeDatabase(database);

  const pool = new Pool({ connectionString: DATABASE_URL, max: 20 });
  const started = Date.now();
  await seed(pool);
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
    .get(TokenService)
    .issue({ userId: user.id, role: Role.DUTY_OFFICER, organisationId: responder.id }, new Date());

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
