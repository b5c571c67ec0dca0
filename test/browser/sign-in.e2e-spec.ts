import type { Browser } from 'playwright-core';
import { Role } from '../../src/common/roles';
import {
  accessibilityViolations,
  closeAll,
  describeInBrowser,
  startBrowserSuite,
  stopBrowserSuite,
  phone,
  screenshot,
  signIn,
  focusedId,
} from '../support/browser';
import { TestApp, errorOf } from '../support/test-app';
import { WORLD_PASSWORD } from '../support/world';

describeInBrowser('web page: sign-in', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => ({ t, baseURL, browser } = await startBrowserSuite()));

  afterAll(() => stopBrowserSuite({ t, browser }));

  it('signs in with the service login, keeps the token for the tab only, and signs out', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Haven' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await page.getByLabel('Email').fill(officer.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('That email address and password do not match an account.');

    await page.getByLabel('Password').fill(WORLD_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const storage = await page.evaluate(() => ({
      session: sessionStorage.getItem('haven.token'),
      local: Object.keys(localStorage).length,
      cookies: document.cookie,
    }));
    expect(storage.session).toMatch(/^ey/);
    expect(storage.local).toBe(0);
    expect(storage.cookies).toBe('');

    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    const other = await phone(browser, baseURL);
    await other.page.goto('/');
    await other.page.getByLabel('Email').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('haven.token'))).toBeNull();
    // the session ended on the server too: the token is no good to anyone who copied it
    let refused = false;
    for (let tries = 0; tries < 50 && !refused; tries++) {
      refused = errorOf(await t.gql('{ me { id } }', {}, storage.session!)).code === 'UNAUTHENTICATED';
      if (!refused) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(refused).toBe(true);
    await closeAll(context, other.context);
  });

  it('says in plain words when the service cannot be reached, and keeps the form', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL);
    await page.goto('/');
    await page.route('**/graphql', (route) => route.abort('connectionfailed'));
    await page.getByLabel('Email').fill(officer.email);
    await page.getByLabel('Password').fill(WORLD_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/could not be reached/);
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await closeAll(context);
  });

  it('works from the keyboard alone: fields in order, Enter signs in, the skip link reaches the content', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL, { isMobile: false, hasTouch: false });
    await page.goto('/');
    await page.getByLabel('Email').waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedId(page, 'email')).toBe('email');
    await page.keyboard.type(officer.email);
    await page.keyboard.press('Tab');
    expect(await focusedId(page, 'password')).toBe('password');
    await page.keyboard.type(WORLD_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    // Focus lands on the new view's heading, where a screen reader starts reading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find a bed');

    // Back up through the navigation to the skip link, the first stop on the page.
    const skip = page.getByRole('link', { name: 'Skip to content' });
    for (let presses = 0; presses < 10; presses++) {
      if (await skip.evaluate((link) => link === document.activeElement)) break;
      await page.keyboard.press('Shift+Tab');
    }
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focusedId(page, 'main')).toBe('main');
    await closeAll(context);
  });

  it('meets the same contrast and labelling rules in light mode, when the device asks for it', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL, { colorScheme: 'light' });
    await page.goto('/');
    await page.getByLabel('Email').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 247, 249)');
    expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-search-light');
    await closeAll(context);
  });

  it('loads and signs in over a slow mobile connection, sending the script compressed', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL);
    // Roughly "slow 3G": 400 ms round trips, 50 kB/s each way.
    const network = await context.newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    const started = Date.now();
    await signIn(page, officer.email, WORLD_PASSWORD);
    const seconds = (Date.now() - started) / 1000;
    const script = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => ({ transferred: entry.transferSize, decoded: entry.decodedBodySize })),
    );
    expect(script).toHaveLength(1);
    expect(script[0].transferred).toBeLessThan(150 * 1024);
    expect(script[0].transferred).toBeLessThan(script[0].decoded / 2); // sent compressed
    process.stdout.write(
      `slow connection: signed in after ${seconds.toFixed(1)} s; script ${script[0].transferred} B sent for ${script[0].decoded} B\n`,
    );
    await closeAll(context);
  });

  it('drops a session the service no longer accepts back to the sign-in form', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await page.evaluate(() => sessionStorage.setItem('haven.token', 'ey.not.valid'));
    await page.reload();
    await page.getByLabel('Email').waitFor();
    await closeAll(context);
  });
});
