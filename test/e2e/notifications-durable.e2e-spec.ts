import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';
import { TestDatabase, createTestDatabase, isPostgres } from '../support/test-database';
import { Login } from '../support/world';
import { MailCatcher, PushReceiver, settle, waitFor } from '../support/notification-receivers';

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const REGISTER = `mutation($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) }`;

/**
 * The outbox across processes: what one instance wrote is sent by another, once. Two apps on one
 * database stand in for two processes (or one process and its restart).
 */
describe('notifications: durable across restarts and instances', () => {
  let mail: MailCatcher;
  let push: PushReceiver;

  beforeAll(async () => {
    [mail, push] = await Promise.all([MailCatcher.start(), PushReceiver.start()]);
  });
  afterAll(async () => {
    await Promise.all([mail.close(), push.close()]);
  });

  const env = (extra: Record<string, string> = {}) => ({
    SMTP_URL: mail.url,
    PUSH_ENDPOINTS_ALLOWED: push.host,
    NOTIFICATION_POLL_MS: '200',
    ...extra,
  });

  /** One database two apps can open, one after the other (PGlite: a folder) or side by side (PostgreSQL). */
  async function sharedDatabase(): Promise<{ url: string; keep: TestDatabase; last: TestDatabase }> {
    if (isPostgres()) {
      const database = await createTestDatabase();
      return { url: database.url, keep: { url: database.url, drop: async () => undefined }, last: database };
    }
    const folder = mkdtempSync(join(tmpdir(), 'haven-notify-'));
    const url = `pglite://${folder}`;
    const database = { url, drop: async () => rmSync(folder, { recursive: true, force: true }) };
    return { url, keep: { url, drop: async () => undefined }, last: database };
  }

  async function referral(t: TestApp, officer: Login, bedId: string, name: string) {
    const held = await t.gql(HOLD, { input: { bedId, nights: 2 } }, officer.token);
    expect(held.errors).toBeUndefined();
    const confirmed = await t.gql(
      CONFIRM,
      {
        input: {
          placementId: held.data!.holdBed.id,
          survivor: {
            preferredName: name,
            gender: 'WOMAN',
            adult: true,
            nrmStatus: 'REFERRED',
            consentToReferral: true,
          },
        },
      },
      officer.token,
    );
    expect(confirmed.errors).toBeUndefined();
    return confirmed.data!.confirmPlacement.id as string;
  }

  it('sends after a restart what a process wrote and died before sending, once', async () => {
    const db = await sharedDatabase();
    // The first process commits referrals and their outbox rows, and stops before its sender runs.
    const first = await TestApp.start(env({ NOTIFICATION_SENDER: 'off' }), { database: db.keep });
    const providerId = (await first.world.provider()).id;
    const coordinator = await first.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const officer = await first.world.login(Role.DUTY_OFFICER);
    const phone = push.subscription();
    expect(
      (
        await first.gql(
          REGISTER,
          { input: { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth } },
          coordinator.token,
        )
      ).errors,
    ).toBeUndefined();
    const house = await first.world.safehouse(providerId);
    for (let i = 0; i < 3; i++) await referral(first, officer, (await first.world.bed(house.id)).id, `Restart ${i}`);
    const [{ pending }] = await first.dataSource.query(
      `SELECT count(*)::int AS pending FROM notification_delivery WHERE status = 'PENDING'`,
    );
    expect(pending).toBe(6); // 3 referrals × (email + push) to the coordinator
    await settle(600);
    await first.close();
    expect(mail.to(coordinator.email)).toEqual([]);
    expect(push.to(phone)).toEqual([]);

    // The restart sends them, each once.
    const second = await TestApp.start(env(), { database: db.last });
    try {
      await waitFor(
        'the outbox sent after the restart',
        () => mail.to(coordinator.email).length >= 3 && push.to(phone).length >= 3,
      );
      await settle(1500);
      expect(mail.to(coordinator.email)).toHaveLength(3);
      expect(push.to(phone)).toHaveLength(3);
      const [{ sent }] = await second.dataSource.query(
        `SELECT count(*)::int AS sent FROM notification_delivery WHERE status = 'SENT'`,
      );
      expect(sent).toBe(6);
    } finally {
      await second.close();
    }
  });

  (isPostgres() ? it : it.skip)('delivers each message once from two instances on one PostgreSQL', async () => {
    const db = await sharedDatabase();
    const [a, b] = [
      await TestApp.start(env(), { database: db.keep }),
      await TestApp.start(env(), { database: db.last }),
    ];
    try {
      const providerId = (await a.world.provider()).id;
      const coordinators = [
        await a.world.login(Role.PROVIDER_COORDINATOR, providerId),
        await a.world.login(Role.PROVIDER_COORDINATOR, providerId),
      ];
      const phones = [push.subscription(), push.subscription()];
      for (const [i, phone] of phones.entries()) {
        const registered = await a.gql(
          REGISTER,
          { input: { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth } },
          coordinators[i].token,
        );
        expect(registered.errors).toBeUndefined();
      }
      const officers = [await a.world.login(Role.DUTY_OFFICER), await b.world.login(Role.DUTY_OFFICER)];
      const referrals = 20;
      // a house each, so every message names the one referral it is about
      const houses = await Promise.all(Array.from({ length: referrals }, () => a.world.safehouse(providerId)));
      const made = await Promise.all(
        houses.map(async (house, i) => {
          const app = i % 2 === 0 ? a : b;
          const bed = await app.world.bed(house.id);
          return referral(app, officers[i % 2], bed.id, `Twice ${i}`);
        }),
      );
      expect(new Set(made).size).toBe(referrals);
      const expected = referrals * coordinators.length;
      await waitFor(
        'every message at the receivers',
        () =>
          coordinators.reduce((n, c) => n + mail.to(c.email).length, 0) >= expected &&
          phones.reduce((n, p) => n + push.to(p).length, 0) >= expected,
        30_000,
      );
      await settle(2000);
      // copies per recipient and referral, counted where they arrived
      const copies = new Map<string, number>();
      const count = (key: string) => copies.set(key, (copies.get(key) ?? 0) + 1);
      for (const c of coordinators) for (const m of mail.to(c.email)) count(`${c.email} ${m.subject}`);
      for (const p of phones) for (const n of push.to(p)) count(`${p.id} ${n.payload.title}`);
      expect(copies.size).toBe(2 * expected);
      const duplicates = [...copies.values()].reduce((n, k) => n + k - 1, 0);
      process.stdout.write(
        `two instances on one PostgreSQL: ${referrals} referrals, ${copies.size} messages expected and received; duplicates ${duplicates}\n`,
      );
      expect(duplicates).toBe(0);
      const [{ sent, other }] = await a.dataSource.query(
        `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status <> 'SENT')::int AS other
           FROM notification_delivery`,
      );
      expect({ sent, other }).toEqual({ sent: 2 * expected, other: 0 });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
