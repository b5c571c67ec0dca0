import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/common/roles';
import { Gender } from '../../src/safehouses/gender';
import {
  SCREENSHOTS,
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
import { TestApp } from '../support/test-app';
import { WORLD_PASSWORD } from '../support/world';

const HOLD = `mutation Hold($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const PLACEMENT = `query P($id: ID!) {
  placement(id: $id) { status referrerOrganisation { id } survivor { reference nrmStatus } }
}`;
const PERSON_PLACED = `query P($id: ID!) {
  placement(id: $id) {
    status
    safehouse { area }
    survivor { ageStatus interpreterNeeded dependants dependantsDetail { ageBand gender } languages nrmStatus }
  }
}`;
const CONFIRM = `mutation C($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const CANCELLED = `query P($id: ID!) { placement(id: $id) { status statusReason } }`;

/** Chooses where, who, and searches from the form as it stands. */
async function searchFromTown(page: Page, town: string) {
  await page.getByLabel('Or pick a town').selectOption(town);
  await page.getByLabel('Gender').selectOption('WOMAN');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#results-heading').waitFor();
}

/** The "More needs" disclosure's summary: a tap opens or folds it. */
function moreNeeds(page: Page) {
  return page.locator('summary').filter({ hasText: 'More needs' });
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

describeInBrowser('web page: duty officer', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;

  beforeAll(async () => ({ t, baseURL, browser } = await startBrowserSuite()));

  afterAll(() => stopBrowserSuite({ t, browser }));

  /** A published inspection of the house, every key question rated `rating`. */
  async function inspected(providerId: string, safehouseId: string, rating: string): Promise<void> {
    const commissioner = await t.world.commissioner();
    await t.world.commission(commissioner.id, providerId);
    const login = await t.world.login(Role.COMMISSIONER, commissioner.id);
    const ratings = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'].map((keyQuestion) => ({
      keyQuestion,
      rating,
      summary: 'Seen on the visit',
    }));
    const recorded = await t.gql(
      `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`,
      {
        input: {
          safehouseId,
          inspectedOn: '2026-01-10',
          kind: 'ANNOUNCED',
          inspectorName: 'Ada Inspector',
          ratings,
          findings: [],
          actions: [],
        },
      },
      login.token,
    );
    expect(recorded.errors).toBeUndefined();
    const published = await t.gql(
      `mutation($id: ID!) { publishInspection(id: $id) { id } }`,
      { id: recorded.data!.recordInspection.id },
      login.token,
    );
    expect(published.errors).toBeUndefined();
  }

  it('finds a bed near Manchester, holds it, confirms, and only then shows the address; another officer sees the bed go live', async () => {
    const provider = await t.world.provider({ name: 'Northern Refuge', outOfHoursPhone: '+44 161 496 0123' });
    const instant = await t.world.safehouse(provider.id, {
      area: 'Manchester',
      instantBooking: true,
      address: '41 Hidden Lane',
      postcode: 'M4 1ZZ',
      acceptsGenders: [Gender.WOMAN],
    });
    const onlyBed = await t.world.bed(instant.id, { label: 'Room 1' });
    const other = await t.world.safehouse(provider.id, {
      area: 'Salford',
      latitude: 53.4875,
      longitude: -2.2901,
      address: '9 Unseen Road',
      capacityConfirmedAt: new Date(Date.now() - 3 * 86_400_000),
    });
    await t.world.bed(other.id, { label: 'Room 2' });
    await t.world.bed(other.id, { label: 'Room 3', accessible: true });

    await inspected(provider.id, instant.id, 'GOOD');

    const first = await t.world.login(Role.DUTY_OFFICER);
    const second = await t.world.login(Role.DUTY_OFFICER);
    expect(second.organisationId).not.toBe(first.organisationId);

    // The second officer searches from their phone's location, and keeps the results open.
    const b = await phone(browser, baseURL, {
      geolocation: { latitude: 53.4794, longitude: -2.2453 },
      permissions: ['geolocation'],
    });
    const bLive = subscribedToAvailability(b.page);
    await signIn(b.page, second.email, WORLD_PASSWORD);
    await b.page.getByRole('button', { name: 'Use my location' }).click();
    await b.page.getByText('Using your location').waitFor();
    await b.page.getByLabel('Gender').selectOption('WOMAN');
    await b.page.getByRole('button', { name: 'Search', exact: true }).click();
    await card(b.page, 'Manchester').waitFor();
    await card(b.page, 'Salford').waitFor();
    await bLive;
    await b.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // The first officer picks a town and searches.
    const a = await phone(browser, baseURL);
    await signIn(a.page, first.email, WORLD_PASSWORD);
    await a.page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'duty-search');

    await searchFromTown(a.page, 'Manchester');
    const found = card(a.page, 'Manchester');
    await found.waitFor();
    expect(await found.textContent()).toContain('Takes arrivals now');
    expect(await found.textContent()).toContain('Northern Refuge');
    expect(await found.textContent()).toContain('Latest inspection: Good');
    expect(await card(a.page, 'Salford').textContent()).toContain('Latest inspection: not inspected yet');
    expect(await found.textContent()).toContain('1 free bed');
    expect(await found.textContent()).toContain('Room 1, sleeps 1');
    expect(await card(a.page, 'Salford').textContent()).toContain('phone the provider before you travel');
    expect(await card(a.page, 'Salford').textContent()).toContain('2 free beds');
    expect(await a.page.content()).not.toContain('Hidden Lane');
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'duty-results');

    // One tap holds the bed.
    await found.getByRole('button', { name: 'Hold Room 1 in Manchester' }).click();
    await a.page.getByRole('heading', { name: 'Bed held' }).waitFor();
    expect(a.page.url()).toMatch(/#\/hold\/[0-9a-f-]{36}$/);
    expect(await a.page.locator('.countdown').textContent()).toMatch(/^4[45] min \d\d s$/);
    const call = a.page.getByRole('link', { name: /Call Northern Refuge/ });
    expect(await call.getAttribute('href')).toBe('tel:+441614960123');
    expect(await a.page.getByText('Haven never asks for immigration status').count()).toBe(1);
    expect(await a.page.content()).not.toContain('Hidden Lane');
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'duty-hold');

    // The second officer's results drop that house live, without a reload.
    await card(b.page, 'Manchester').waitFor({ state: 'detached' });
    expect(await b.page.getByRole('status').filter({ hasText: 'Results updated' }).textContent()).toContain(
      'Manchester: no free bed any more',
    );
    expect(await card(b.page, 'Salford').count()).toBe(1);
    expect(await b.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The survivor form, then the address.
    await a.page.getByLabel('Your case reference (optional)').fill('GMP-2024-118');
    await a.page.getByLabel('Gender').selectOption('WOMAN');
    await a.page.getByLabel('National Referral Mechanism').selectOption('REFERRED');
    await a.page.getByLabel('Under 18', { exact: true }).check();
    await a.page.getByRole('button', { name: 'Confirm placement' }).click();
    await a.page.getByRole('alert').waitFor();
    expect(await a.page.locator('#age-status-error').textContent()).toContain("local authority children's services");
    expect(await a.page.locator('#consent-error').textContent()).toContain('must agree');
    await a.page.getByLabel('18 or over', { exact: true }).check();
    await a.page.getByLabel('They agree to this referral').check();
    await a.page.getByRole('button', { name: 'Confirm placement' }).click();
    await a.page.getByRole('heading', { name: 'Placement confirmed' }).waitFor();
    const placementId = a.page.url().match(/#\/placement\/([0-9a-f-]{36})$/)![1];
    expect(await a.page.locator('address').textContent()).toBe('41 Hidden LaneM4 1ZZ');
    const maps = a.page.getByRole('link', { name: /Open in maps/ });
    expect(await maps.getAttribute('href')).toBe(
      'https://www.google.com/maps/search/?api=1&query=41%20Hidden%20Lane%2C%20M4%201ZZ',
    );
    expect(await a.page.getByRole('link', { name: /Call Northern Refuge/ }).getAttribute('href')).toBe(
      'tel:+441614960123',
    );
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'duty-placement');

    // What the API holds now: confirmed, for the first officer's organisation, with what was typed.
    const stored = await t.gql(PLACEMENT, { id: placementId }, first.token);
    expect(stored.errors).toBeUndefined();
    expect(stored.data!.placement.status).toBe('CONFIRMED');
    expect(stored.data!.placement.referrerOrganisation.id).toBe(first.organisationId);
    expect(stored.data!.placement.survivor.reference).toBe('GMP-2024-118');
    expect(stored.data!.placement.survivor.nrmStatus).toBe('REFERRED');
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM placement WHERE bed_id = $1 AND status = 'CONFIRMED'`,
      [onlyBed.id],
    );
    expect(count).toBe(1);

    // The organisation's placements.
    await a.page.getByRole('link', { name: 'Placements' }).click();
    await a.page.getByRole('heading', { name: 'Placements', level: 1 }).waitFor();
    const row = a.page.getByRole('link', { name: 'Manchester, Room 1' });
    await row.waitFor();
    expect(await row.getAttribute('href')).toBe(`#/placement/${placementId}`);
    expect(await a.page.locator('.cards').textContent()).toContain('GMP-2024-118');
    expect(await a.page.locator('.cards li').count()).toBe(1);
    expect(await accessibilityViolations(a.page)).toEqual([]);
    await screenshot(a.page, 'duty-placements');

    // The other organisation's officer sees none of it.
    await b.page.getByRole('link', { name: 'Placements' }).click();
    await b.page.getByText('No live placements').waitFor();
    await closeAll(a.context, b.context);
  });

  it('waits for the provider to accept, then shows the address without a reload', async () => {
    const provider = await t.world.provider({ name: 'Midlands Haven', outOfHoursPhone: '0121 496 0777' });
    const house = await t.world.safehouse(provider.id, {
      area: 'Birmingham',
      latitude: 52.4862,
      longitude: -1.8904,
      address: '7 Quiet Row',
      postcode: 'B1 1ZZ',
      instantBooking: false,
    });
    await t.world.bed(house.id, { label: 'Room 5' });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);

    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await searchFromTown(page, 'Birmingham');
    await card(page, 'Birmingham').getByRole('button', { name: 'Hold Room 5 in Birmingham' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    await page.getByLabel('National Referral Mechanism').selectOption('POSITIVE_REASONABLE_GROUNDS');
    await page.getByLabel('18 or over', { exact: true }).check();
    await page.getByLabel('They agree to this referral').check();
    await page.getByRole('button', { name: 'Confirm placement' }).click();
    await page.getByRole('heading', { name: 'Waiting for the provider' }).waitFor();
    expect(await page.getByText('must answer by').count()).toBe(1);
    expect(await page.getByRole('link', { name: /Call Midlands Haven/ }).getAttribute('href')).toBe('tel:01214960777');
    expect(await page.content()).not.toContain('Quiet Row');
    const placementId = page.url().match(/#\/placement\/([0-9a-f-]{36})$/)![1];
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    const accepted = await t.gql(
      `mutation A($id: ID!) { acceptPlacement(placementId: $id) { status } }`,
      { id: placementId },
      coordinator.token,
    );
    expect(accepted.errors).toBeUndefined();
    await page.getByRole('heading', { name: 'Placement confirmed' }).waitFor();
    expect(await page.locator('address').textContent()).toBe('7 Quiet RowB1 1ZZ');
    expect(await page.getByRole('status').filter({ hasText: 'Updated at' }).textContent()).toContain(
      'The address is shown below.',
    );
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await closeAll(context);
  });

  it('says in plain words when the bed was taken meanwhile, when nights are out of range, when location is refused and when a hold has expired', async () => {
    const provider = await t.world.provider({ name: 'Severn Shelter' });
    const house = await t.world.safehouse(provider.id, {
      area: 'Bristol',
      latitude: 51.4545,
      longitude: -2.5879,
      address: '3 Private Mews',
    });
    const bed = await t.world.bed(house.id, { label: 'Room 8' });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const rival = await t.world.login(Role.DUTY_OFFICER);

    const { context, page } = await phone(browser, baseURL);
    // No live updates on this phone (a dead connection), so the taken bed is still on screen when tapped.
    await page.routeWebSocket('**/graphql', () => undefined);
    await signIn(page, officer.email, WORLD_PASSWORD);

    await page.getByRole('button', { name: 'Use my location' }).click();
    expect(await page.getByText('Location is not allowed for this page').textContent()).toContain(
      'Pick a town from the list instead',
    );

    // Nights are behind "More needs", folded away on the first screen.
    expect(await page.getByLabel('Nights').isVisible()).toBe(false);
    await moreNeeds(page).click();
    await page.getByLabel('Nights').fill('400');
    await page.getByLabel('Or pick a town').selectOption('Bristol');
    await page.getByLabel('Gender').selectOption('WOMAN');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await page.locator('#nights-error').textContent()).toBe('Nights must be a whole number from 1 to 365.');
    expect(await page.getByLabel('Nights').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page, 'nights')).toBe('nights');
    await page.getByLabel('Nights').fill('2');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const found = card(page, 'Bristol');
    await found.waitFor();

    const taken = await t.gql(HOLD, { input: { bedId: bed.id, nights: 2 } }, rival.token);
    expect(taken.errors).toBeUndefined();
    await found.getByRole('button', { name: 'Hold Room 8 in Bristol' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'That bed is held, booked or out of service for part of that time. Someone else may have just taken it: the results below are up to date now.',
    );
    await page.getByRole('heading', { name: 'No beds found' }).waitFor();
    expect(await page.getByRole('button', { name: 'Search within 100 km' }).count()).toBe(1);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM placement WHERE bed_id = $1 AND referrer_id = $2`,
      [bed.id, officer.userId],
    );
    expect(count).toBe(0);

    // A hold left too long: confirming says it has expired and offers the search again.
    const spare = await t.world.bed(house.id, { label: 'Room 9' });
    await page.getByRole('button', { name: 'Search within 100 km' }).click();
    await found.getByRole('button', { name: 'Hold Room 9 in Bristol' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    await page.getByLabel('National Referral Mechanism').selectOption('REFERRED');
    await page.getByLabel('18 or over', { exact: true }).check();
    await page.getByLabel('They agree to this referral').check();
    t.clock.advance(46 * 60_000);
    try {
      await page.getByRole('button', { name: 'Confirm placement' }).click();
      await page.getByRole('heading', { name: 'This hold has expired' }).waitFor();
      expect(await page.locator('.notice-warn').textContent()).toContain('Search again to hold a bed.');
      const [{ status }] = await t.dataSource.query(
        `SELECT status FROM placement WHERE bed_id = $1 AND referrer_id = $2`,
        [spare.id, officer.userId],
      );
      expect(status).toBe('HELD');
      await page.getByRole('button', { name: 'Search again' }).click();
      await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
      await found.getByRole('button', { name: 'Hold Room 9 in Bristol' }).waitFor();
    } finally {
      t.clock.reset();
    }
    await closeAll(context);
  });
  it('puts where, who and Search on the first screen of a phone, keeps "More needs" for the tab, and offers the best-fitting bed first with the Hold buttons in one column', async () => {
    const provider = await t.world.provider({ name: 'Tyne Rooms' });
    // Two houses at one point, so at one distance, neither inspected: Haven sends them by name.
    const where = { latitude: 54.9783, longitude: -1.6178 };
    const familyOnly = await t.world.safehouse(provider.id, { ...where, name: 'A family house', area: 'Jesmond' });
    await t.world.bed(familyOnly.id, { label: 'Room 1', sleeps: 4 });
    const mixed = await t.world.safehouse(provider.id, { ...where, name: 'B mixed house', area: 'Heaton' });
    await t.world.bed(mixed.id, { label: 'Family room', sleeps: 3 });
    await t.world.bed(mixed.id, { label: 'Single room at the back, up the stairs', sleeps: 1 });
    const officer = await t.world.login(Role.DUTY_OFFICER);

    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const control of [
      page.getByRole('button', { name: 'Use my location' }),
      page.getByLabel('Or pick a town'),
      page.getByLabel('Gender'),
      page.getByRole('button', { name: 'Search', exact: true }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.y).toBeGreaterThan(0);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    }
    expect(await page.getByLabel('Nights').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Add a dependant' }).isVisible()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'duty-first-screen.png') });

    // "More needs": opened and filled in, it is as it was after a reload of the tab.
    await moreNeeds(page).click();
    await page.getByLabel('Nights').fill('2');
    await page.getByLabel('Needs step-free access').check();
    await page.getByLabel('Needs step-free access').uncheck();
    expect(await moreNeeds(page).textContent()).toContain('2 nights');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-more-needs');
    await page.reload();
    await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    expect(await page.getByLabel('Nights').inputValue()).toBe('2');
    await moreNeeds(page).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    expect(await page.getByLabel('Nights').isVisible()).toBe(false);
    expect(await moreNeeds(page).textContent()).toContain('2 nights');

    // A single woman: the single room first, before the family rooms Haven would list first.
    await searchFromTown(page, 'Newcastle upon Tyne');
    expect(await page.locator('.search-summary').textContent()).toContain('2 nights');
    expect(await page.locator('li.result h3').allTextContents()).toEqual(['Heaton', 'Jesmond']);
    expect(await card(page, 'Heaton').locator('.bed > span').allTextContents()).toEqual([
      'Single room at the back, up the stairs, sleeps 1',
      'Family room, sleeps 3',
    ]);
    const holdButtons = page.getByRole('button', { name: /^Hold / });
    expect(await holdButtons.count()).toBe(3);
    const columns = new Set<number>();
    for (const button of await holdButtons.all()) columns.add(Math.round((await button.boundingBox())!.x));
    expect(columns.size).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-results-by-fit');
    await closeAll(context);
  });
  it("searches with the person's language preferred and a boy described, holds, and places them with their age and an interpreter; the API keeps all of it", async () => {
    const provider = await t.world.provider({ name: 'Pennine Rooms' });
    const family = { acceptsDependants: true, acceptsGenders: [Gender.WOMAN], instantBooking: true };
    // Nearest, and no Romanian spoken.
    const near = await t.world.safehouse(provider.id, {
      ...family,
      area: 'Headingley',
      latitude: 53.8008,
      longitude: -1.5491,
    });
    await t.world.bed(near.id, { label: 'Room 1', sleeps: 2 });
    // Farther, with staff who speak Romanian; boys up to 12.
    const romanian = await t.world.safehouse(provider.id, {
      ...family,
      area: 'Bradford',
      latitude: 53.796,
      longitude: -1.7594,
      languages: ['en', 'ro'],
      acceptsBoysUpToAge: 12,
      address: '12 Unlisted Road',
    });
    await t.world.bed(romanian.id, { label: 'Room 2', sleeps: 2 });
    // Boys up to 4 only: not for a boy of 5 to 11. No dependants at all: not for a family.
    const youngBoysOnly = await t.world.safehouse(provider.id, {
      ...family,
      area: 'Wakefield',
      latitude: 53.6833,
      longitude: -1.4977,
      languages: ['ro'],
      acceptsBoysUpToAge: 4,
    });
    await t.world.bed(youngBoysOnly.id, { label: 'Room 3', sleeps: 2 });
    const single = await t.world.safehouse(provider.id, {
      area: 'Roundhay',
      latitude: 53.8213,
      longitude: -1.5103,
      languages: ['ro'],
    });
    await t.world.bed(single.id, { label: 'Room 4', sleeps: 2 });
    const officer = await t.world.login(Role.DUTY_OFFICER);

    const { context, page } = await phone(browser, baseURL);
    const searches: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      const body = request.postDataJSON() as { query?: string; variables?: { input?: Record<string, unknown> } } | null;
      if (body?.query?.includes('searchAvailability')) searches.push(body.variables!.input!);
    });
    await signIn(page, officer.email, WORLD_PASSWORD);
    await page.getByRole('heading', { name: 'Find a bed' }).waitFor();
    await page.getByLabel('Or pick a town').selectOption('Leeds');
    await page.getByLabel('Distance (km)').fill('30');
    await page.getByLabel('Gender').selectOption('WOMAN');
    await moreNeeds(page).click();
    await page.getByRole('button', { name: 'Add a dependant' }).click();
    expect(await focusedId(page, 'dependant-1-age')).toBe('dependant-1-age');
    await page.getByLabel('Dependant 1: age').selectOption('AGE_5_TO_11');
    // Searched half-described: the page names what is missing, by the control, and sends nothing.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(await page.locator('#dependant-1-gender-error').textContent()).toBe('Dependant 1: choose boy or girl.');
    expect(await focusedId(page, 'dependant-1-gender')).toBe('dependant-1-gender');
    expect(searches).toHaveLength(0);
    await page.getByLabel('Dependant 1: boy or girl').selectOption('MAN');
    await page.getByLabel('Their language').selectOption('ro');
    await page.getByLabel('Needs an interpreter').check();
    expect(await moreNeeds(page).textContent()).toContain('1 dependant, Romanian first, interpreter');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-more-needs-person');

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-heading').waitFor();
    expect(searches.at(-1)).toMatchObject({
      preferLanguage: 'ro',
      dependants: 1,
      dependantsDetail: [{ ageBand: 'AGE_5_TO_11', gender: 'MAN' }],
    });
    expect(searches.at(-1)).not.toHaveProperty('language');
    // Staff who speak Romanian first, though farther; the others still shown; the boy's age honoured.
    expect(await page.locator('li.result h3').allTextContents()).toEqual(['Bradford', 'Headingley']);
    const bradford = card(page, 'Bradford');
    expect(await bradford.textContent()).toContain('Staff speak Romanian');
    expect(await bradford.textContent()).toContain('Takes boys up to 12');
    expect(await card(page, 'Headingley').textContent()).toContain('No staff who speak Romanian');
    expect(await page.locator('.search-summary').textContent()).toContain(
      'Woman with a boy 5 to 11, arriving now, 1 night, staff who speak Romanian first, needs an interpreter',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-results-language');

    // When nothing else will do: only the houses whose staff speak it.
    await page.getByRole('button', { name: 'Change search' }).click();
    await page.getByLabel('Only houses whose staff speak it').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('li.result').first().waitFor();
    await card(page, 'Headingley').waitFor({ state: 'detached' });
    expect(searches.at(-1)).toMatchObject({ language: 'ro' });
    expect(searches.at(-1)).not.toHaveProperty('preferLanguage');
    expect(await page.locator('li.result h3').allTextContents()).toEqual(['Bradford']);
    expect(await bradford.textContent()).toContain('Staff speak Romanian');

    // Held: the person's details start from the search.
    await bradford.getByRole('button', { name: 'Hold Room 2 in Bradford' }).click();
    await page.getByRole('heading', { name: 'Bed held' }).waitFor();
    expect(await page.getByLabel('Dependant 1: age').inputValue()).toBe('AGE_5_TO_11');
    expect(await page.getByLabel('Dependant 1: boy or girl').inputValue()).toBe('MAN');
    expect(await page.getByLabel('Needs an interpreter').isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Remove Romanian' }).count()).toBe(1);
    await page.getByLabel('National Referral Mechanism').selectOption('REFERRED');
    await page.getByLabel('They agree to this referral').check();
    // Age uncertain: presumed a child, so children's services, and nothing is sent.
    await page.getByLabel('Not sure: they may be under 18').check();
    await page.getByRole('button', { name: 'Confirm placement' }).click();
    await page.locator('#age-status-error').waitFor();
    expect(await page.locator('#age-status-error').textContent()).toContain("local authority children's services");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-hold-person');
    await page.getByLabel('18 or over', { exact: true }).check();
    await page.getByRole('button', { name: 'Confirm placement' }).click();
    await page.getByRole('heading', { name: 'Placement confirmed' }).waitFor();
    expect(await page.locator('address').textContent()).toContain('12 Unlisted Road');
    const placementId = page.url().match(/#\/placement\/([0-9a-f-]{36})$/)![1];

    const stored = await t.gql(PERSON_PLACED, { id: placementId }, officer.token);
    expect(stored.errors).toBeUndefined();
    expect(stored.data!.placement).toEqual({
      status: 'CONFIRMED',
      safehouse: { area: 'Bradford' },
      survivor: {
        ageStatus: 'ADULT',
        interpreterNeeded: true,
        dependants: 1,
        dependantsDetail: [{ ageBand: 'AGE_5_TO_11', gender: 'MAN' }],
        languages: ['ro'],
        nrmStatus: 'REFERRED',
      },
    });
    await closeAll(context);
  });

  it('cancels a placement saying why: the provider reads the note, and Haven keeps the reason', async () => {
    const provider = await t.world.provider({ name: 'Severn Rooms' });
    const house = await t.world.safehouse(provider.id, {
      area: 'Gloucester',
      latitude: 51.8642,
      longitude: -2.2382,
      instantBooking: true,
    });
    const bed = await t.world.bed(house.id, { label: 'Room 6' });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 1 } }, officer.token);
    expect(held.errors).toBeUndefined();
    const survivor = { gender: 'WOMAN', ageStatus: 'ADULT', nrmStatus: 'REFERRED', consentToReferral: true };
    const confirmed = await t.gql(CONFIRM, { input: { placementId: held.data!.holdBed.id, survivor } }, officer.token);
    expect(confirmed.errors).toBeUndefined();
    const placementId: string = confirmed.data!.confirmPlacement.id;

    const { context, page } = await phone(browser, baseURL);
    await signIn(page, officer.email, WORLD_PASSWORD);
    await page.goto(`/#/placement/${placementId}`);
    await page.getByRole('heading', { name: 'Placement confirmed' }).waitFor();
    await page.locator('summary').filter({ hasText: 'Cancel this placement' }).click();

    // No reason chosen: said by the group, which takes the focus; nothing is cancelled.
    await page.getByRole('button', { name: 'Cancel the placement' }).click();
    expect(await page.locator('#cancel-why-error').textContent()).toBe('Choose why the placement is cancelled.');
    expect(await focusedId(page, 'cancel-why')).toBe('cancel-why');
    await page.getByLabel('Something else').check();
    await page.getByRole('button', { name: 'Cancel the placement' }).click();
    expect(await page.locator('#cancel-note-error').textContent()).toBe(
      'Say why in a few words: you chose "Something else".',
    );
    const [{ status: still }] = await t.dataSource.query(`SELECT status FROM placement WHERE id = $1`, [placementId]);
    expect(still).toBe('CONFIRMED');

    await page.getByLabel('The person turned the place down').check();
    // Another choice: the message about "Something else" is out of date, and goes.
    expect(await page.locator('#cancel-note-error').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByLabel('Anything to add (optional, the provider sees this)').fill('Too near where she was held');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-cancel');
    await page.getByRole('button', { name: 'Cancel the placement' }).click();
    await page.getByRole('heading', { name: 'Placement cancelled' }).waitFor();
    expect(await page.getByText('Why: Too near where she was held').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'duty-cancelled');

    const stored = await t.gql(CANCELLED, { id: placementId }, officer.token);
    expect(stored.errors).toBeUndefined();
    expect(stored.data!.placement).toEqual({ status: 'CANCELLED', statusReason: 'Too near where she was held' });
    const [{ cancel_reason }] = await t.dataSource.query(`SELECT cancel_reason FROM placement WHERE id = $1`, [
      placementId,
    ]);
    expect(cancel_reason).toBe('SURVIVOR_DECLINED');
    await closeAll(context);
  });
});
