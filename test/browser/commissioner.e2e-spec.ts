import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Screenshots to look at after a run, at the phone's and a laptop's size. */
const SHOTS = '/tmp/comm-shots';

const QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'] as const;
type Rating = 'OUTSTANDING' | 'GOOD' | 'REQUIRES_IMPROVEMENT' | 'INADEQUATE';

const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id actions { id description } } }`;
const PUBLISH = `mutation($id: ID!) { publishInspection(id: $id) { id overallRating } }`;
const COMPLETE = `mutation($id: ID!, $evidence: String!) { completeInspectionAction(actionId: $id, evidence: $evidence) { id status } }`;
const SEARCH = `query($input: AvailabilitySearchInput!) { searchAvailability(input: $input) { safehouse { id } } }`;
const INSPECTION = `query($id: ID!) {
  inspection(id: $id) { actions { description status verifiedAt } safehouse { referralsSuspended suspensionReason } }
}`;

/** The London calendar day `offset` days from today (the service's today: its clock is not moved here). */
function day(offset: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

describeInBrowser('web page: the commissioner', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;
  let commissionerOrgId: string;
  let commissioner: Login;
  let coordinatorOfBeech: Login;
  const houses: Record<string, string> = {};
  const inspections: Record<string, { id: string; actions: { id: string; description: string }[] }> = {};

  async function inspect(
    house: string,
    ratings: Record<(typeof QUESTIONS)[number], Rating>,
    inspectedOn: string,
    actions: { description: string; dueOn: string }[],
  ) {
    const recorded = await t.gql(
      RECORD,
      {
        input: {
          safehouseId: houses[house],
          inspectedOn,
          kind: 'UNANNOUNCED',
          inspectorName: 'Ada Inspector',
          ratings: QUESTIONS.map((keyQuestion) => ({
            keyQuestion,
            rating: ratings[keyQuestion],
            summary: `${keyQuestion.toLowerCase()} at ${house}: seen and discussed`,
          })),
          findings: [{ standard: 'Safe accommodation', outcome: 'PARTIALLY_MET', notes: 'Locks need repair' }],
          actions,
        },
      },
      commissioner.token,
    );
    expect(recorded.errors).toBeUndefined();
    const inspection = recorded.data!.recordInspection;
    const published = await t.gql(PUBLISH, { id: inspection.id }, commissioner.token);
    expect(published.errors).toBeUndefined();
    inspections[house] = inspection;
  }

  const all = (rating: Rating) => ({
    SAFE: rating,
    EFFECTIVE: rating,
    CARING: rating,
    RESPONSIVE: rating,
    WELL_LED: rating,
  });

  beforeAll(async () => {
    ({ t, baseURL, browser } = await startBrowserSuite());

    const commissionerOrg = await t.world.commissioner({ name: 'Greater Manchester Commissioning' });
    commissionerOrgId = commissionerOrg.id;
    commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    const alder = await t.world.provider({ name: 'Alder Trust' });
    const birch = await t.world.provider({ name: 'Birch Care' });
    const cedar = await t.world.provider({ name: 'Cedar Homes' });
    const elsewhere = await t.world.provider({ name: 'Not Commissioned Here' });
    for (const provider of [alder, birch, cedar]) await t.world.commission(commissionerOrg.id, provider.id);
    coordinatorOfBeech = await t.world.login(Role.PROVIDER_COORDINATOR, birch.id);

    const houseOf: [string, string, string][] = [
      ['Ash House', alder.id, 'Salford'],
      ['Elm House', alder.id, 'Bolton'],
      ['Beech House', birch.id, 'Manchester'],
      ['Cherry House', cedar.id, 'Stockport'],
      ['Damson House', cedar.id, 'Wigan'],
      ['Foreign House', elsewhere.id, 'Leeds'],
    ];
    for (const [name, providerId, area] of houseOf) {
      houses[name] = (await t.world.safehouse(providerId, { name, area })).id;
    }

    // Ash: good, one action 10 days overdue and one due in 20 days.
    await inspect('Ash House', all('GOOD'), day(-200), [
      { description: 'Fit a second fire door', dueOn: day(-10) },
      { description: 'Train night staff in first aid', dueOn: day(20) },
    ]);
    // Elm: requires improvement, nothing to do.
    await inspect('Elm House', all('REQUIRES_IMPROVEMENT'), day(-100), []);
    // Beech: inadequate (three inadequate answers), two overdue actions and one the provider has done.
    await inspect(
      'Beech House',
      {
        SAFE: 'INADEQUATE',
        EFFECTIVE: 'INADEQUATE',
        CARING: 'REQUIRES_IMPROVEMENT',
        RESPONSIVE: 'GOOD',
        WELL_LED: 'INADEQUATE',
      },
      day(-30),
      [
        { description: 'Repair the front door locks', dueOn: day(-5) },
        { description: 'Write a safeguarding policy', dueOn: day(-3) },
        { description: 'Hire a registered manager', dueOn: day(40) },
      ],
    );
    // Cherry: outstanding, one action due in 5 days.
    await inspect('Cherry House', all('OUTSTANDING'), day(-60), [
      { description: 'Publish the residents’ forum minutes', dueOn: day(5) },
    ]);
    // Damson is never inspected; Foreign House belongs to a provider this commissioner does not commission.

    const done = await t.gql(
      COMPLETE,
      { id: inspections['Beech House'].actions[2].id, evidence: 'Contract signed with Sam Reyes, starts Monday' },
      coordinatorOfBeech.token,
    );
    expect(done.data?.completeInspectionAction.status).toBe('COMPLETED');

    // Demand nobody could meet: two searches for a man with dependants (no house here takes men).
    const officer = await t.world.login(Role.DUTY_OFFICER);
    for (let i = 0; i < 2; i++) {
      const searched = await t.gql(
        SEARCH,
        { input: { near: { latitude: 53.4808, longitude: -2.2426 }, nights: 2, guestGender: 'MAN', dependants: 1 } },
        officer.token,
      );
      expect(searched.data?.searchAvailability).toEqual([]);
    }
  });

  afterAll(() => stopBrowserSuite({ t, browser }));

  const qualityTable = (page: Page) => page.getByRole('table', { name: /Quality of each house/ });
  const rowOrder = (page: Page) => qualityTable(page).getByRole('rowheader').allTextContents();

  async function sortedColumn(page: Page): Promise<{ label: string; direction: string | null }[]> {
    return qualityTable(page)
      .locator('th[aria-sort]')
      .evaluateAll((cells) =>
        cells.map((cell) => ({
          label: cell.querySelector('button')!.childNodes[0].textContent!,
          direction: cell.getAttribute('aria-sort'),
        })),
      );
  }

  async function pressSort(page: Page, column: string, expectedSay: string) {
    await qualityTable(page).getByRole('button', { name: column, exact: true }).click();
    await page.locator('[aria-live="polite"]', { hasText: expectedSay }).waitFor();
  }

  /** A screenshot at the viewport's size, kept with the others and in /tmp/comm-shots/ for review. */
  async function shot(page: Page, name: string) {
    await screenshot(page, name);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  const houseCards = (page: Page) => page.getByRole('list', { name: 'Houses' }).getByRole('listitem');
  const cardOf = (page: Page, house: string) =>
    houseCards(page).filter({ has: page.getByRole('heading', { name: new RegExp(`^${house}`) }) });
  const factOf = (card: Locator, fact: string) =>
    card.locator('div', { has: card.page().locator('dt', { hasText: new RegExp(`^${fact}$`) }) }).locator('dd');

  it('shows a card per house on a phone, with nothing cut off, and a table on a wide screen', async () => {
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, commissioner.email, WORLD_PASSWORD);
    await houseCards(page).first().waitFor();
    await page.getByRole('table', { name: /Searches and declined referrals/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quality');

    // Cards, not a table: the quality table is not in the page a phone reads.
    expect(await qualityTable(page).count()).toBe(0);
    expect(await houseCards(page).getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Ash House 1 overdue action',
      'Beech House 2 overdue actions',
      'Cherry House 0 overdue actions',
      'Damson House 0 overdue actions',
      'Elm House 0 overdue actions',
    ]);

    const overview = await t.gql<{ qualityOverview: { safehouse: { name: string }; nextInspectionDueOn: string }[] }>(
      `{ qualityOverview { safehouse { name } nextInspectionDueOn } }`,
      {},
      commissioner.token,
    );
    const dueOf = (house: string) => overview.data!.qualityOverview.find((q) => q.safehouse.name === house)!;
    const asRead = (date: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
        new Date(`${date}T00:00:00Z`),
      );

    const beech = cardOf(page, 'Beech House');
    expect(await beech.getByRole('heading').textContent()).toContain('2 overdue actions');
    expect(await factOf(beech, 'Rating').textContent()).toMatch(/^Inadequate/);
    expect(await factOf(beech, 'Next inspection due').textContent()).toBe(
      asRead(dueOf('Beech House').nextInspectionDueOn),
    );
    expect(await factOf(beech, 'Referrals').textContent()).toBe('Open');
    const damson = cardOf(page, 'Damson House');
    expect(await factOf(damson, 'Rating').textContent()).toBe('Never inspected');
    expect(await factOf(damson, 'Next inspection due').textContent()).toBe('Now: never inspected');

    // Nothing wider than the phone: no sideways scroll anywhere on the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The phone sorts too, from a menu: worst rating first, never inspected last.
    await page.getByLabel('Sort houses').selectOption({ label: 'Sorted by rating, worst first; never inspected last' });
    await page.locator('[aria-live="polite"]', { hasText: 'Sorted by rating, worst first' }).waitFor();
    expect(await houseCards(page).locator('.quality-card-name').allTextContents()).toEqual([
      'Beech House',
      'Elm House',
      'Ash House',
      'Cherry House',
      'Damson House',
    ]);
    await page.getByLabel('Sort houses').selectOption({ label: 'Sorted by house name, A to Z' });

    // Unmet demand below the cards: the two searches for a man with a dependant found nothing.
    const demand = page.getByRole('table', { name: /Searches and declined referrals/ });
    const demandRow = demand.getByRole('row', { name: /Man, with dependants, either kind/ });
    expect(await demandRow.getByRole('cell').allTextContents()).toEqual(['2', '2', '0']);
    await page.getByLabel('Last 30 days').check();
    await demand.getByRole('row', { name: /Man, with dependants/ }).waitFor();
    expect(
      await demand
        .getByRole('row', { name: /Man, with dependants/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['2', '2', '0']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'commissioner-quality');

    // A card's rating opens the latest inspection; Back returns to the cards.
    const cameFrom = page.url();
    await beech.getByRole('link', { name: /^Inadequate\W+latest inspection of Beech House$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection of Beech House' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Back to quality' }).click();
    await houseCards(page).first().waitFor();
    expect(page.url()).toBe(cameFrom);

    // A wide screen: the same houses as a table, and no cards.
    await page.setViewportSize({ width: 1280, height: 800 });
    await qualityTable(page).waitFor();
    expect(await page.getByRole('list', { name: 'Houses' }).count()).toBe(0);
    // The whole table shows: its region does not scroll sideways (unmet demand goes below it at this width).
    expect(
      await page.getByRole('region', { name: 'Houses' }).evaluate((region) => region.scrollWidth <= region.clientWidth),
    ).toBe(true);
    expect(await rowOrder(page)).toEqual(['Ash House', 'Beech House', 'Cherry House', 'Damson House', 'Elm House']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'commissioner-quality-1280');
    await closeAll(context);
  });

  it('sorts the quality table on a wide screen, and opens an inspection', async () => {
    const { context, page } = await phone(browser, baseURL);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, commissioner.email, WORLD_PASSWORD);
    await qualityTable(page).waitFor();
    expect(await rowOrder(page)).toEqual(['Ash House', 'Beech House', 'Cherry House', 'Damson House', 'Elm House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'House', direction: 'ascending' }]);

    const beech = qualityTable(page).getByRole('row', { name: /Beech House/ });
    const beechCells = await beech.getByRole('cell').allTextContents();
    expect(beechCells[0]).toMatch(/^Inadequate/);
    expect(beechCells[1]).toBe('2of 2 open');
    expect(beechCells[2]).toMatch(/overdue$/);
    expect(beechCells.slice(4)).toEqual(['Open', 'Birch Care', 'Manchester']);
    const damsonCells = await qualityTable(page)
      .getByRole('row', { name: /Damson House/ })
      .getByRole('cell')
      .allTextContents();
    expect(damsonCells.slice(0, 4)).toEqual(['Never inspected', '0of 0 open', 'None open', 'Now: never inspected']);

    // By rating: worst first, never inspected last; again: best first, never inspected still last.
    await pressSort(page, 'Rating', 'Sorted by rating, worst first');
    expect(await rowOrder(page)).toEqual(['Beech House', 'Elm House', 'Ash House', 'Cherry House', 'Damson House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Rating', direction: 'ascending' }]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'commissioner-quality-sorted-1280');
    await pressSort(page, 'Rating', 'Sorted by rating, best first');
    expect(await rowOrder(page)).toEqual(['Cherry House', 'Ash House', 'Elm House', 'Beech House', 'Damson House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Rating', direction: 'descending' }]);

    // By overdue actions: most first, ties by name; again: fewest first.
    await pressSort(page, 'Overdue actions', 'Sorted by overdue actions, most first');
    expect(await rowOrder(page)).toEqual(['Beech House', 'Ash House', 'Cherry House', 'Damson House', 'Elm House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Overdue actions', direction: 'descending' }]);
    await pressSort(page, 'Overdue actions', 'Sorted by overdue actions, fewest first');
    expect(await rowOrder(page)).toEqual(['Cherry House', 'Damson House', 'Elm House', 'Ash House', 'Beech House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Overdue actions', direction: 'ascending' }]);

    // By the next open action's due date: soonest first, houses with none open last.
    await pressSort(page, 'Next action due', 'Sorted by next action due, soonest first');
    expect(await rowOrder(page)).toEqual(['Ash House', 'Beech House', 'Cherry House', 'Damson House', 'Elm House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Next action due', direction: 'ascending' }]);
    await pressSort(page, 'Next action due', 'Sorted by next action due, latest first');
    expect(await rowOrder(page)).toEqual(['Cherry House', 'Beech House', 'Ash House', 'Damson House', 'Elm House']);
    expect(await sortedColumn(page)).toEqual([{ label: 'Next action due', direction: 'descending' }]);

    // By the next inspection: never inspected is due now; then the earliest due date (inadequate: 6 months).
    await pressSort(page, 'Inspection due', 'Sorted by inspection due, soonest first');
    expect((await rowOrder(page))[0]).toBe('Damson House');

    // The latest inspection of Beech House, from its row.
    await qualityTable(page)
      .getByRole('link', { name: /^Inadequate\W+latest inspection of Beech House$/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Inspection of Beech House' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Inspection of Beech House');
    expect(page.url()).toBe(`${baseURL}/#/inspection/${inspections['Beech House'].id}`);

    const ratingCards = page.getByRole('region', { name: 'Ratings' }).getByRole('listitem');
    expect(await ratingCards.count()).toBe(5);
    const ratingOf = async (question: string) =>
      await ratingCards
        .filter({ has: page.getByRole('heading', { name: question, exact: true }) })
        .locator('.badge')
        .textContent();
    expect(await ratingOf('Safe')).toBe('Inadequate');
    expect(await ratingOf('Caring')).toBe('Requires improvement');
    expect(await ratingOf('Responsive')).toBe('Good');
    expect(await ratingOf('Well-led')).toBe('Inadequate');
    expect(await page.locator('.overall .badge').textContent()).toBe('Inadequate');

    const actions = page.getByRole('region', { name: 'Required actions' }).getByRole('listitem');
    expect(await actions.count()).toBe(3);
    const states = await actions.evaluateAll((items) =>
      items.map((item) => [item.querySelector('h3')!.textContent, item.querySelector('.badge')!.textContent]),
    );
    expect(states).toEqual([
      ['Repair the front door locks', 'Overdue'],
      ['Write a safeguarding policy', 'Overdue'],
      ['Hire a registered manager', 'Completed, to verify'],
    ]);
    expect(await actions.nth(2).textContent()).toContain('Contract signed with Sam Reyes, starts Monday');
    expect(await actions.nth(0).getByRole('button').count()).toBe(0);

    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'commissioner-inspection-1280');

    // Verify the completed action: the page says so, and so does the API.
    await actions.nth(2).getByRole('button', { name: 'Verify action' }).click();
    await actions.nth(2).locator('.badge', { hasText: 'Verified' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Verified: Hire a registered manager' }).waitFor();
    let stored = await t.gql(INSPECTION, { id: inspections['Beech House'].id }, commissioner.token);
    expect(stored.data!.inspection.actions[2]).toMatchObject({
      description: 'Hire a registered manager',
      status: 'VERIFIED',
    });
    expect(stored.data!.inspection.actions[2].verifiedAt).toEqual(expect.any(String));

    // Suspend referrals: a reason is required, then a confirmation, then the house is suspended.
    await page.getByRole('button', { name: 'Suspend referrals…' }).click();
    expect(await page.locator('#suspend-reason-error').textContent()).toBe('Say why referrals are suspended.');
    await page.getByLabel('Why suspend referrals?').fill('Inadequate: safeguarding failures');
    await page.getByRole('button', { name: 'Suspend referrals…' }).click();
    await page.getByRole('heading', { name: 'Suspend referrals to Beech House?' }).waitFor();
    stored = await t.gql(INSPECTION, { id: inspections['Beech House'].id }, commissioner.token);
    expect(stored.data!.inspection.safehouse.referralsSuspended).toBe(false);
    await page.getByRole('button', { name: 'Yes, suspend referrals' }).click();
    await page.getByRole('button', { name: 'Resume referrals' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Resume referrals');
    stored = await t.gql(INSPECTION, { id: inspections['Beech House'].id }, commissioner.token);
    expect(stored.data!.inspection.safehouse).toEqual({
      referralsSuspended: true,
      suspensionReason: 'Inadequate: safeguarding failures',
    });

    // Back on the quality page the row says so.
    await page.getByRole('link', { name: 'Back to quality' }).click();
    await qualityTable(page).waitFor();
    const beechNow = await qualityTable(page)
      .getByRole('row', { name: /Beech House/ })
      .getByRole('cell')
      .allTextContents();
    expect(beechNow[4]).toBe('Suspended');
    await closeAll(context);
  });

  it('lets an administrator choose the commissioner whose houses to review, and lists inspections with overdue actions', async () => {
    const admin = await t.world.login(Role.ADMIN);
    const { context, page } = await phone(browser, baseURL);
    await signIn(page, admin.email, WORLD_PASSWORD);
    await page.getByText('Choose a commissioner to see the houses it commissions.').waitFor();
    await page.getByLabel('Commissioner').selectOption(commissionerOrgId);
    await houseCards(page).first().waitFor();
    expect(await houseCards(page).locator('.quality-card-name').allTextContents()).toEqual([
      'Ash House',
      'Beech House',
      'Cherry House',
      'Damson House',
      'Elm House',
    ]);
    expect(page.url()).toBe(`${baseURL}/#/quality/${commissionerOrgId}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A wide screen shows the table, and puts unmet demand beside it.
    await page.setViewportSize({ width: 1440, height: 900 });
    await qualityTable(page).waitFor();
    expect(await rowOrder(page)).toEqual(['Ash House', 'Beech House', 'Cherry House', 'Damson House', 'Elm House']);
    const table = await page.getByRole('region', { name: 'Houses' }).boundingBox();
    const demand = await page.getByRole('heading', { name: 'Unmet demand' }).boundingBox();
    expect(demand!.x).toBeGreaterThan(table!.x + table!.width);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'commissioner-quality-wide');

    // Every inspection, newest first; then only those with overdue actions.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Inspections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspections' }).waitFor();
    await page.getByText('Showing 4 of 4 inspections, newest first.').waitFor();
    const listed = () => page.getByRole('list').last().getByRole('heading', { level: 2 }).allTextContents();
    expect(await listed()).toEqual(['Beech House', 'Cherry House', 'Elm House', 'Ash House']);
    await page.getByLabel('Only inspections with overdue actions').check();
    await page.getByText('Showing 2 of 2 inspections, newest first.').waitFor();
    expect(await listed()).toEqual(['Beech House', 'Ash House']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'commissioner-inspections');
    await page.getByRole('link', { name: 'Ash House' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspection of Ash House' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'commissioner-inspection');

    // Back returns to the list it came from, still filtered, not to the quality overview.
    await page.getByRole('link', { name: 'Back to inspections' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inspections' }).waitFor();
    expect(page.url()).toBe(`${baseURL}/#/inspections/overdue`);
    await page.getByText('Showing 2 of 2 inspections, newest first.').waitFor();
    expect(await page.getByLabel('Only inspections with overdue actions').isChecked()).toBe(true);
    expect(await listed()).toEqual(['Beech House', 'Ash House']);

    // An inspection opened straight from its address has nowhere in the page to go back to: quality.
    const { context: fresh, page: opened } = await phone(browser, baseURL);
    await signIn(opened, admin.email, WORLD_PASSWORD);
    await opened.getByText('Choose a commissioner to see the houses it commissions.').waitFor();
    await opened.goto(`${baseURL}/#/inspection/${inspections['Elm House'].id}`);
    await opened.reload();
    await opened.getByRole('heading', { level: 1, name: 'Inspection of Elm House' }).waitFor();
    await opened.getByRole('link', { name: 'Back to quality' }).click();
    await opened.getByRole('heading', { level: 1, name: 'Quality' }).waitFor();
    expect(opened.url()).toBe(`${baseURL}/#/quality`);
    await closeAll(fresh);
    await closeAll(context);
  });
});
