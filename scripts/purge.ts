/**
 * npm run purge — one retention run by hand against DATABASE_URL (or the embedded default): erases
 * the details of survivors past SURVIVOR_RETENTION_DAYS / UNSTARTED_RETENTION_DAYS and audits the
 * run, then deletes the idempotency keys past their 24 hours. The service does both by itself on a
 * schedule (README, Retention); this is for a stopped service or an impatient operator. It runs the
 * built script (a built install: `npm start` builds, the Docker image has one).
 */
import { randomUUID } from 'node:crypto';
import { AuditService } from '../src/audit/audit.service';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { loadSettings } from '../src/config/settings';
import { closeDatabase, openDatabase } from '../src/database/data-source';
import { IdempotencyService } from '../src/placements/idempotency.service';
import { RetentionService } from '../src/survivors/retention.service';

async function main() {
  const settings = loadSettings();
  const database = await openDatabase(settings);
  try {
    const ctx = RequestContext.system(database.dataSource, new Clock(), `purge-${randomUUID()}`);
    const result = await new RetentionService(settings, new AuditService()).purge(ctx);
    const keys = await new IdempotencyService().forgetExpired(ctx);
    console.log(
      `Retention purge: erased ${result.erased} survivor(s) ` +
        `(departed before ${result.survivorCutoff.toISOString()}, unstarted ended before ${result.unstartedCutoff.toISOString()}); ` +
        `deleted ${keys} idempotency key(s) past their 24 hours.`,
    );
  } finally {
    await closeDatabase(database);
  }
}

main().catch((error) => {
  console.error(`haven: purge failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
