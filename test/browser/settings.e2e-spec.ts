import type { Browser, BrowserContext, Worker } from 'playwright-core';
import { Role } from '../../src/common/roles';
import {
  accessibilityViolations,
  closeAll,
  describeInBrowser,
  launchBrowser,
  phone,
  screenshot,
  signIn,
} from '../support/browser';
import { TestApp } from '../support/test-app';
import { Login, WORLD_PASSWORD } from '../support/world';

/** A push service's host the service accepts endpoints on (this test's stand-in subscriptions). */
const PUSH_HOST = 'push.haven.test';

const PREFERENCES = `{ myNotificationPreferences { topic channels } }`;
const MAILBOX = `query($id: ID!) { provider(id: $id) { onCallEmail } }`;

describeInBrowser('web page: settings and push on this phone', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await TestApp.start({ PUSH_ENDPOINTS_ALLOWED: PUSH_HOST });
    baseURL = await t.listen();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await closeAll(browser);
    await t?.close();
  });

  async function subscriptions(userId: string): Promise<{ endpoint: string; p256dh: string; auth: string }[]> {
    return t.dataSource.query(`SELECT endpoint, p256dh, auth FROM push_subscription WHERE user_id = $1`, [userId]);
  }

  async function settingsOf(login: Login, options: Parameters<typeof phone>[2] = {}) {
    const { context, page } = await phone(browser, baseURL, options);
    await context.grantPermissions(['notifications'], { origin: baseURL });
    await signIn(page, login.email, WORLD_PASSWORD);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    return { context, page };
  }

  it('lets a coordinator turn a topic’s email off, and Haven keeps the choice', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const { context, page } = await settingsOf(coordinator);
    expect(page.url()).toMatch(/#\/settings$/);
    expect(await page.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    // six views, Settings and Sign out: still one row on a phone
    const navTops = await page
      .locator('nav[aria-label="Main"] li')
      .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(navTops).toBe(1);

    const received = page.getByRole('group', { name: 'A referral comes in' });
    await received.getByRole('checkbox', { name: 'Email' }).waitFor();
    expect(
      await page.getByRole('group').evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent)),
    ).toEqual([
      'A referral comes in',
      'A referral is not answered in time',
      'Someone goes missing',
      'Free beds not confirmed',
      'An inspection action is due',
      'Support is ending',
    ]);
    expect(await received.getByRole('checkbox', { name: 'Email' }).isChecked()).toBe(true);
    expect(await received.getByRole('checkbox', { name: 'Push' }).isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-coordinator');

    await received.getByRole('checkbox', { name: 'Email' }).uncheck();
    await page.getByText('Saved: a referral comes in, by push.').waitFor();
    const stored = (await t.gql(PREFERENCES, {}, coordinator.token)).data!.myNotificationPreferences;
    expect(stored.find((p: { topic: string }) => p.topic === 'REFERRAL_RECEIVED').channels).toEqual(['WEB_PUSH']);
    expect(stored.find((p: { topic: string }) => p.topic === 'REFERRAL_OVERDUE').channels).toEqual([
      'EMAIL',
      'WEB_PUSH',
    ]);

    // the page shows what Haven keeps, after a reload too
    await page.reload();
    await received.getByRole('checkbox', { name: 'Push' }).waitFor();
    expect(await received.getByRole('checkbox', { name: 'Email' }).isChecked()).toBe(false);
    expect(await received.getByRole('checkbox', { name: 'Push' }).isChecked()).toBe(true);
    await closeAll(context);
  });

  it('sets the on-call mailbox, and shows a refused address next to the field', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const { context, page } = await settingsOf(coordinator);
    const field = page.getByLabel('On-call email address');
    await field.fill('not an address');
    await page.getByRole('button', { name: 'Save the mailbox' }).click();
    const error = page.locator('#on-call-email-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/onCallEmail/);
    expect(await error.textContent()).toMatch(/email address/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('on-call-email-error');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-mailbox-refused');
    expect(
      (await t.gql(MAILBOX, { id: coordinator.organisationId }, coordinator.token)).data!.provider.onCallEmail,
    ).toBeNull();

    await field.fill('On-Call@Ash-House.example');
    await page.getByRole('button', { name: 'Save the mailbox' }).click();
    await page.getByText('Saved: referrals also go to on-call@ash-house.example.').waitFor();
    expect(await error.count()).toBe(0);
    expect(
      (await t.gql(MAILBOX, { id: coordinator.organisationId }, coordinator.token)).data!.provider.onCallEmail,
    ).toBe('on-call@ash-house.example');
    await closeAll(context);
  });

  it('shows a duty officer only the topics they hear of', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await settingsOf(officer);
    await page.getByRole('group', { name: 'Your referral is answered' }).waitFor();
    expect(await page.getByRole('group').count()).toBe(3);
    expect(await page.getByLabel('On-call email address').count()).toBe(0);
    const navTops = await page
      .locator('nav[aria-label="Main"] li')
      .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(navTops).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-duty-officer');
    await closeAll(context);
  });

  /** The page's service worker, once it runs (Chromium lets a test evaluate code inside it). */
  async function serviceWorker(context: BrowserContext): Promise<Worker> {
    return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }

  it('tries Chromium’s own subscribe and says in plain words that it could not', async () => {
    // Playwright's contexts are off the record, where Chromium refuses push ("permission denied"):
    // this is the real path up to PushManager.subscribe, with no stand-in.
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const { context, page } = await settingsOf(coordinator);
    await page.getByText('Off: this phone does not show Haven’s notifications.').waitFor();
    await page.getByRole('button', { name: 'Turn on notifications on this phone' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/This browser could not subscribe to notifications/);
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/');
      return {
        scope: registration?.scope,
        script: registration?.active?.scriptURL,
        permission: Notification.permission,
      };
    });
    expect(worker).toEqual({ scope: `${baseURL}/`, script: `${baseURL}/sw.js`, permission: 'granted' });
    expect(await subscriptions(coordinator.userId)).toEqual([]);
    await closeAll(context);
  });

  /**
   * A stand-in for the browser's PushManager (subscribe, getSubscription), which cannot reach a push
   * service here: a subscription with a real P-256 key and secret, on a host the service accepts.
   * It records what the page asked subscribe for.
   */
  function standInPushManager() {
    let current: PushSubscription | null = null;
    const asked: { userVisibleOnly?: boolean; applicationServerKey?: number[] }[] = [];
    (window as any).pushAsked = asked;
    PushManager.prototype.getSubscription = async () => current;
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey as Uint8Array;
      asked.push({ userVisibleOnly: options?.userVisibleOnly, applicationServerKey: [...key] });
      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
      const p256dh = await crypto.subtle.exportKey('raw', pair.publicKey);
      const auth = crypto.getRandomValues(new Uint8Array(16)).buffer;
      const endpoint = `https://push.haven.test/send/${crypto.randomUUID()}`;
      current = {
        endpoint,
        options: { userVisibleOnly: true, applicationServerKey: key.buffer },
        getKey: (name: string) => (name === 'p256dh' ? p256dh : auth),
        unsubscribe: async () => {
          current = null;
          return true;
        },
      } as unknown as PushSubscription;
      return current;
    };
  }

  it('turns push on and off on this phone, registering and removing the subscription, and again at sign-out', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const { context, page } = await phone(browser, baseURL);
    await context.grantPermissions(['notifications'], { origin: baseURL });
    await context.addInitScript(standInPushManager);
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Turn on notifications on this phone' }).click();
    await page.getByText('On: this phone shows Haven’s notifications, even with the page closed.').waitFor();

    const publicKey = (await t.gql('{ pushPublicKey }', {}, coordinator.token)).data!.pushPublicKey as string;
    const asked = await page.evaluate(() => (window as any).pushAsked);
    expect(asked).toEqual([{ userVisibleOnly: true, applicationServerKey: [...Buffer.from(publicKey, 'base64url')] }]);
    const [stored] = await subscriptions(coordinator.userId);
    expect(stored.endpoint).toMatch(/^https:\/\/push\.haven\.test\/send\//);
    expect(Buffer.from(stored.p256dh, 'base64url')).toHaveLength(65);
    expect(Buffer.from(stored.auth, 'base64url')).toHaveLength(16);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-push-on');

    await page.getByRole('button', { name: 'Turn off notifications on this phone' }).click();
    await page.getByText('Off: this phone does not show Haven’s notifications.').waitFor();
    expect(await subscriptions(coordinator.userId)).toEqual([]);

    // on again, then sign out: Haven forgets this phone before the session ends
    await page.getByRole('button', { name: 'Turn on notifications on this phone' }).click();
    await page.getByText(/^On: /).waitFor();
    expect(await subscriptions(coordinator.userId)).toHaveLength(1);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    for (let tries = 0; tries < 50 && (await subscriptions(coordinator.userId)).length > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await subscriptions(coordinator.userId)).toEqual([]);
    await closeAll(context);
  });

  it('shows a push message and, tapped, opens its view in the open tab', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const { context, page } = await phone(browser, baseURL);
    await context.grantPermissions(['notifications'], { origin: baseURL });
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('/sw.js');
      await navigator.serviceWorker.ready;
    });
    const worker = await serviceWorker(context);

    // A push as the service sends it, delivered by Chromium itself (DevTools' "Push" button): no
    // push service can reach this machine, but the worker's push event is the browser's own.
    const payload = {
      topic: 'REFERRAL_RECEIVED',
      title: 'New referral for Ash House',
      body: 'Answer by 03:30.',
      url: 'https://haven.example/#/referrals',
      tag: 'referral-1',
    };
    const devtools = await context.newCDPSession(page);
    // its registration, once its worker is activated (a push to one still installing is lost)
    const registered = new Promise<string>((resolve) =>
      devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.find((v) => v.scriptURL === `${baseURL}/sw.js` && v.status === 'activated');
        if (ours) resolve(ours.registrationId);
      }),
    );
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.deliverPushMessage', {
      origin: baseURL,
      registrationId: await registered,
      data: JSON.stringify(payload),
    });
    const shown = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      for (let tries = 0; tries < 50; tries++) {
        const list = await registration.getNotifications();
        if (list.length > 0) return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    });
    expect(shown).toEqual([
      { title: 'New referral for Ash House', body: 'Answer by 03:30.', tag: 'referral-1', data: { url: payload.url } },
    ]);

    // Tapped: no one can tap a headless browser's notification, so the click is an event made and
    // dispatched inside the worker with the notification shown (Chromium refuses waitUntil on an
    // event a script made, and logs it, once the handler has started its work). The handler closes
    // the notification and the open tab goes to the link's route (on this origin).
    expect(page.url()).not.toMatch(/#\/referrals$/);
    await worker.evaluate(async () => {
      const [notification] = await (self as any).registration.getNotifications();
      self.dispatchEvent(new (self as any).NotificationEvent('notificationclick', { notification }));
    });
    await page.waitForURL(`${baseURL}/#/referrals`);
    await page.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    expect(
      await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).length),
    ).toBe(0);
    await closeAll(context);
  });
});
