import { Role } from '../../src/common/roles';
import { SchedulerService } from '../../src/scheduler/scheduler.service';
import { Metrics } from '../../src/metrics/metrics.service';
import { TestApp, errorOf } from '../support/test-app';
import { isPostgres } from '../support/test-database';
import { Login } from '../support/world';
import { BrowserSubscription, MailCatcher, PushReceiver, settle, waitFor } from '../support/notification-receivers';

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status acceptanceDueAt } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { id status } }`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id status } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status } }`;
const DEPART = `mutation($id: ID!) { recordDeparture(placementId: $id, destination: MISSING) { id status } }`;
const UPDATE_PROVIDER = `mutation($id: ID!, $input: UpdateProviderInput!) { updateProvider(id: $id, input: $input) { id name onCallEmail } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { id onCallEmail } }`;
const REGISTER = `mutation($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) }`;
const REMOVE = `mutation($endpoint: String!) { removePushSubscription(endpoint: $endpoint) }`;
const PREFERENCES = `{ myNotificationPreferences { topic channels } }`;
const SET_PREFERENCE = `mutation($topic: NotificationTopic!, $channels: [NotificationChannel!]!) { setNotificationPreference(topic: $topic, channels: $channels) { topic channels } }`;
const FAILURES = `{ notificationFailures { id topic channel recipient attempts lastError lastAttemptAt } }`;
const PUBLIC_URL = 'https://haven.example.org';

/** Details typed about the person and the house's address: none may reach a message. */
const PERSON = {
  preferredName: 'Zinaida Quorrelsby',
  reference: 'CASE-REF-7781-QX',
  accessibilityNeeds: 'Needs a ground-floor room near Flat 9 Quillon Mews',
};

