/**
 * npm run purge — one retention run by hand against DATABASE_URL (or the embedded default): erases
 * the details of survivors past SURVIVOR_RETENTION_DAYS / UNSTARTED_RETENTION_DAYS and audits the
 * run, then deletes the idempotency keys past their 24 hours. The service does both by itself on a
 * schedule (README, Retention); this is for a stopped service or an impatient operator. It runs the
 * built script (a built install: `npm start` builds, the Docker image has one).
 */
import '../src/node-version-check'; // first: one line, not a crash, on an unsupported Node.js
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { loadSettings } from '../src/config/settings';
import { createApp } from '../src/main';
import { IdempotencyService } from '../src/idempotency/idempotency.service';
import { RetentionService } from '../src/retention/retention.service';

async function main() {
  // The service itself, initialised but not listening and with no scheduler: erasure goes through
  // each module's service, as when the service runs it. Its log lines are not this command's output.
  const settings = loadSettings({ ...process.env, SCHEDULER: 'off' });
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await createApp(settings, { logDestination: silent });
  await app.init();
  try {
    const ctx = RequestContext.system(app.get(DataSource), new Clock(), `purge-${randomUUID()}`);
    const result = await app.get(RetentionService).purge(ctx);
    const keys = await app.get(IdempotencyService).forgetExpired(ctx);
    console.log(
      `Retention purge: erased ${result.erased} survivor(s) ` +
        `(departed before ${result.survivorCutoff.toISOString()}, unstarted ended before ${result.unstartedCutoff.toISOString()}); ` +
        `deleted ${keys} idempotency key(s) past their 24 hours.`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(`haven: purge failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
