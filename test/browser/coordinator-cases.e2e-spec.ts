import type { Browser, Page } from 'playwright-core';
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
import { Login, WORLD_PASSWORD } from '../support/world';

const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id survivor { id } } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }`;
const SUBMIT_RNA = `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { supportEndsOn
  supportEndHistory { rule supportEndsOn } recoveryNeedsAssessments { status supportUntil } } }`;
const CLOSED = `query($id: ID!) { supportCase(id: $id) { status closedOn closeReason supportEndsOn
  survivor { nrmStatus nrmReferredOn } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id } }`;
const WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;
const CASES = `query($providerId: ID!) { supportCases(filter: { providerId: $providerId }) {
  edges { node { id setting area survivor { preferredName ageStatus nrmStatus } } } } }`;

/** Monday 1 March 2027, noon in London: the service's and the page's today, whatever the machine's date. */
const NOW = '2027-03-01T12:00:00Z';

describeInBrowser('web page: the coordinator’s cases', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;
  let providerId: string;
  let coordinator: Login;

  beforeAll(async () => {
    ({ t, baseURL, browser } = await startBrowserSuite());
    t.clock.set(NOW);
    providerId = (await t.world.provider({ name: 'Harbour Trust' })).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
  });

  afterAll(() => stopBrowserSuite({ t, browser }));

  async function ok(query: string, variables: Record<string, unknown>, login = coordinator) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function outreach(preferredName: string, nrmStatus = 'REFERRED') {
    const opened = (
      await ok(OPEN, {
        input: {
          providerId,
          area: 'Hull City Council',
          survivor: { preferredName, gender: 'WOMAN', adult: true, nrmStatus, consentToReferral: true },
        },
      })
    ).openSupportCase;
    return { caseId: opened.id as string, survivorId: opened.survivor.id as string };
  }

  const decide = (survivorId: string, decision: string, decidedOn: string) =>
    ok(DECIDE, { input: { survivorId, decision, decidedOn } });

  /** A phone whose clock says NOW, signed in as the coordinator. */
  async function coordinatorPhone() {
    const { context, page } = await phone(browser, baseURL);
    await page.clock.setFixedTime(new Date(NOW));
    await signIn(page, coordinator.email, WORLD_PASSWORD);
    return { context, page };
  }

  const shot = (page: Page, name: string) => screenshot(page, `coordinator-${name}`);

  it('lists cases overdue first, records an RNA outcome that moves the end of support, and shows why', async () => {
    // Ama: positive conclusive grounds 28 Jan → 45 days → Sun 14 Mar, with an RNA pending.
    const ama = await outreach('Ama');
    await decide(ama.survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-12-01');
    await decide(ama.survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2027-01-28');
    await ok(SUBMIT_RNA, { input: { supportCaseId: ama.caseId, submittedOn: '2027-02-20', needs: ['HEALTH'] } });
    // Cleo: a negative reasonable-grounds decision in January, 9 working days long gone: overdue.
    const cleo = await outreach('Cleo');
    await decide(cleo.survivorId, 'NEGATIVE_REASONABLE_GROUNDS', '2027-01-04');
    // Bea: referred, no decision yet: no end date.
    await outreach('Bea');

    const { context, page } = await coordinatorPhone();
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    const cards = page.locator('main li.card');
    await page.waitForFunction(() => document.querySelectorAll('main li.card').length === 3);
    expect(await cards.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['CleoOverdue', 'Ama', 'Bea']);
    expect(await cards.nth(0).textContent()).toMatch(/Support ended .*days ago/);
    expect(await cards.nth(1).textContent()).toMatch(
      /Outreach, Hull City Council.*Support ends Sun 14 Mar \(in 13 days\)/,
    );
    expect(await cards.nth(1).textContent()).toMatch(/RNA pending since Sat 20 Feb/);
    expect(await cards.nth(2).textContent()).toMatch(/No end date for support/);
    // the navigation is one row on a phone, not wrapped
    const navTops = await page
      .locator('nav[aria-label="Main"] li')
      .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
    expect(navTops).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'cases');

    await page.getByRole('link', { name: 'Ama' }).click();
    await page.getByRole('heading', { name: 'Ama', level: 1 }).waitFor();
    expect(await page.locator('.support-end').textContent()).toBe('Support ends Sun 14 Mar (in 13 days)');
    expect(await page.getByRole('region', { name: 'Where support stands' }).textContent()).toMatch(
      /RNA pending since Sat 20 Feb/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'case-before-rna');

    // A late decision cannot rewrite the history: the refusal is the API's own sentence.
    const decision = page.getByRole('group').filter({ hasText: 'Record an NRM decision' });
    await decision.getByText('Record an NRM decision').click();
    await decision.getByLabel('Decision', { exact: true }).selectOption('NEGATIVE_REASONABLE_GROUNDS');
    await decision.getByLabel('Decided on').fill('2027-02-25');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const alert = decision.getByRole('alert');
    await alert.waitFor();
    const refusal = await t.gql(
      DECIDE,
      { input: { survivorId: ama.survivorId, decision: 'NEGATIVE_REASONABLE_GROUNDS', decidedOn: '2027-02-25' } },
      coordinator.token,
    );
    expect(refusal.errors![0].extensions!.reason).toBe('NRM_DECISION_OUT_OF_ORDER');
    expect(await alert.textContent()).toBe(refusal.errors![0].message);

    // The RNA agrees support until the end of June.
    const outcome = page.getByRole('group').filter({ hasText: 'Record the RNA outcome' });
    await outcome.getByLabel('Further support agreed', { exact: true }).check();
    await outcome.getByLabel('Support agreed until').fill('2027-06-30');
    await outcome.getByRole('button', { name: 'Record the outcome' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'RNA recorded: support for Ama agreed until Wed 30 Jun.' })
      .waitFor();
    await page.locator('.support-end').filter({ hasText: 'Wed 30 Jun' }).waitFor();
    expect(await page.locator('.support-end').textContent()).toBe('Support ends Wed 30 Jun (in 121 days)');
    const history = page.getByRole('region', { name: 'Why support ends when it does' }).getByRole('listitem');
    const by = 'recorded by Test PROVIDER_COORDINATOR, Mon 1 Mar, 12:00';
    expect(await history.allTextContents()).toEqual([
      `Positive reasonable grounds 2026-12-01: support continues to the conclusive decisionNo end date · ${by}`,
      `Positive conclusive grounds 2027-01-28 + 45 calendar daysEnds Sun 14 Mar · ${by}`,
      `RNA 2027-03-01: support agreed until 2027-06-30Ends Wed 30 Jun · ${by}`,
    ]);
    const stored = (await ok(CASE, { id: ama.caseId })).supportCase;
    expect(stored.supportEndsOn).toBe('2027-06-30');
    expect(stored.recoveryNeedsAssessments).toEqual([{ status: 'DECIDED', supportUntil: '2027-06-30' }]);
    // with the RNA decided, a new one can be submitted
    await page.getByText('Submit an RNA').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'case-after-rna');
    await closeAll(context);
  });

  it('opens an outreach case, with the API’s refusals next to the fields they name', async () => {
    const { context, page } = await coordinatorPhone();
    await page.goto('/#/cases');
    await page.getByRole('link', { name: 'Open an outreach case' }).click();
    await page.getByRole('heading', { name: 'Open an outreach case', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Open an outreach case' });
    await form.getByLabel('Preferred name (optional)').fill('Dita');
    await form.getByLabel('Gender').selectOption('WOMAN');
    await form.getByLabel('A child').check();
    await form.getByLabel('Where they are in the NRM').selectOption('REFERRED');
    await form.getByLabel('Languages (optional)').fill('sq');
    await form.getByLabel('Local authority area').fill('Hull City Council');
    await form.getByLabel('They agree to support from you').check();
    await form.getByRole('button', { name: 'Open the case' }).click();
    // a child is referred to the local authority: the API's words, where it says
    const said = page.getByText(/children's services/i);
    await said.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'open-case-refused');

    await form.getByLabel('An adult').check();
    await form.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: 'Dita', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Outreach case opened for Dita.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Where support stands' }).textContent()).toMatch(
      /Outreach, Hull City Council · opened Mon 1 Mar.*Adult · woman · NRM: referred/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'case-opened');

    const dita = (await ok(CASES, { providerId })).supportCases.edges
      .map((edge: { node: unknown }) => edge.node)
      .filter((node: { survivor: { preferredName: string } }) => node.survivor.preferredName === 'Dita');
    expect(dita).toEqual([
      {
        id: expect.any(String),
        setting: 'OUTREACH',
        area: 'Hull City Council',
        survivor: { preferredName: 'Dita', ageStatus: 'ADULT', nrmStatus: 'REFERRED' },
      },
    ]);
    await closeAll(context);
  });

  it('keeps Accept on a phone’s first screen, says a caseload once, and shows outreach plans on Move-on', async () => {
    const house = await t.world.safehouse(providerId, { name: 'Larch House', instantBooking: false });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const hold = (
      await ok(HOLD, { input: { bedId: (await t.world.bed(house.id, { label: 'A1' })).id, nights: 2 } }, officer)
    ).holdBed;
    const survivor = {
      preferredName: 'Esi',
      gender: 'WOMAN',
      adult: true,
      nrmStatus: 'REFERRED',
      consentToReferral: true,
    };
    const referred = await ok(CONFIRM, { input: { placementId: hold.id, survivor } }, officer);
    expect(referred.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');
    await ok(DIRECT, {
      input: {
        bedId: (await t.world.bed(house.id, { label: 'A2' })).id,
        nights: 30,
        arrived: true,
        survivor: { ...survivor, preferredName: 'Fen' },
      },
    });
    await ok(WORKER, { input: { providerId, name: 'Drita', gender: 'WOMAN', languages: ['en'], maxCaseload: 5 } });
    // Hana: her 45 days ended in February, but an RNA is pending: on Move-on, not overdue, and why.
    const hana = await outreach('Hana');
    await decide(hana.survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-11-02');
    await decide(hana.survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2027-01-05');
    await ok(SUBMIT_RNA, { input: { supportCaseId: hana.caseId, submittedOn: '2027-02-10', needs: ['HEALTH'] } });

    const { context, page } = await coordinatorPhone();
    await page.goto('/#/referrals');
    const accept = page.getByRole('button', { name: 'Accept Esi' });
    await accept.waitFor();
    const box = (await accept.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // the countdown is the deadline line's size, not the duty officer's 2.25rem hold countdown
    const sizes = await page
      .locator('main .deadline')
      .evaluate((line) => [line, line.querySelector('span')!].map((node) => getComputedStyle(node).fontSize));
    expect(sizes[1]).toBe(sizes[0]);
    await shot(page, 'referrals');

    await page.getByRole('link', { name: 'Support workers' }).click();
    const fen = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Fen' }) });
    await fen.getByRole('button', { name: 'Assign Drita' }).waitFor();
    expect((await fen.textContent())!.match(/0 of 5 cases/g)).toHaveLength(1);

    await page.getByRole('link', { name: 'Move-on' }).click();
    const plan = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Hana' }) });
    await plan.waitFor();
    expect(await plan.textContent()).toMatch(
      /^Hana.*Outreach, Hull City Council · plan draft.*Support was due to end Fri 19 Feb.*RNA pending since Wed 10 Feb: support does not end while it is pending/,
    );
    expect(await plan.textContent()).not.toMatch(/Overdue/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'move-on');
    await plan.getByRole('button', { name: 'Start the plan for Hana' }).click();
    await page.getByRole('status').filter({ hasText: "Hana's move-on plan is active." }).waitFor();
    await plan.getByText('plan active').waitFor();
    await plan.getByRole('link', { name: 'Hana' }).click();
    await page.getByRole('heading', { name: 'Hana', level: 1 }).waitFor();
    await closeAll(context);
  });
  it('records a referral, a negative decision, a reconsideration, an extension and a withdrawal, then closes the case', async () => {
    const ines = await outreach('Ines', 'NOT_REFERRED');
    const { context, page } = await coordinatorPhone();
    await page.goto(`/#/cases/${ines.caseId}`);
    await page.getByRole('heading', { name: 'Ines', level: 1 }).waitFor();
    const step = (title: string) => page.getByRole('group').filter({ hasText: title });
    const said = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

    const referral = step('Record a referral into the NRM');
    await referral.getByText('Record a referral into the NRM').click();
    await referral.getByLabel('Referred on').fill('2027-02-26');
    await referral.getByRole('button', { name: 'Record the referral' }).click();
    await said('Ines is referred into the NRM.');
    await page.getByText('NRM: referred, referred Fri 26 Feb').waitFor();

    const decision = step('Record an NRM decision');
    await decision.getByText('Record an NRM decision').click();
    await decision.getByLabel('Decision', { exact: true }).selectOption('NEGATIVE_REASONABLE_GROUNDS');
    await decision.getByLabel('Decided on').fill('2027-03-01');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await said('Decision recorded for Ines: negative reasonable grounds.');

    const reconsideration = step('Record a reconsideration request');
    await reconsideration.getByText('Record a reconsideration request').click();
    await reconsideration.getByLabel('Requested on').fill('2027-03-01');
    await reconsideration.getByRole('button', { name: 'Record the request' }).click();
    await said('Reconsideration requested for Ines: support does not end meanwhile.');
    await page.locator('ul.pending').getByText('Reconsideration requested').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'case-reconsideration');

    const extension = step('Extend support');
    await extension.getByText('Extend support').first().click();
    // the reason is required: the API's refusal is shown next to it
    await extension.getByLabel('Support until').fill('2027-04-30');
    await extension.getByRole('button', { name: 'Extend support' }).click();
    await extension.locator('#extend-reason-error').waitFor();
    await extension.getByLabel('Reason').fill('Awaiting a housing offer after the reconsideration');
    await extension.getByRole('button', { name: 'Extend support' }).click();
    await said('Support for Ines extended until Fri 30 Apr.');
    expect((await ok(CLOSED, { id: ines.caseId })).supportCase.supportEndsOn).toBe('2027-04-30');

    const withdrawal = step('Record a withdrawal from the NRM');
    await withdrawal.getByText('Record a withdrawal from the NRM').click();
    await withdrawal.getByLabel('Withdrew on').fill('2027-03-01');
    await withdrawal.getByRole('button', { name: 'Record the withdrawal' }).click();
    await said('Ines has left the NRM.');

    // Closing needs a reason: asked for next to the field, and nothing changes.
    const close = step('Close the case');
    await close.getByText('Close the case').first().click();
    await close.getByRole('button', { name: 'Close the case' }).click();
    await close.locator('#close-reason-error').waitFor();
    expect((await ok(CLOSED, { id: ines.caseId })).supportCase.status).toBe('OPEN');
    expect(await accessibilityViolations(page)).toEqual([]);
    await close.getByLabel('Why it closes').selectOption('WITHDRAWN_FROM_NRM');
    await close.getByRole('button', { name: 'Close the case' }).click();
    await said("Ines's case is closed.");
    await page.getByText('Support ended with the case.').waitFor();
    expect(await page.getByRole('region', { name: 'Where support stands' }).textContent()).toMatch(
      /closed Mon 1 Mar \(withdrawn from NRM\)/,
    );
    expect(await page.getByRole('heading', { name: 'Record a step' }).count()).toBe(0);
    expect((await ok(CLOSED, { id: ines.caseId })).supportCase).toMatchObject({
      status: 'CLOSED',
      closedOn: '2027-03-01',
      closeReason: 'WITHDRAWN_FROM_NRM',
      survivor: { nrmStatus: 'WITHDRAWN', nrmReferredOn: '2027-02-26' },
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'case-closed');
    await closeAll(context);
  });
});
