import type { Browser, Page, Route, WebSocketRoute } from 'playwright-core';
import { Role } from '../../src/common/roles';
import {
  accessibilityViolations,
  closeAll,
  describeInBrowser,
  phone,
  screenshot,
  signIn,
  startBrowserSuite,
  stopBrowserSuite,
} from '../support/browser';
import { TestApp } from '../support/test-app';
import { WORLD_PASSWORD } from '../support/world';

/** Chooses where and who, and searches. */
async function searchFromTown(page: Page, town: string) {
  await page.getByLabel('Or pick a town').selectOption(town);
  await page.getByLabel('Gender').selectOption('WOMAN');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#results-heading').waitFor();
}

function card(page: Page, area: string) {
  return page.locator('li.result').filter({ has: page.getByRole('heading', { name: area, exact: true }) });
}

/** Resolves when the page has subscribed to availability changes on its websocket. */
function subscribedToAvailability(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        if (String(frame.payload).includes('availabilityChanged')) resolve();
      }),
    );
  });
}

/** Waits until `done` holds (polling), or fails after `ms`. */
async function until(done: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The line that says whether the results are live. */
function liveLine(page: Page) {
  return page.locator('.live-line .badge');
}

/**
 * Lets the page's GraphQL requests through, except that each holdBed reaches Haven and its answer
 * is dropped on the way back while `dropHolds` says so, and every request fails while `down` (no
 * signal at all). Returns the idempotency keys of the holds sent and the holds Haven made.
 */
async function badSignal(page: Page, dropHolds: (sent: number) => boolean) {
  const keys: string[] = [];
  const made: string[] = [];
  const signal = { down: false };
  await page.route('**/graphql', async (route: Route) => {
    const body = route.request().postDataJSON() as { query?: string; variables?: { input?: Record<string, any> } };
    const isHold = Boolean(body?.query?.includes('holdBed'));
    if (isHold) keys.push(body.variables!.input!.idempotencyKey);
    if (signal.down && !(isHold && dropHolds(keys.length))) return route.abort('internetdisconnected');
    if (!isHold || !dropHolds(keys.length)) return route.fallback();
    const response = await route.fetch();
    const answer = (await response.json()) as { data?: { holdBed?: { id: string } } };
    if (answer.data?.holdBed) made.push(answer.data.holdBed.id);
    return route.abort('connectionreset');
  });
  return { keys, made, signal };
}

describeInBrowser('web page: duty officer on a bad signal', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => ({ t, baseURL, browser } = await startBrowserSuite()));

  afterAll(() => stopBrowserSuite({ t, browser }));

  /** One house with one bed near `town`, and an officer to hold it. */
  async function oneBed(area: string, latitude: number, longitude: number) {
    const provider = await t.world.provider({ name: `${area} Refuge` });
    const house = await t.world.safehouse(provider.id, { area, latitude, longitude, instantBooking: true });
    const bed = await t.world.bed(house.id, { label: 'Room 4' });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    return { bed, officer };
  }

  async function holdsOf(bedId: string, userId: string): Promise<{ id: string; status: string }[]> {
    return t.dataSource.query(`SELECT id, status FROM placement WHERE bed_id = $1 AND referrer_id = $2`, [
      bedId,
      userId,
    ]);
  }

  it('holds the bed once when the answer to Hold is lost: the page sends the same hold again by itself and opens it', async () => {
    const { bed, officer } = await oneBed('Sunderland', 54.9069, -1.3838);
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Sunderland');
    const lost = await badSignal(page, (sent) => sent === 1);

    await card(page, 'Sunderland').getByRole('button', { name: 'Hold Room 4 in Sunderland' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();

    expect(lost.made).toHaveLength(1);
    expect(page.url()).toMatch(new RegExp(`#/hold/${lost.made[0]}$`));
    expect(lost.keys).toHaveLength(2);
    expect(new Set(lost.keys).size).toBe(1);
    expect(await holdsOf(bed.id, officer.userId)).toEqual([{ id: lost.made[0], status: 'HELD' }]);
    expect(await page.getByRole('button', { name: 'Confirm placement' }).count()).toBe(1);
    await closeAll(context);
  });

  it('when no answer comes at all, shows the bed the live results dropped as the officer\'s own — "You already hold this bed — continue" — never "no beds"', async () => {
    const { bed, officer } = await oneBed('Durham', 54.7761, -1.5733);
    const { context, page } = await phone(browser, baseURL);
    const live = subscribedToAvailability(page);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Durham');
    await live;
    await page.getByText('Kept up to date as beds are taken').waitFor();
    expect(await liveLine(page).textContent()).toBe('Live');
    const lost = await badSignal(page, () => true);

    await card(page, 'Durham').getByRole('button', { name: 'Hold Room 4 in Durham' }).click();
    await page.getByRole('heading', { name: 'You already hold this bed' }).waitFor({ timeout: 30_000 });
    // Its own hold took the only bed: the results say so, and offer no wider search as if nothing was found.
    await page.getByRole('heading', { name: 'No other free beds' }).waitFor();
    expect(await page.getByRole('heading', { name: 'No beds found' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Search within/ }).count()).toBe(0);
    expect(await page.getByText('no free bed any more').count()).toBe(0);
    expect(await page.locator('.own-holds').textContent()).toContain('Room 4 in Durham, held until');

    // Every send carried one key: Haven held the bed once, however many times the hold went.
    await until(() => lost.keys.length === 4);
    await page.getByText('No answer yet').waitFor({ state: 'detached' });
    expect(new Set(lost.keys).size).toBe(1);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(new Set(lost.made).size).toBe(1);
    const holds = await holdsOf(bed.id, officer.userId);
    expect(holds).toEqual([{ id: lost.made[0], status: 'HELD' }]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-you-already-hold');

    await page.unroute('**/graphql');
    await page.getByRole('link', { name: 'Continue with Room 4 in Durham' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/hold/${holds[0].id}$`));
    await page.getByRole('button', { name: 'Confirm placement' }).waitFor();
    await closeAll(context);
  });

  it('after the automatic retries, "Try again" sends the same hold; a socket that never answers is not called live', async () => {
    const { bed, officer } = await oneBed('Carlisle', 54.8925, -2.9329);
    const { context, page } = await phone(browser, baseURL);
    // A socket that never answers: the page must not claim to be live.
    await page.routeWebSocket('**/graphql', () => undefined);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Carlisle');
    await liveLine(page).filter({ hasText: 'Not live' }).waitFor();
    expect(await page.locator('.live-line').textContent()).toContain('Reconnecting');

    // The hold reaches Haven, then the signal goes altogether: no answer, and no way to look.
    const lost = await badSignal(page, (sent) => sent === 1);
    lost.signal.down = true;
    await card(page, 'Carlisle').getByRole('button', { name: 'Hold Room 4 in Carlisle' }).click();
    const tryAgain = page.getByRole('button', { name: 'Try again' });
    await tryAgain.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').textContent()).toContain('the hold may or may not have gone through');
    expect(lost.keys).toHaveLength(4);
    expect(new Set(lost.keys).size).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-hold-unanswered');

    lost.signal.down = false;
    await tryAgain.click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/hold/${lost.made[0]}$`));
    expect(lost.keys).toHaveLength(5);
    expect(new Set(lost.keys).size).toBe(1);
    expect(await holdsOf(bed.id, officer.userId)).toEqual([{ id: lost.made[0], status: 'HELD' }]);
    await closeAll(context);
  });

  it('says the phone is offline before the officer taps, and holds by itself when the signal is back', async () => {
    const { bed, officer } = await oneBed('Lancaster', 54.0466, -2.8007);
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Lancaster');
    const offline = page.getByText('No signal: this phone is offline.', { exact: false });
    expect(await offline.count()).toBe(0);

    await context.setOffline(true);
    await offline.waitFor();
    expect(await liveLine(page).textContent()).toBe('Offline');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-offline');

    await card(page, 'Lancaster').getByRole('button', { name: 'Hold Room 4 in Lancaster' }).click();
    await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 30_000 });
    expect(await holdsOf(bed.id, officer.userId)).toEqual([]);

    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    expect(await offline.count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await holdsOf(bed.id, officer.userId)).toHaveLength(1);
    await closeAll(context);
  });

  it('confirms once when the answer to Confirm is lost, and shows the placement', async () => {
    const { bed, officer } = await oneBed('Truro', 50.2632, -5.051);
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Truro');
    await card(page, 'Truro').getByRole('button', { name: 'Hold Room 4 in Truro' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    await page.getByLabel('National Referral Mechanism').selectOption('REFERRED');
    await page.getByLabel('18 or over', { exact: true }).check();
    await page.getByLabel('They agree to this referral').check();
    await screenshot(page, 'duty-hold-confirm');

    const keys: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { input?: Record<string, any> } };
      if (!body.query.includes('confirmPlacement')) return route.fallback();
      keys.push(body.variables.input!.idempotencyKey);
      if (keys.length > 1) return route.fallback();
      await route.fetch();
      return route.abort('timedout');
    });
    await page.getByRole('button', { name: 'Confirm placement' }).click();
    await page.getByRole('heading', { name: 'Placement confirmed' }).waitFor();
    expect(new Set(keys).size).toBe(1);
    const placements: { status: string }[] = await t.dataSource.query(
      `SELECT status FROM placement WHERE bed_id = $1 AND referrer_id = $2`,
      [bed.id, officer.userId],
    );
    expect(placements).toEqual([{ status: 'CONFIRMED' }]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM survivor s JOIN placement p ON p.survivor_id = s.id WHERE p.bed_id = $1`,
      [bed.id],
    );
    expect(count).toBe(1);
    await closeAll(context);
  });
  it('shows "Live" only while the live socket is up, and catches up on what changed while it was down', async () => {
    const provider = await t.world.provider({ name: 'Broads Shelter' });
    const house = await t.world.safehouse(provider.id, { area: 'Norwich', latitude: 52.6309, longitude: 1.2974 });
    const taken = await t.world.bed(house.id, { label: 'Room 5' });
    await t.world.bed(house.id, { label: 'Room 6' });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const rival = await t.world.login(Role.DUTY_OFFICER);

    const { context, page } = await phone(browser, baseURL);
    const sockets: WebSocketRoute[] = [];
    const signal = { down: false };
    await page.routeWebSocket('**/graphql', (socket) => {
      if (signal.down) return socket.close({ code: 1013, reason: 'no signal' });
      sockets.push(socket, socket.connectToServer());
    });
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Norwich');
    await liveLine(page)
      .filter({ hasText: /^Live$/ })
      .waitFor();

    signal.down = true;
    for (const socket of sockets.splice(0)) await socket.close({ code: 1013, reason: 'no signal' });
    await liveLine(page)
      .filter({ hasText: /^(Connecting|Not live)$/ })
      .waitFor();
    const hold = await t.gql(
      `mutation Hold($input: HoldBedInput!) { holdBed(input: $input) { id } }`,
      { input: { bedId: taken.id, nights: 1 } },
      rival.token,
    );
    expect(hold.errors).toBeUndefined();

    signal.down = false;
    await liveLine(page)
      .filter({ hasText: /^Live$/ })
      .waitFor({ timeout: 30_000 });
    await page.getByRole('status').filter({ hasText: 'Results updated' }).waitFor();
    expect(await page.locator('.live-line').textContent()).toContain('1 bed taken');
    expect(await card(page, 'Norwich').textContent()).toContain('1 free bed');
    await closeAll(context);
  });
});
