import { Logger } from '@nestjs/common';
import { RequestContext } from '../../src/common/request-context';
import { JobRun, ScheduledJob } from '../../src/scheduler/scheduled-job';
import { SchedulerService, nextRunAt } from '../../src/scheduler/scheduler.service';
import { TestApp } from '../support/test-app';
import { createTestDatabase, isPostgres } from '../support/test-database';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A job for the test: counts its runs, and runs `body` (by default: nothing) each time. */
function countingJob(name: string, fields: Partial<ScheduledJob> = {}, body?: (ctx: RequestContext) => Promise<void>) {
  const job = {
    name,
    intervalMs: HOUR,
    runs: 0,
    ...fields,
    async run(ctx: RequestContext) {
      job.runs += 1;
      await body?.(ctx);
      return { runs: job.runs };
    },
  };
  return job;
}

const runOf = (runs: JobRun[], name: string) => runs.find((run) => run.job === name);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the scheduler', () => {
  let t: TestApp;
  let scheduler: SchedulerService;
  let jobId = 0;
  const uniqueName = (what: string) => `test.${what}.${++jobId}`;

  beforeAll(async () => {
    t = await TestApp.start();
    scheduler = t.app.get(SchedulerService);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function row(name: string) {
    const [found] = await t.dataSource.query(`SELECT * FROM scheduled_job WHERE name = $1`, [name]);
    return found;
  }

  it('has the retention purge, the idempotency-key purge and the session purge registered by their modules', () => {
    expect(scheduler.jobNames).toEqual(
      expect.arrayContaining(['retention.purge', 'idempotency-keys.purge', 'sessions.purge']),
    );
  });

  it('is off in tests unless a test asks for it: no timer, jobs run when the test says', () => {
    expect(t.settings.isSchedulerOn).toBe(false);
    expect(scheduler['timer']).toBeUndefined();
  });

  it('runs a due job once, and not again until its next time', async () => {
    const job = countingJob(uniqueName('once'));
    scheduler.register(job);
    const t0 = new Date('2031-03-10T09:00:00Z');
    t.clock.set(t0);

    expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'ok', counts: { runs: 1 } });
    expect(await row(job.name)).toMatchObject({
      next_run_at: new Date(t0.getTime() + HOUR),
      last_run_at: t0,
      locked_until: null,
      locked_by: null,
      last_error: null,
    });

    t.clock.advance(HOUR - 1000);
    expect(runOf(await scheduler.runDue(), job.name)).toBeUndefined();
    t.clock.advance(1000);
    expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'ok' });
    expect(job.runs).toBe(2);
  });

  it('refuses a second job of the same name, and an interval under a second', () => {
    const name = uniqueName('twice');
    scheduler.register(countingJob(name));
    expect(() => scheduler.register(countingJob(name))).toThrow(/already registered/);
    expect(() => scheduler.register(countingJob(uniqueName('fast'), { intervalMs: 10 }))).toThrow(/at least 1000/);
  });

  it('keeps a daily job at its hour, and after a long gap runs once, not once per missed day', () => {
    const due = new Date('2031-03-10T02:00:00Z');
    expect(nextRunAt(due, 24 * HOUR, new Date('2031-03-10T02:00:14Z'))).toEqual(new Date('2031-03-11T02:00:00Z'));
    expect(nextRunAt(due, 24 * HOUR, new Date('2031-03-14T10:00:00Z'))).toEqual(new Date('2031-03-15T10:00:00Z'));
  });

  it('holds a lease while the job runs, with no transaction open around the work', async () => {
    let during: Record<string, unknown> | undefined;
    let inTransaction: boolean | undefined;
    const job = countingJob(uniqueName('lease'), { leaseMs: 2 * MINUTE }, async (ctx) => {
      inTransaction = ctx.inTransaction;
      during = await row(job.name);
    });
    scheduler.register(job);
    const now = new Date('2031-04-01T12:00:00Z');
    t.clock.set(now);
    await scheduler.runDue();
    expect(inTransaction).toBe(false);
    expect(during).toMatchObject({ locked_by: scheduler.instance, locked_until: new Date(now.getTime() + 2 * MINUTE) });
    expect(await row(job.name)).toMatchObject({ locked_by: null, locked_until: null });
  });

  it('takes over a lease left by an instance that died, once the lease has passed', async () => {
    const job = countingJob(uniqueName('orphan'));
    scheduler.register(job);
    const now = new Date('2031-05-01T08:00:00Z');
    t.clock.set(now);
    await scheduler.runDue(); // its row exists, run once
    // Another instance claimed it and died: its lease runs ten minutes on.
    await t.dataSource.query(
      `UPDATE scheduled_job SET next_run_at = $2, locked_by = 'gone-host:4242:dead00', locked_until = $3 WHERE name = $1`,
      [job.name, new Date(now.getTime() - MINUTE), new Date(now.getTime() + 10 * MINUTE)],
    );

    expect(runOf(await scheduler.runDue(), job.name)).toBeUndefined();
    t.clock.advance(10 * MINUTE);
    expect(runOf(await scheduler.runDue(), job.name)).toBeUndefined(); // at the end of the lease: still its
    t.clock.advance(1000);
    expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'ok' });
    expect(job.runs).toBe(2);
    expect(await row(job.name)).toMatchObject({ locked_by: null, locked_until: null, last_run_at: t.clock.now() });
  });

  it('records a failure, logs its kind but not its message, and runs the job again at its next time', async () => {
    let fail = true;
    const job = countingJob(uniqueName('failing'), {}, async () => {
      if (fail) throw new Error('could not reach Amina at 12 Acacia Avenue');
    });
    scheduler.register(job);
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const log = jest.spyOn(Logger.prototype, 'log');
    try {
      const t0 = new Date('2031-06-01T10:00:00Z');
      t.clock.set(t0);
      expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'failed', error: 'Error' });
      expect(await row(job.name)).toMatchObject({
        last_error: 'Error: could not reach Amina at 12 Acacia Avenue',
        next_run_at: new Date(t0.getTime() + HOUR),
        locked_by: null,
        locked_until: null,
      });
      const line = warn.mock.calls.find(([entry]) => (entry as JobRun).job === job.name);
      expect(line).toEqual([expect.objectContaining({ job: job.name, outcome: 'failed' }), 'scheduled job failed']);
      expect(JSON.stringify(line)).not.toMatch(/Amina|Acacia/);

      // Not retried at once: at its next time.
      t.clock.advance(HOUR / 2);
      expect(runOf(await scheduler.runDue(), job.name)).toBeUndefined();
      fail = false;
      t.clock.advance(HOUR / 2);
      expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'ok' });
      expect(await row(job.name)).toMatchObject({ last_error: null, next_run_at: new Date(t0.getTime() + 2 * HOUR) });
      const ok = log.mock.calls.find(([entry]) => (entry as JobRun).job === job.name);
      expect(ok).toEqual([
        { job: job.name, outcome: 'ok', durationMs: expect.any(Number), counts: { runs: 2 } },
        'scheduled job ran',
      ]);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });

  it('does not record over the instance that took the job over when a run outlives its lease', async () => {
    const job = countingJob(uniqueName('slow'), { leaseMs: MINUTE }, async () => {
      // While it runs, its lease passes and another instance claims the job.
      await t.dataSource.query(
        `UPDATE scheduled_job SET locked_by = 'other-host:1:beef00', locked_until = $2 WHERE name = $1`,
        [job.name, new Date(t.clock.now().getTime() + 5 * MINUTE)],
      );
    });
    scheduler.register(job);
    t.clock.set(new Date('2031-07-01T10:00:00Z'));
    expect(runOf(await scheduler.runDue(), job.name)).toMatchObject({ outcome: 'lease-lost' });
    expect(await row(job.name)).toMatchObject({ locked_by: 'other-host:1:beef00', last_run_at: null });
  });

  describe('two instances on one database', () => {
    // On PostgreSQL, a second application on the same database; on the embedded database (one
    // process per database), a second scheduler on the same connection: either way another
    // instance (its own name in locked_by) racing for the same rows.
    let other: TestApp | undefined;
    let otherScheduler: SchedulerService;

    beforeAll(async () => {
      if (isPostgres()) {
        const database = await createTestDatabase();
        await t.close(); // this file's first app moves onto the shared database
        t = await TestApp.start({}, { database });
        scheduler = t.app.get(SchedulerService);
        other = await TestApp.start({}, { database: { url: database.url, drop: async () => undefined } });
        otherScheduler = other.app.get(SchedulerService);
      } else {
        otherScheduler = new SchedulerService(t.settings, t.dataSource, t.clock);
      }
    });
    afterAll(() => other?.close());

    it('runs a due job once, not twice, when both look at the same instant', async () => {
      let running = 0;
      let overlapped = false;
      const body = async () => {
        running += 1;
        overlapped ||= running > 1;
        await sleep(300); // long enough for the other instance to look while this one runs
        running -= 1;
      };
      const name = uniqueName('contended');
      const here = countingJob(name, {}, body);
      const there = countingJob(name, {}, body);
      scheduler.register(here);
      otherScheduler.register(there);
      const now = new Date('2031-08-01T03:00:00Z');
      t.clock.set(now);
      other?.clock.set(now);

      const [mine, theirs] = await Promise.all([scheduler.runDue(), otherScheduler.runDue()]);
      expect(here.runs + there.runs).toBe(1);
      expect(overlapped).toBe(false);
      expect([runOf(mine, name), runOf(theirs, name)].filter(Boolean)).toEqual([
        expect.objectContaining({ outcome: 'ok' }),
      ]);

      // And the next time, whichever looks first runs it, once.
      t.clock.advance(HOUR);
      other?.clock.advance(HOUR);
      await Promise.all([scheduler.runDue(), otherScheduler.runDue()]);
      expect(here.runs + there.runs).toBe(2);
    });
  });
});

describe('the scheduler, on', () => {
  it('runs due jobs by itself on a timer that keeps no process alive, and stops when the app closes', async () => {
    const t = await TestApp.start({ SCHEDULER: 'on' });
    try {
      const scheduler = t.app.get(SchedulerService);
      expect(scheduler['timer']?.hasRef()).toBe(false);
      let ran: Record<string, unknown> | undefined;
      for (let waited = 0; !ran && waited < 20_000; waited += 250) {
        await sleep(250);
        [ran] = await t.dataSource.query(
          `SELECT last_run_at, last_error FROM scheduled_job WHERE name = 'retention.purge' AND last_run_at IS NOT NULL`,
        );
      }
      expect(ran).toMatchObject({ last_error: null });
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'retention.purge' AND request_id LIKE 'job-retention.purge-%'`,
      );
      expect(n).toBe(1);
    } finally {
      await t.close();
    }
  }, 120_000); // real time: a start, the first tick, and the run
});
