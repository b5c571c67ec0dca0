import type { Browser, Page } from 'playwright-core';
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
} from '../support/browser';
import { TestApp } from '../support/test-app';
import { Login, WORLD_PASSWORD } from '../support/world';

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id status survivor { id } } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;
const WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;
const DECISION = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { status declineReason statusReason
  supportWorkers { role supportWorker { name } } } }`;

const DAY_MS = 86_400_000;
const LONDON = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const londonDay = (instant: Date) => LONDON.format(instant);

/** The instant a London calendar day starts, `days` from today. */
function londonMidnight(days: number): Date {
  const day = londonDay(new Date(Date.now() + days * DAY_MS));
  for (const offset of [0, 1]) {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000);
    if (londonDay(candidate) === day && londonDay(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new Error(`no midnight for ${day}`);
}

const survivor = (preferredName: string, extra: Record<string, unknown> = {}) => ({
  preferredName,
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['sq'],
  ...extra,
});

/** Each day's state on the board for a bed, as the page says it (the words read out, not the colour). */
async function boardRow(page: Page, bedLabel: string): Promise<string[]> {
  return page
    .locator(`tr[data-bed="${bedLabel}"] td.cell .visually-hidden`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''));
}

describeInBrowser('web page: provider coordinator', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;
  let coordinator: Login;
  let officer: Login;

  beforeAll(async () => ({ t, baseURL, browser } = await startBrowserSuite()));

  afterAll(() => stopBrowserSuite({ t, browser }));

  async function ok(query: string, variables: Record<string, unknown>, login: Login) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** A duty officer's referral to a house that screens: hold, then confirm → AWAITING_ACCEPTANCE. */
  async function referral(bedId: string, name: string, from: Date | undefined, nights: number, by = officer) {
    const hold = (await ok(HOLD, { input: { bedId, nights, ...(from ? { from: from.toISOString() } : {}) } }, by))
      .holdBed;
    const placed = (await ok(CONFIRM, { input: { placementId: hold.id, survivor: survivor(name) } }, by))
      .confirmPlacement;
    expect(placed.status).toBe('AWAITING_ACCEPTANCE');
    return placed.id as string;
  }

  const status = async (id: string) => (await ok(PLACEMENT, { id }, coordinator)).placement;

  it('keeps the beds right, answers referrals, records an arrival, assigns a worker and sees move-on', async () => {
    const provider = await t.world.provider({ name: 'Harbour Trust' });
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
    officer = await t.world.login(Role.DUTY_OFFICER);
    const house = await t.world.safehouse(provider.id, { name: 'Larch House', instantBooking: false });
    const bed = async (label: string) => (await t.world.bed(house.id, { label })).id;
    const [held, booked, resident, blocked, incoming] = [
      await bed('A held'),
      await bed('B booked'),
      await bed('C resident'),
      await bed('D blocked'),
      await bed('E incoming'),
    ];
    await ok(HOLD, { input: { bedId: held, nights: 1 } }, officer);
    const inTwoDays = new Date(londonMidnight(2).getTime() + 14 * 3_600_000);
    const toDecline = await referral(booked, 'Beth', inTwoDays, 2);
    const toAccept = await referral(incoming, 'Amina', undefined, 3);
    const chen = (
      await ok(
        DIRECT,
        { input: { bedId: resident, nights: 30, arrived: true, survivor: survivor('Chen') } },
        coordinator,
      )
    ).placeDirectly;
    await ok(
      BLOCK,
      {
        input: {
          bedId: blocked,
          from: londonMidnight(1).toISOString(),
          until: londonMidnight(2).toISOString(),
          reason: 'New boiler',
        },
      },
      coordinator,
    );

    // placing and blocking confirm the capacity too: make it two days old, as after a quiet weekend
    await t.dataSource.query('UPDATE safehouse SET capacity_confirmed_at = $2 WHERE id = $1', [
      house.id,
      new Date(Date.now() - 2 * DAY_MS),
    ]);

    const { context, page } = await phone(browser, baseURL);
    await signIn(page, coordinator.email, WORLD_PASSWORD);

    // the board: each state on its days
    await page.getByRole('heading', { name: 'Larch House' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beds');
    const F = 'Free';
    expect(await boardRow(page, 'A held')).toEqual(['Held', 'Held', F, F, F, F, F]);
    expect(await boardRow(page, 'B booked')).toEqual([F, F, 'Booked', 'Booked', 'Booked', F, F]);
    expect(await boardRow(page, 'C resident')).toEqual(Array(7).fill('Resident'));
    expect(await boardRow(page, 'D blocked')).toEqual([F, 'Out of service', F, F, F, F, F]);
    expect(await boardRow(page, 'E incoming')).toEqual(['Booked', 'Booked', 'Booked', 'Booked', F, F, F]);
    const days = await page
      .locator('tr[data-bed="A held"] td.cell')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-day')));
    expect(days[0]).toBe(londonDay(new Date()));
    expect(days[1]).toBe(londonDay(londonMidnight(1)));

    // capacity: stale, then confirmed with one tap
    const confirmed = page.getByTestId('capacity-confirmed');
    const before = await confirmed.textContent();
    await page.getByText('Not confirmed for over a day').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coordinator-board');
    await page.getByRole('button', { name: 'Capacity is right' }).click();
    await page.getByRole('status').filter({ hasText: 'Capacity of Larch House confirmed' }).waitFor();
    expect(await confirmed.textContent()).not.toBe(before);
    expect(await page.getByText('Not confirmed for over a day').count()).toBe(0);
    const [row] = await t.dataSource.query('SELECT capacity_confirmed_at FROM safehouse WHERE id = $1', [house.id]);
    expect(Date.now() - new Date(row.capacity_confirmed_at).getTime()).toBeLessThan(60_000);

    // referrals: accept one, decline the other with a reason (after confirming)
    await page.getByRole('link', { name: 'Referrals' }).click();
    const amina = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Amina' }) });
    await page.getByRole('heading', { name: 'Referrals', level: 1 }).waitFor();
    await amina.waitFor();
    expect(await amina.textContent()).toMatch(/Answer by \d\d:\d\d/);
    expect(await amina.textContent()).toMatch(/speaks Albanian/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coordinator-referrals');
    await amina.getByRole('button', { name: 'Accept Amina' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted: Amina at Larch House.' }).waitFor();
    expect((await status(toAccept)).status).toBe('CONFIRMED');

    const beth = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Beth' }) });
    await beth.getByRole('button', { name: 'Decline…' }).click();
    expect(await beth.getByRole('button', { name: 'Yes, decline' }).isDisabled()).toBe(true);
    await beth.getByLabel('Why decline?').selectOption('NO_CAPACITY');
    await beth.getByLabel('Note for the referrer (optional)').fill('The room needs repair.');
    expect((await status(toDecline)).status).toBe('AWAITING_ACCEPTANCE');
    await beth.getByRole('button', { name: 'Yes, decline' }).click();
    await page.getByRole('status').filter({ hasText: 'Declined: Beth.' }).waitFor();
    expect(await status(toDecline)).toMatchObject({ status: 'DECLINED', declineReason: 'NO_CAPACITY' });
    await page.getByText('No referrals are waiting for an answer.').waitFor();

    // today: Amina is expected; record her arrival
    // Dana's one booked night ends within the minute: her departure is due today, Chen's is not.
    const dana = (
      await ok(
        DIRECT,
        { input: { bedId: await bed('F leaving'), nights: 1, arrived: true, survivor: survivor('Dana') } },
        coordinator,
      )
    ).placeDirectly;
    await t.dataSource.query(`UPDATE placement SET "from" = $2 WHERE id = $1`, [
      dana.id,
      new Date(Date.now() - DAY_MS + 60_000),
    ]);

    await page.getByRole('link', { name: 'Today' }).click();
    const arrival = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Amina' }) });
    await arrival.getByRole('button', { name: 'Record arrival of Amina' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coordinator-today');
    await arrival.getByRole('button', { name: 'Record arrival of Amina' }).click();
    await page.getByRole('status').filter({ hasText: 'Amina has arrived at Larch House.' }).waitFor();
    expect((await status(toAccept)).status).toBe('ARRIVED');
    await page.getByText('No one is expected today.').waitFor();
    const dueList = page.getByRole('list', { name: 'Departures due' });
    expect(await dueList.getByRole('heading').allTextContents()).toEqual(['Dana']);
    expect(await page.getByRole('list', { name: 'Other residents' }).getByRole('heading').allTextContents()).toEqual(
      expect.arrayContaining(['Chen', 'Amina']),
    );
    await dueList.getByLabel('Where did Dana go?').selectOption('SUPPORTED_HOUSING');
    await dueList.getByRole('button', { name: 'Record departure of Dana' }).click();
    await page.getByRole('status').filter({ hasText: 'Dana has left Larch House. The bed is free.' }).waitFor();
    expect((await status(dana.id)).status).toBe('DEPARTED');
    await page.getByText('No departures are due today.').waitFor();

    // back on the board: Amina is resident, Beth's bed is free again
    await page.getByRole('link', { name: 'Beds' }).click();
    await page.getByRole('heading', { name: 'Larch House' }).waitFor();
    expect(await boardRow(page, 'E incoming')).toEqual(Array(7).fill('Resident'));
    expect(await boardRow(page, 'B booked')).toEqual(Array(7).fill(F));

    // take Beth's bed out of service until tomorrow, then back
    await page.getByRole('button', { name: 'B booked' }).click();
    // the panel takes the focus in the click's own commit, not a frame later: a keystroke that follows
    // at once (or a fill) lands where it was aimed, never in a field the focus then jumps to
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^bed-.+-until$/);
    await page.getByLabel('Reason').fill('Deep clean');
    await page.getByRole('button', { name: 'Take out of service from now' }).click();
    await page.getByRole('status').filter({ hasText: 'B booked is out of service.' }).waitFor();
    await page.locator('tr[data-bed="B booked"] td.state-out_of_service').waitFor();
    expect(await boardRow(page, 'B booked')).toEqual(['Out of service', F, F, F, F, F, F]);
    const [block] = await t.dataSource.query('SELECT reason, returned_at FROM bed_block WHERE bed_id = $1', [booked]);
    expect(block).toEqual({ reason: 'Deep clean', returned_at: null });
    await page.getByRole('button', { name: 'B booked' }).click();
    await page.getByRole('button', { name: 'Return to service now' }).click();
    await page.getByRole('status').filter({ hasText: 'B booked is back in service.' }).waitFor();
    await page.locator('tr[data-bed="B booked"] td.state-out_of_service').waitFor({ state: 'detached' });
    expect(await boardRow(page, 'B booked')).toEqual(Array(7).fill(F));

    // support workers: suggestions with reasons, one tap to assign
    await ok(
      WORKER,
      { input: { providerId: provider.id, name: 'Drita', gender: 'WOMAN', languages: ['sq', 'en'], maxCaseload: 5 } },
      coordinator,
    );
    await ok(
      WORKER,
      { input: { providerId: provider.id, name: 'Ellen', gender: 'WOMAN', languages: ['en'], maxCaseload: 5 } },
      coordinator,
    );
    await page.getByRole('link', { name: 'Support workers' }).click();
    const chenCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Chen' }) });
    await chenCard.getByRole('button', { name: 'Assign Drita' }).waitFor();
    const suggestions = chenCard.getByRole('list', { name: 'Suggested support workers for Chen' });
    expect(await suggestions.locator(':scope > li').first().textContent()).toMatch(/Drita.*Albanian/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coordinator-assign');
    await chenCard.getByRole('button', { name: 'Assign Drita' }).click();
    await page.getByRole('status').filter({ hasText: "Drita is now Chen's lead support worker." }).waitFor();
    expect((await status(chen.id)).supportWorkers).toEqual([{ role: 'LEAD', supportWorker: { name: 'Drita' } }]);
    await chenCard.waitFor({ state: 'detached' });

    // move-on: support ending soon, overdue first and marked
    const decidedOn = (daysAgo: number) => londonDay(new Date(Date.now() - daysAgo * DAY_MS));
    // A conclusive decision follows a positive reasonable-grounds one (CONTRACT.md, The NRM journey).
    await ok(
      DECISION,
      { input: { survivorId: chen.survivor.id, decision: 'POSITIVE_REASONABLE_GROUNDS', decidedOn: decidedOn(60) } },
      coordinator,
    );
    await ok(
      DECISION,
      { input: { survivorId: chen.survivor.id, decision: 'POSITIVE_CONCLUSIVE_GROUNDS', decidedOn: decidedOn(40) } },
      coordinator,
    );
    const amina2 = (
      await ok(`query($id: ID!) { placement(id: $id) { survivor { id } } }`, { id: toAccept }, coordinator)
    ).placement.survivor.id;
    await ok(
      DECISION,
      { input: { survivorId: amina2, decision: 'NEGATIVE_REASONABLE_GROUNDS', decidedOn: decidedOn(30) } },
      coordinator,
    );
    await page.getByRole('link', { name: 'Move-on' }).click();
    // The view before had cards too: wait for this view's own list, not the last one's.
    await page.waitForFunction(
      () =>
        document.querySelector('main h1')?.textContent?.startsWith('Move-on') &&
        document.querySelectorAll('main li.card').length === 2,
    );
    const plans = page.locator('main li.card');
    expect(await plans.count()).toBe(2);
    expect(await plans.nth(0).textContent()).toMatch(/^Amina Overdue.*Support ended .*days ago/);
    expect(await plans.nth(1).textContent()).toMatch(/^Chen.*Support ends .* \(in 5 days\).*No goals yet/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'coordinator-move-on');

    await closeAll(context);
  });

  /** A provider with a coordinator and a house that screens referrals, and a duty officer to refer. */
  async function anotherProvider() {
    const provider = await t.world.provider();
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
    officer = await t.world.login(Role.DUTY_OFFICER);
    const house = await t.world.safehouse(provider.id, { name: 'Rowan House', instantBooking: false });
    const beds = [(await t.world.bed(house.id, { label: 'R1' })).id, (await t.world.bed(house.id, { label: 'R2' })).id];
    return { provider, house, beds };
  }

  it("shows the service's own words when a referral was withdrawn before the answer", async () => {
    const { beds } = await anotherProvider();
    const withdrawn = await referral(beds[0], 'Dana', undefined, 2);
    const { context, page } = await phone(browser, baseURL);
    await page.routeWebSocket(/\/graphql/, () => undefined); // no live updates: the page still shows it
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.goto('/#/referrals');
    const dana = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Dana' }) });
    await dana.waitFor();
    await ok(
      `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed nearer") { id } }`,
      { id: withdrawn },
      officer,
    );
    await dana.getByRole('button', { name: 'Accept Dana' }).click();
    const alert = dana.getByRole('alert');
    await alert.waitFor();
    const refusal = await t.gql(
      `mutation($id: ID!) { acceptPlacement(placementId: $id) { id } }`,
      { id: withdrawn },
      coordinator.token,
    );
    expect(refusal.errors![0].extensions!.reason).toBe('INVALID_TRANSITION');
    expect(await alert.textContent()).toBe(refusal.errors![0].message);
    expect((await status(withdrawn)).status).toBe('CANCELLED');
    await closeAll(context);
  });

  it('shows referrals a page at a time, the next page on "Show more referrals"', async () => {
    const PAGE = 30; // web/src/provider/queries.ts
    const { house } = await anotherProvider();
    const names = Array.from({ length: PAGE + 3 }, (_, i) => `Person ${String(i + 1).padStart(2, '0')}`);
    // From several officers of one force: each has at most MAX_ACTIVE_HOLDS_PER_USER claims not started.
    const officers = await Promise.all(
      [0, 1, 2, 3].map(() => t.world.login(Role.DUTY_OFFICER, officer.organisationId!)),
    );
    for (const [i, name] of names.entries()) {
      await referral(
        (await t.world.bed(house.id, { label: name })).id,
        name,
        undefined,
        1,
        officers[i % officers.length],
      );
    }

    const { context, page } = await phone(browser, baseURL);
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.goto('/#/referrals');
    const cards = page.locator('main li.card');
    await page.getByText(`Showing ${PAGE} of ${PAGE + 3} referrals.`).waitFor();
    expect(await cards.count()).toBe(PAGE);
    const more = page.getByRole('button', { name: 'Show more referrals (3 more)' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Showing ${PAGE + 3} of ${PAGE + 3} referrals.`).waitFor();
    expect(await cards.count()).toBe(PAGE + 3);
    expect((await cards.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual(names);
    expect(await page.getByRole('button', { name: /Show more/ }).count()).toBe(0);
    // the button is gone: focus is on the line saying how many are shown, not lost to the page
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Showing ${PAGE + 3} of ${PAGE + 3} referrals.`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await closeAll(context);
  });

  it('assigns a secondary support worker when the coordinator chooses it', async () => {
    const { provider, beds } = await anotherProvider();
    const fatima = (
      await ok(
        DIRECT,
        { input: { bedId: beds[0], nights: 10, arrived: true, survivor: survivor('Fatima') } },
        coordinator,
      )
    ).placeDirectly;
    await ok(
      WORKER,
      { input: { providerId: provider.id, name: 'Gjyste', gender: 'WOMAN', languages: ['sq'], maxCaseload: 5 } },
      coordinator,
    );
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.goto('/#/assign');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Fatima' }) });
    const role = card.getByLabel('Assign as');
    await role.waitFor();
    expect(await role.inputValue()).toBe('LEAD');
    await role.selectOption('SECONDARY');
    await card.getByRole('button', { name: 'Assign Gjyste to Fatima as secondary' }).click();
    await page.getByRole('status').filter({ hasText: "Gjyste is now Fatima's secondary support worker." }).waitFor();
    expect((await status(fatima.id)).supportWorkers).toEqual([
      { role: 'SECONDARY', supportWorker: { name: 'Gjyste' } },
    ]);
    await closeAll(context);
  });

  it('shows a new referral as it arrives, without a reload', async () => {
    const { beds } = await anotherProvider();
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    await page.goto('/#/referrals');
    await page.getByText('No referrals are waiting for an answer.').waitFor();
    await referral(beds[1], 'Esi', undefined, 1);
    await page.getByRole('heading', { name: 'Esi' }).waitFor();
    await closeAll(context);
  });
});
