import { Clock } from '../../src/common/clock';
import { RequestContext } from '../../src/common/request-context';
import { DELETE_BATCH } from '../../src/scheduler/delete-in-batches';
import { NotificationPurgeJob } from '../../src/notifications/notification-purge.job';
import { TestApp } from '../support/test-app';

const NOW = '2027-03-01T12:00:00Z';
const DAY = 86_400_000;

describe('the notification purge', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    t.clock.set(NOW);
  });
  afterAll(() => t.close());

  it('deletes deliveries sent or dropped over 30 days ago, a batch at a time, and keeps failures and events', async () => {
    await t.dataSource.query(
      `INSERT INTO notification_event (key, topic) VALUES ('purge:old', 'REFERRAL_RECEIVED'), ('purge:new', 'REFERRAL_RECEIVED')`,
    );
    const at = (daysAgo: number) => new Date(Date.parse(NOW) - daysAgo * DAY);
    const deliveries = (event: string, status: string, daysAgo: number, count: number) =>
      t.dataSource.query(
        `INSERT INTO notification_delivery (event_key, channel, recipient, link, status, next_attempt_at, sent_at, created_at)
         SELECT $1, 'EMAIL', 'user:' || $2 || n, '#/referrals', $2, $3, $3, $3 FROM generate_series(1, $4) AS n`,
        [event, status, at(daysAgo), count],
      );
    await deliveries('purge:old', 'SENT', 31, DELETE_BATCH + 5); // more than one batch
    await deliveries('purge:old', 'DROPPED', 40, 3);
    await deliveries('purge:old', 'FAILED', 60, 2);
    await deliveries('purge:new', 'SENT', 29, 4);

    const job = t.app.get(NotificationPurgeJob);
    expect(await job.run(RequestContext.system(t.dataSource, t.app.get(Clock)))).toEqual({ deleted: DELETE_BATCH + 8 });
    const left = await t.dataSource.query(
      `SELECT event_key, status, count(*)::int AS n FROM notification_delivery
        WHERE event_key LIKE 'purge:%' GROUP BY event_key, status ORDER BY event_key, status`,
    );
    expect(left).toEqual([
      { event_key: 'purge:new', status: 'SENT', n: 4 },
      { event_key: 'purge:old', status: 'FAILED', n: 2 },
    ]);
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM notification_event WHERE key LIKE 'purge:%'`,
    );
    expect(events).toBe(2);
  });
});
