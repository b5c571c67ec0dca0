import { TestApp } from '../support/test-app';
import { isPostgres } from '../support/test-database';
import { LimitsProbe } from '../support/sign-in-limits';

// Two instances behind one proxy share the sign-in counters through Redis: a limit holds however
// the attempts are spread over them, at the same instant.
describe('sign-in limits with REDIS_URL, under concurrency', () => {
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    TRUST_PROXY: 'true',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
  };
  let first: TestApp;
  let second: TestApp;
  let probe: LimitsProbe;
  beforeAll(async () => {
    first = await TestApp.start(env);
    // On PostgreSQL the same database; the embedded one is the process's own, so there the second
    // instance does not know the account, and checks (and counts) its attempts all the same.
    second = await TestApp.start(
      env,
      isPostgres() ? { database: { url: first.settings.DATABASE_URL, drop: async () => undefined } } : {},
    );
    probe = new LimitsProbe([first, second], [await first.listen(), await second.listen()]);
  }, 180_000); // two instances
  afterAll(async () => {
    probe.restore();
    await second.close();
    await first.close();
  });

  it('checks at most 5 of 50 wrong passwords sent at once to two instances, then refuses the right one from that address as locked, and accepts it from another', async () => {
    await probe.burstThenRightPassword(first);
  });
});