describe('notifications: email and Web Push to the people on call', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let push: PushReceiver;
  let providerId: string;
  let officer: Login;
  let coordinator: Login;
  let quietCoordinator: Login;
  let admin: Login;
  let coordinatorPhone: BrowserSubscription;
  let officerPhone: BrowserSubscription;
  let houseSecrets: string[];
  let houseName: string;
  const onCall = 'on-call-night@provider.example';

  beforeAll(async () => {
    [mail, push] = await Promise.all([MailCatcher.start(), PushReceiver.start()]);
    t = await TestApp.start({
      SMTP_URL: mail.url,
      MAIL_FROM: 'Haven <notices@haven.example.org>',
      PUBLIC_URL,
      PUSH_ENDPOINTS_ALLOWED: push.host,
      NOTIFICATION_POLL_MS: '200',
      NOTIFICATION_RETRY_SECONDS: '1',
      NOTIFICATION_MAX_ATTEMPTS: '3',
    });
    providerId = (await t.world.provider()).id;
    officer = await t.world.login(Role.DUTY_OFFICER);
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    quietCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    admin = await t.world.login(Role.ADMIN);
    coordinatorPhone = push.subscription();
    officerPhone = push.subscription();
    for (const [who, phone] of [
      [coordinator, coordinatorPhone],
      [officer, officerPhone],
    ] as const) {
      const registered = await t.gql(
        REGISTER,
        { input: { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth } },
        who.token,
      );
      expect(registered.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([mail.close(), push.close()]);
  });

  async function house(provider = providerId) {
    const safehouse = await t.world.safehouse(provider, { address: '9 Quillon Mews, Ancoats', postcode: 'M4 6QQ' });
    const bed = await t.world.bed(safehouse.id);
    return { safehouse, bed };
  }

  /** A duty officer's referral (hold, then confirm with the person's details). */
  async function refer(bedId: string, by = officer) {
    const held = await t.gql(HOLD, { input: { bedId, nights: 3 } }, by.token);
    expect(held.errors).toBeUndefined();
    const confirmed = await t.gql(
      CONFIRM,
      {
        input: {
          placementId: held.data!.holdBed.id,
          survivor: {
            ...PERSON,
            gender: 'WOMAN',
            adult: true,
            nrmStatus: 'REFERRED',
            consentToReferral: true,
            languages: ['ro'],
          },
        },
      },
      by.token,
    );
    expect(confirmed.errors).toBeUndefined();
    return confirmed.data!.confirmPlacement as { id: string; status: string; acceptanceDueAt: string };
  }

  function assertNothingPersonal(texts: string[]) {
    const secrets = [...Object.values(PERSON), ...houseSecrets];
    for (const text of texts)
      for (const secret of secrets) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  }

  it('keeps the on-call mailbox for the provider, shown to its staff and ADMIN only', async () => {
    const updated = await t.gql(UPDATE_PROVIDER, { id: providerId, input: { onCallEmail: onCall } }, coordinator.token);
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateProvider.onCallEmail).toBe(onCall);
    for (const [who, seen] of [
      [coordinator, onCall],
      [admin, onCall],
      [officer, null],
    ] as const) {
      const read = await t.gql(PROVIDER, { id: providerId }, who.token);
      expect(read.data!.provider.onCallEmail).toBe(seen);
    }
    const other = await t.world.login(Role.PROVIDER_COORDINATOR);
    const refused = await t.gql(
      UPDATE_PROVIDER,
      { id: providerId, input: { onCallEmail: 'x@y.example' } },
      other.token,
    );
    expect(errorOf(refused).code).toBe('NOT_FOUND');
    const bad = await t.gql(
      UPDATE_PROVIDER,
      { id: providerId, input: { onCallEmail: 'not an address' } },
      coordinator.token,
    );
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.onCallEmail' });
  });

  it("gives each user their role's topics by default, and keeps their choice per topic", async () => {
    const defaults = await t.gql(PREFERENCES, {}, officer.token);
    const byTopic = Object.fromEntries(
      defaults.data!.myNotificationPreferences.map((p: { topic: string; channels: string[] }) => [p.topic, p.channels]),
    );
    expect(byTopic).toMatchObject({
      REFERRAL_ANSWERED: ['EMAIL', 'WEB_PUSH'],
      REFERRAL_OVERDUE: ['EMAIL', 'WEB_PUSH'],
      REFERRAL_RECEIVED: [],
      CAPACITY_STALE: [],
    });
    const set = await t.gql(
      SET_PREFERENCE,
      { topic: 'REFERRAL_RECEIVED', channels: ['WEB_PUSH'] },
      quietCoordinator.token,
    );
    expect(set.data!.setNotificationPreference).toEqual({ topic: 'REFERRAL_RECEIVED', channels: ['WEB_PUSH'] });
    const mine = await t.gql(PREFERENCES, {}, quietCoordinator.token);
    expect(mine.data!.myNotificationPreferences).toContainEqual({ topic: 'REFERRAL_RECEIVED', channels: ['WEB_PUSH'] });
  });

  it("tells the provider's coordinators and its on-call mailbox of a referral within seconds, with no personal data", async () => {
    const { safehouse, bed } = await house();
    houseName = safehouse.name;
    houseSecrets = [safehouse.address, safehouse.postcode];
    const started = Date.now();
    const referral = await refer(bed.id);
    expect(referral.status).toBe('AWAITING_ACCEPTANCE');
    const received = () =>
      mail.received.filter((m) => m.subject.includes('New referral') && m.text.includes(houseName));
    await waitFor(
      'the referral by email and push',
      () => received().length >= 2 && push.to(coordinatorPhone).length >= 1,
    );
    const latency = Math.max(...received().map((m) => m.at), push.to(coordinatorPhone)[0].at) - started;
    expect(latency).toBeLessThan(5000);
    await settle(800);
    const emails = received();
    // the coordinator and the mailbox, once each; the coordinator who chose push only gets no email
    expect(emails.flatMap((m) => m.to).sort()).toEqual([coordinator.email, onCall].sort());
    expect(mail.to(quietCoordinator.email)).toEqual([]);
    const [notice] = push.to(coordinatorPhone);
    expect(push.to(coordinatorPhone)).toHaveLength(1);
    expect(notice.payload).toMatchObject({ topic: 'REFERRAL_RECEIVED', url: `${PUBLIC_URL}/#/referrals` });
    expect(notice.payload.title).toContain(houseName);
    expect(notice.authorization).toMatch(/^vapid t=.+, k=.+/);
    for (const email of emails) {
      expect(email.from).toBe('notices@haven.example.org');
      expect(email.text).toContain(`${PUBLIC_URL}/#/referrals`);
      expect(email.raw).toMatch(/Content-Type: text\/plain/);
      expect(email.raw).toMatch(/Content-Type: text\/html/);
    }
    assertNothingPersonal([...emails.map((m) => m.text), ...emails.map((m) => m.raw), notice.text]);
    // nor does the duty officer hear of their own referral being received
    expect(push.to(officerPhone)).toEqual([]);
  });

  it('writes a referral and its notices together, or neither', async () => {
    const { bed } = await house();
    const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 3 } }, officer.token);
    const placementId = held.data!.holdBed.id;
    // The outbox refuses its rows, as a full disk or a dropped connection would, after the referral was written.
    await t.dataSource.query(`CREATE FUNCTION refuse_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER refuse_delivery BEFORE INSERT ON notification_delivery FOR EACH ROW EXECUTE FUNCTION refuse_delivery()`,
    );
    try {
      const survivor = { ...PERSON, gender: 'WOMAN', adult: true, nrmStatus: 'REFERRED', consentToReferral: true };
      const refused = await t.gql(CONFIRM, { input: { placementId, survivor } }, officer.token);
      expect(errorOf(refused).code).toBe('INTERNAL_SERVER_ERROR');
      const [placement] = await t.dataSource.query(`SELECT status, survivor_id FROM placement WHERE id = $1`, [
        placementId,
      ]);
      expect(placement).toEqual({ status: 'HELD', survivor_id: null }); // no referral
      const events = await t.dataSource.query(`SELECT 1 FROM notification_event WHERE key = $1`, [
        `referral-received:${placementId}`,
      ]);
      expect(events).toEqual([]); // and no notice
    } finally {
      await t.dataSource.query(`DROP TRIGGER refuse_delivery ON notification_delivery`);
      await t.dataSource.query(`DROP FUNCTION refuse_delivery()`);
    }
  });

  it('tells the provider of an instant booking too: someone is on the way', async () => {
    const safehouse = await t.world.safehouse(providerId, { instantBooking: true });
    const bed = await t.world.bed(safehouse.id);
    const booking = await refer(bed.id);
    expect(booking.status).toBe('CONFIRMED');
    const booked = () => mail.received.filter((m) => m.subject.includes(`New booking: ${safehouse.name}`));
    await waitFor('the booking notice', () => booked().length === 2);
    expect(booked()[0].text).toContain('someone is on the way');
    expect(
      booked()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([coordinator.email, onCall].sort());
  });

  it('tells the referring officer the answer, and both sides of a MISSING departure', async () => {
    const { bed } = await house();
    const referral = await refer(bed.id);
    expect((await t.gql(ACCEPT, { id: referral.id }, coordinator.token)).errors).toBeUndefined();
    await waitFor('the answer', () => mail.to(officer.email).some((m) => m.subject.includes('Referral accepted')));
    await waitFor('the answer by push', () =>
      push.to(officerPhone).some((p) => p.payload.topic === 'REFERRAL_ANSWERED'),
    );
    const answer = push.to(officerPhone).find((p) => p.payload.topic === 'REFERRAL_ANSWERED')!;
    expect(answer.payload.url).toBe(`${PUBLIC_URL}/#/placement/${referral.id}`);

    const declined = await refer((await house()).bed.id);
    expect((await t.gql(DECLINE, { id: declined.id }, coordinator.token)).errors).toBeUndefined();
    await waitFor('the decline', () => mail.to(officer.email).some((m) => m.subject.includes('Referral declined')));

    expect((await t.gql(ARRIVE, { id: referral.id }, coordinator.token)).errors).toBeUndefined();
    expect((await t.gql(DEPART, { id: referral.id }, coordinator.token)).errors).toBeUndefined();
    await waitFor(
      'the missing alert to both sides',
      () =>
        mail.to(officer.email).some((m) => m.subject.includes('missing')) &&
        mail.to(coordinator.email).some((m) => m.subject.includes('missing')),
    );
    assertNothingPersonal([...mail.received.map((m) => m.text), ...push.received.map((p) => p.text)]);
  });

  it('retries a refusing SMTP server with a growing wait, then shows the failure to ADMIN', async () => {
    const refusing = 'refuses-everything@provider.example';
    mail.refuse(refusing, 550, 'Mailbox unavailable here');
    const otherProvider = (await t.world.provider()).id;
    const boss = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    expect(
      (await t.gql(UPDATE_PROVIDER, { id: otherProvider, input: { onCallEmail: refusing } }, boss.token)).errors,
    ).toBeUndefined();
    await refer((await house(otherProvider)).bed.id);
    await waitFor('three attempts', () => mail.attempts.filter((a) => a.to === refusing).length >= 3, 15_000);
    const times = mail.attempts.filter((a) => a.to === refusing).map((a) => a.at);
    // waits of 1 s, then 2 s (NOTIFICATION_RETRY_SECONDS=1, doubling)
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(900);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(1900);
    expect(times[2] - times[1]).toBeGreaterThan(times[1] - times[0]);
    let failures: any[] = [];
    await waitFor('the failure recorded', async () => {
      failures = (await t.gql(FAILURES, {}, admin.token)).data!.notificationFailures;
      return failures.some((f) => f.recipient === refusing);
    });
    expect(failures.find((f) => f.recipient === refusing)).toMatchObject({
      topic: 'REFERRAL_RECEIVED',
      channel: 'EMAIL',
      attempts: 3,
      lastError: expect.stringContaining('550'),
    });
    await settle(2500);
    expect(mail.attempts.filter((a) => a.to === refusing)).toHaveLength(3); // given up: no fourth
    // the coordinator's own email got through meanwhile
    expect(mail.to(boss.email)).toHaveLength(1);
    expect(errorOf(await t.gql(FAILURES, {}, coordinator.token)).code).toBe('FORBIDDEN');
    const [audited] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'notification.failed'`,
    );
    expect(audited.n).toBeGreaterThanOrEqual(1);
    // GET /metrics counts each attempt by channel and what became of it
    const metrics = await t.app.get(Metrics).scrape();
    const count = (outcome: string) =>
      Number(
        metrics.match(
          new RegExp(`haven_notification_deliveries_total\\{channel="email",outcome="${outcome}"\\} (\\d+)`),
        )?.[1] ?? 0,
      );
    expect(count('retry')).toBeGreaterThanOrEqual(2);
    expect(count('failed')).toBeGreaterThanOrEqual(1);
    expect(count('sent')).toBeGreaterThanOrEqual(1);
  });

  it("will not let another browser take over a phone's subscription, and keeps each person's cap under a burst", async () => {
    const phone = push.subscription();
    const owner = await t.world.login(Role.PROVIDER_COORDINATOR, (await t.world.provider()).id);
    const stranger = await t.world.login(Role.DUTY_OFFICER);
    const input = { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth };
    expect((await t.gql(REGISTER, { input }, owner.token)).errors).toBeUndefined();
    const other = push.subscription();
    const taken = await t.gql(
      REGISTER,
      { input: { ...input, p256dh: other.p256dh, auth: other.auth } },
      stranger.token,
    );
    expect(errorOf(taken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endpoint' });
    const [held] = await t.dataSource.query(`SELECT user_id FROM push_subscription WHERE endpoint = $1`, [
      phone.endpoint,
    ]);
    expect(held.user_id).toBe(owner.userId);
    // the same browser subscription (the same keys) moves to whoever signs in on that phone
    expect((await t.gql(REGISTER, { input }, stranger.token)).errors).toBeUndefined();

    const busy = await t.world.login(Role.COMMISSIONER);
    await Promise.all(
      Array.from({ length: 30 }, () => {
        const device = push.subscription();
        return t.gql(
          REGISTER,
          { input: { endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth } },
          busy.token,
        );
      }),
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM push_subscription WHERE user_id = $1`, [
      busy.userId,
    ]);
    expect(n).toBe(20);
  });

  it('tells nobody whose access changed: their waiting notices are dropped and their phones forgotten', async () => {
    const otherProvider = (await t.world.provider()).id;
    const leaving = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    const phone = push.subscription();
    const registered = await t.gql(
      REGISTER,
      { input: { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth } },
      leaving.token,
    );
    expect(registered.errors).toBeUndefined();
    push.answer(phone, 500); // the push service is down: the notice waits to be tried again
    await refer((await house(otherProvider)).bed.id);
    await waitFor('a first attempt', () => push.posts.some((p) => p.subscription === phone.id));
    const deactivate = await t.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { id active } }`,
      { id: leaving.userId },
      admin.token,
    );
    expect(deactivate.errors).toBeUndefined();
    const waiting = await t.dataSource.query(
      `SELECT status FROM notification_delivery WHERE recipient = $1 OR push_subscription_id IS NULL AND last_error = 'the recipient''s access changed'`,
      [`user:${leaving.userId}`],
    );
    expect(waiting.map((row: { status: string }) => row.status)).not.toContain('PENDING');
    const phones = await t.dataSource.query(`SELECT 1 FROM push_subscription WHERE user_id = $1`, [leaving.userId]);
    expect(phones).toEqual([]);
    push.answer(phone, 201);
    await settle(2500);
    expect(push.posts.filter((p) => p.subscription === phone.id && p.status < 300)).toEqual([]);
  });

  // Needs a second connection: the embedded database has one, which the open transaction would keep.
  (isPostgres() ? it : it.skip)(
    'writes nothing for someone deactivated while a referral to them was being written',
    async () => {
      const otherProvider = (await t.world.provider()).id;
      const leaving = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
      const staying = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
      const { bed } = await house(otherProvider);
      const anotherOfficer = await t.world.login(Role.DUTY_OFFICER);
      // an ADMIN's deactivation, its user row changed and locked, not yet committed
      const deactivation = t.dataSource.createQueryRunner();
      await deactivation.connect();
      await deactivation.startTransaction();
      const [{ pid }] = await deactivation.query('SELECT pg_backend_pid() AS pid');
      await deactivation.query('UPDATE user_account SET active = false WHERE id = $1', [leaving.userId]);
      let referred = false;
      const referral = refer(bed.id, anotherOfficer).then(() => (referred = true));
      try {
        // the referral reads who hears of it, and waits for the deactivation to end (asked from outside
        // its transaction, which would keep one snapshot of pg_stat_activity); or, without that lock, is done
        await waitFor(
          'the referral waiting on the deactivation, or done',
          async () =>
            referred ||
            (
              await t.dataSource.query(
                'SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1::int = ANY (pg_blocking_pids(pid))',
                [pid],
              )
            )[0].n > 0,
        );
        await deactivation.commitTransaction();
      } finally {
        if (deactivation.isTransactionActive) await deactivation.rollbackTransaction();
        await deactivation.release();
      }
      await referral;
      const written = await t.dataSource.query(
        `SELECT recipient FROM notification_delivery WHERE recipient = ANY($1::text[]) AND status IN ('PENDING', 'SENT')`,
        [[`user:${leaving.userId}`, `user:${staying.userId}`]],
      );
      expect(written.map((row: { recipient: string }) => row.recipient)).toEqual([`user:${staying.userId}`]);
    },
  );

  it('removes a subscription the push service says is gone (410)', async () => {
    const otherProvider = (await t.world.provider()).id;
    const boss = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    const [kept, gone] = [push.subscription(), push.subscription()];
    for (const phone of [kept, gone]) {
      const registered = await t.gql(
        REGISTER,
        { input: { endpoint: phone.endpoint, p256dh: phone.p256dh, auth: phone.auth } },
        boss.token,
      );
      expect(registered.errors).toBeUndefined();
    }
    push.answer(gone, 410);
    await refer((await house(otherProvider)).bed.id);
    await waitFor('the live phone', () => push.to(kept).length === 1);
    await waitFor('the subscription removed', async () => {
      const rows = await t.dataSource.query(`SELECT 1 FROM push_subscription WHERE endpoint = $1`, [gone.endpoint]);
      return rows.length === 0;
    });
    expect(push.posts.filter((p) => p.subscription === gone.id)).toEqual([expect.objectContaining({ status: 410 })]);
    const [still] = await t.dataSource.query(`SELECT count(*)::int AS n FROM push_subscription WHERE endpoint = $1`, [
      kept.endpoint,
    ]);
    expect(still.n).toBe(1);
    // a second referral goes only to the phone that is still there
    await refer((await house(otherProvider)).bed.id);
    await waitFor('the second notice', () => push.to(kept).length === 2);
    expect(push.posts.filter((p) => p.subscription === gone.id)).toHaveLength(1);
    expect((await t.gql(REMOVE, { endpoint: kept.endpoint }, boss.token)).data!.removePushSubscription).toBe(true);
    expect((await t.gql(REMOVE, { endpoint: kept.endpoint }, boss.token)).data!.removePushSubscription).toBe(false);
  });

  it('refuses a push endpoint that is not https on a public address, naming the field', async () => {
    const phone = push.subscription();
    for (const endpoint of [
      'https://127.0.0.1/push/1',
      'https://10.1.2.3/push/1',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/push',
      'https://localhost/push',
      'http://push.example.com/push/1',
      'ftp://push.example.com/1',
      'not a url',
      `http://127.0.0.1:${push.port + 1}/push/1`, // an allowed host names its port
    ]) {
      const refused = await t.gql(
        REGISTER,
        { input: { endpoint, p256dh: phone.p256dh, auth: phone.auth } },
        officer.token,
      );
      expect([endpoint, errorOf(refused).code, errorOf(refused).field]).toEqual([
        endpoint,
        'BAD_USER_INPUT',
        'input.endpoint',
      ]);
    }
    const badKey = await t.gql(
      REGISTER,
      { input: { endpoint: phone.endpoint, p256dh: 'abc', auth: phone.auth } },
      officer.token,
    );
    expect(errorOf(badKey)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.p256dh' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM push_subscription WHERE user_id = $1`, [
      officer.userId,
    ]);
    expect(n).toBe(1); // only the phone registered at the start
  });

  it('gives the same VAPID public key to everyone, kept in the database', async () => {
    const keys = await Promise.all(
      [officer, coordinator].map(async (who) => (await t.gql(`{ pushPublicKey }`, {}, who.token)).data!.pushPublicKey),
    );
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(keys[1]).toBe(keys[0]);
    const [row] = await t.dataSource.query(`SELECT public_key FROM vapid_key`);
    expect(row.public_key).toBe(keys[0]);
  });

  // Last: it moves the clock.
  it('escalates an unanswered referral once when overdue, and tells the officer once when it lapses', async () => {
    const scheduler = t.app.get(SchedulerService);
    await scheduler.runDue(); // whatever was due before this test
    const { safehouse, bed } = await house();
    const referral = await refer(bed.id);
    const overdue = () =>
      mail.received.filter((m) => m.subject.includes('not answered') && m.text.includes(safehouse.name));
    t.clock.advance(20 * 60_000);
    await scheduler.runDue();
    await settle(600);
    expect(overdue()).toEqual([]); // not yet due

    t.clock.advance(11 * 60_000); // 31 minutes: past acceptanceDueAt
    await scheduler.runDue();
    await waitFor('the overdue escalation', () => overdue().length >= 4);
    for (const minutes of [1, 1, 30]) {
      t.clock.advance(minutes * 60_000);
      await scheduler.runDue();
    }
    await settle(1000);
    expect(
      overdue()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([coordinator.email, quietCoordinator.email, officer.email, onCall].sort()); // the quiet one turned off only REFERRAL_RECEIVED by email
    const overduePushes = () =>
      push.received.filter((p) => p.payload.topic === 'REFERRAL_OVERDUE' && p.payload.title.includes(safehouse.name));
    expect(
      overduePushes()
        .map((p) => p.subscription)
        .sort(),
    ).toEqual([coordinatorPhone.id, officerPhone.id].sort());
    expect(new Date(referral.acceptanceDueAt).getTime()).toBeLessThan(t.clock.now().getTime());

    t.clock.advance(4 * 60 * 60_000); // past the four hours: lapsed
    await scheduler.runDue();
    const lapsed = () =>
      mail.to(officer.email).filter((m) => m.subject.includes('Referral lapsed') && m.text.includes(safehouse.name));
    await waitFor('the lapse', () => lapsed().length >= 1);
    t.clock.advance(60_000);
    await scheduler.runDue();
    await settle(1000);
    expect(lapsed()).toHaveLength(1);
    expect(overdue()).toHaveLength(4);
    assertNothingPersonal(mail.received.map((m) => m.text));
  });
});
