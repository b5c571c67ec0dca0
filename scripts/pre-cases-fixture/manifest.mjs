// The pre-cases fixture's manifest (test/fixtures/pre-cases.json), printed on stdout: what seed.mjs
// made, joined with what the database holds afterwards. Run by make.sh:
//
//   node manifest.mjs seed.json database.json OLD_COMMIT NAME=VALUE…
//
// database.json: { rows: { table: count }, storedStatus: { placementId: status }, migrations: [name…] }.
// A placement's `status` is what the API read at seededAt; `storedStatus` is what its row says. They
// differ for a lapse: a hold or referral lapses by the clock, and the old code never wrote EXPIRED.
/* global process */
import { readFileSync } from 'node:fs';

const [seedFile, databaseFile, oldCommit, ...settingArgs] = process.argv.slice(2);
const seed = JSON.parse(readFileSync(seedFile, 'utf8'));
const database = JSON.parse(readFileSync(databaseFile, 'utf8'));

const LAST_OLD_MIGRATION = 'DerivedCaseload1796537174836';
if (database.migrations.at(-1) !== LAST_OLD_MIGRATION)
  throw new Error(`the old database's last migration is ${database.migrations.at(-1)}, not ${LAST_OLD_MIGRATION}`);

const stored = Object.keys(database.storedStatus);
const seeded = new Set(seed.placements.map((p) => p.id));
if (stored.length !== seeded.size || stored.some((id) => !seeded.has(id)))
  throw new Error('the placement table does not hold exactly the placements seeded');

const countBy = (items, key) => {
  const counts = {};
  for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};
const placements = seed.placements.map((p) => ({ ...p, storedStatus: database.storedStatus[p.id] }));

const manifest = {
  about:
    'A database filled by the pre-cases code through its API: test/fixtures/pre-cases.sql. Made by scripts/pre-cases-fixture/make.sh; do not edit by hand. Every personal detail is fake.',
  oldCommit,
  migrations: database.migrations,
  seedingDay: seed.seedingDay,
  seededAt: seed.seededAt,
  settings: Object.fromEntries(settingArgs.map((arg) => arg.split('=')).map(([k, v]) => [k, Number(v)])),
  rows: database.rows,
  placementsByStatus: countBy(placements, 'status'),
  placementsByStoredStatus: countBy(placements, 'storedStatus'),
  logins: seed.logins,
  organisations: seed.organisations,
  safehouses: seed.safehouses,
  beds: seed.beds,
  supportWorkers: seed.supportWorkers,
  placements,
  moveOnPlans: seed.moveOnPlans,
  nrmDecisions: seed.nrmDecisions,
  assignments: seed.assignments,
  erasedSurvivors: seed.erasedSurvivors,
};
process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
