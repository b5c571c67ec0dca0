#!/usr/bin/env bash
# Makes the pre-cases fixture: a database filled by the old code, for testing the migration that
# turns today's data into support cases (issue 14, item 2) on real old data.
#
#   scripts/pre-cases-fixture/make.sh
#
# Writes, in the repository this script is in:
#   test/fixtures/pre-cases.sql   pg_dump --data-only --column-inserts of every application table but
#                                 `migrations`, as the old code left them (load it on the old migrations:
#                                 test/support/pre-cases-database.ts)
#   test/fixtures/pre-cases.json  the manifest: rows per table, placements per status, the ids and the
#                                 intent of everything seeded, the logins and their passwords (all fake),
#                                 and seededAt, the instant at which every status reads as listed
#
# How: a temporary detached worktree of the old commit (OLD_COMMIT, default fe70a72: main before
# support cases) is installed and built, started in production mode on a fresh PostgreSQL database,
# seeded through its GraphQL API over HTTP only (seed.mjs, plain Node fetch), and stopped; then the
# database is dumped and counted (manifest.mjs). The worktree and the database go at the end, also
# on failure. Run it once and commit its output; running it again makes new ids and times.
#
# Needs git, Node 20+, npm, psql and pg_dump, and a PostgreSQL on 127.0.0.1:5432 whose user postgres
# may create databases without a password (as .ci/run uses it). Takes a few minutes: `npm ci`, the
# build, and the real time a hold and a referral need to lapse.
#
# The old service runs with shortened booking times so that lapses happen while seeding: a hold lasts
# HOLD_MINUTES=2, a referral is overdue after ACCEPTANCE_MINUTES=1 and lapses after
# ACCEPTANCE_EXPIRY_MINUTES=2. MAX_ACTIVE_HOLDS_PER_USER=50 keeps the hold cap out of the way of two
# duty officers making thirty-odd bookings. The deadlines are fixed on each placement when it is made,
# so the manifest records these settings; nothing later depends on them.
#
# Left out of the dump, so that any client can run the file and two runs on one database write the
# same text: pg_dump's `\restrict KEY` and `\unrestrict KEY` lines (psql meta-commands, not SQL, that
# PGlite and the pg driver refuse, with a random key each run), and its preamble (SET
# statement_timeout…, set_config('search_path', '', false)…). PGlite runs every one of those SET
# lines, but they are session settings: a loader that ran them on a pooled connection (or on PGlite's
# one shared session) would leave the rest of the test an empty search_path. The INSERTs name their
# schema and need none of them. The migrations table is left out with its sequence's setval.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
old_commit="$(git -C "$repo" rev-parse "${OLD_COMMIT:-fe70a72}^{commit}")"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db="haven_pre_cases_$(date +%s)_$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/haven-pre-cases.XXXXXX")"
tree="$work/old"
app_pid=""

admin_email="admin@pre-cases.example"
admin_password="fake-admin-password-pre-cases"
old_settings=(HOLD_MINUTES=2 ACCEPTANCE_MINUTES=1 ACCEPTANCE_EXPIRY_MINUTES=2 MAX_ACTIVE_HOLDS_PER_USER=50)

cleanup() {
  local status=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -d "$tree" ]; then git -C "$repo" worktree remove --force "$tree" || true; fi
  git -C "$repo" worktree prune || true
  psql "${pg[@]}" -q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

echo "== worktree of $old_commit in $tree"
git -C "$repo" worktree add --detach "$tree" "$old_commit"
(cd "$tree" && npm ci --no-audit --no-fund && npm run build)

echo "== database $db"
psql "${pg[@]}" -q -d postgres -c "CREATE DATABASE \"$db\""

port="$(node -e "const s = require('node:net').createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")"
# `node dist/src/main.js` with the Node the old project pins (its devDependency `node`, which `npm
# start` would use): its NestJS is ESM loaded through Node 24's require(esm), and Node 20 crashes on it.
echo "== the old service on port $port (log: $work/app.log)"
(
  cd "$tree"
  exec env -u REDIS_URL -u DATABASE_MIGRATION_URL -u TRUST_PROXY \
    NODE_ENV=production HOST=127.0.0.1 PORT="$port" LOG_LEVEL=warn \
    DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" HAVEN_DEMO_DATA=false \
    HAVEN_ADMIN_EMAIL="$admin_email" HAVEN_ADMIN_PASSWORD="$admin_password" \
    JWT_SECRET="fake-jwt-secret-for-the-pre-cases-fixture-only" \
    "${old_settings[@]}" \
    ./node_modules/.bin/node dist/src/main.js
) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/app.log" >&2
    echo "the old service stopped before it was ready" >&2
    exit 1
  fi
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/app.log" >&2; exit 1; }

echo "== seeding through the API"
HAVEN_ADMIN_EMAIL="$admin_email" HAVEN_ADMIN_PASSWORD="$admin_password" \
  node "$here/seed.mjs" "http://127.0.0.1:$port" "$work/seed.json"

echo "== stopping the old service"
kill "$app_pid"
wait "$app_pid" || true
app_pid=""

echo "== dump and manifest"
pg_dump "${pg[@]}" --data-only --column-inserts --no-owner --no-privileges \
  --exclude-table=public.migrations --exclude-table=public.migrations_id_seq "$db" |
  grep -v -E "^(SET [a-z_]+ = .*;|SELECT pg_catalog\.set_config\('search_path', '', false\);|\\\\(un)?restrict [A-Za-z0-9]+)$" \
    >"$work/pre-cases.sql"

psql "${pg[@]}" -d "$db" -X -q -At >"$work/database.json" <<'SQL'
SELECT json_build_object(
  'rows', (
    SELECT json_object_agg(c.relname, (xpath('/row/n/text()', query_to_xml(
      format('SELECT count(*) AS n FROM public.%I', c.relname), false, true, '')))[1]::text::int ORDER BY c.relname)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'),
  'storedStatus', (SELECT json_object_agg(id, status ORDER BY id) FROM placement),
  'migrations', (SELECT json_agg(name ORDER BY id) FROM migrations)
);
SQL

node "$here/manifest.mjs" "$work/seed.json" "$work/database.json" "$old_commit" "${old_settings[@]}" \
  >"$work/pre-cases.json"

# Both files or neither: a failure above leaves the committed pair as it was.
mkdir -p "$repo/test/fixtures"
mv "$work/pre-cases.sql" "$work/pre-cases.json" "$repo/test/fixtures/"
echo "== wrote test/fixtures/pre-cases.sql ($(grep -c '^INSERT' "$repo/test/fixtures/pre-cases.sql") rows) and test/fixtures/pre-cases.json"
