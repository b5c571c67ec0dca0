/** The generated dataset the benchmarks share. */
import { Client, Pool } from 'pg';

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

async function admin(databaseUrl: string, sql: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A national-scale dataset, the same every run (PostgreSQL's setseed): 2,000 safehouses around 16
 * towns of England and Wales, 20,000 beds, ten past stays per bed and a current stay for a third.
 */
export async function seedNationalDataset(pool: Pool): Promise<void> {
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

/** Drops and re-creates the benchmark's database. */
export async function recreateDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await admin(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(databaseUrl, `CREATE DATABASE "${name}"`);
}
