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
  focusedId,
} from '../support/browser';
import { TestApp } from '../support/test-app';
import { Login, WORLD_PASSWORD } from '../support/world';

/** The service's and the phone's clock alike: a Tuesday morning in London (winter: London is UTC). */
const NOW = new Date('2026-12-01T10:00:00Z');

const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id survivor { id } } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id supportCase { id } } }`;
const WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }`;
const ADD_GOAL = `mutation($planId: ID!, $input: MoveOnGoalInput!) { addMoveOnGoal(planId: $planId, input: $input) { id } }`;
const RECONSIDER = `mutation($id: ID!, $on: Date!) { requestNrmReconsideration(survivorId: $id, requestedOn: $on) { id } }`;
const SUBMIT_RNA = `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { supportEndsOn
  moveOnPlan { id goals { id description status note } }
  recoveryNeedsAssessments { status submittedOn needs note } } }`;

const survivor = (preferredName: string, extra: Record<string, unknown> = {}) => ({
  preferredName,
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  ...extra,
});

describeInBrowser('web page: support worker', () => {
  let t: TestApp;
  let baseURL: string;
  let browser: Browser;
  let coordinator: Login;

  beforeAll(async () => ({ t, baseURL, browser } = await startBrowserSuite()));
  afterAll(async () => {
    t?.clock.reset();
    await stopBrowserSuite({ t, browser });
  });

  async function ok(query: string, variables: Record<string, unknown>, login: Login = coordinator) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  const card = (page: Page, name: string) =>
    page.locator('main li.card').filter({ has: page.getByRole('heading', { name, level: 2 }) });

  it("shows the worker's caseload, soonest end first, and lets them update their goals and submit an RNA", async () => {
    t.clock.set(NOW);
    const provider = await t.world.provider({ name: 'Harbour Trust' });
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
    const house = await t.world.safehouse(provider.id, { name: 'Larch House' });
    const login = await t.world.login(Role.SUPPORT_WORKER, provider.id);
    const worker = (
      await ok(WORKER, {
        input: {
          providerId: provider.id,
          name: 'Mira',
          gender: 'WOMAN',
          languages: ['sq'],
          maxCaseload: 5,
          userId: login.userId,
        },
      })
    ).createSupportWorker.id;
    const colleague = (
      await ok(WORKER, {
        input: { providerId: provider.id, name: 'Ola', gender: 'WOMAN', languages: ['en'], maxCaseload: 5 },
      })
    ).createSupportWorker.id;
    const assign = (supportCaseId: string, supportWorkerId: string) =>
      ok(ASSIGN, { input: { supportCaseId, supportWorkerId, role: 'LEAD' } });

    // Amina, outreach: a positive conclusive decision on 25 Oct ends her support on 9 Dec, in 8 days.
    const amina = (
      await ok(OPEN, {
        input: {
          providerId: provider.id,
          area: 'Hull City Council',
          survivor: survivor('Amina', {
            nrmStatus: 'POSITIVE_REASONABLE_GROUNDS',
            languages: ['sq'],
            interpreterNeeded: true,
            accessibilityNeeds: 'Uses a wheelchair',
          }),
        },
      })
    ).openSupportCase;
    await ok(DECIDE, {
      input: { survivorId: amina.survivor.id, decision: 'POSITIVE_CONCLUSIVE_GROUNDS', decidedOn: '2026-10-25' },
    });
    await assign(amina.id, worker);
    const planId = (await ok(CASE, { id: amina.id })).supportCase.moveOnPlan.id;
    const goal = (
      await ok(ADD_GOAL, {
        planId,
        input: { area: 'ACCOMMODATION', description: 'Apply to the council for housing', ownerSupportWorkerId: worker },
      })
    ).addMoveOnGoal.id;
    await ok(ADD_GOAL, { planId, input: { area: 'HEALTH', description: 'Register with a GP' } });

    // Chen, a resident of Larch House with no end date yet and an RNA pending.
    const chen = (
      await ok(DIRECT, {
        input: { bedId: (await t.world.bed(house.id)).id, nights: 30, arrived: true, survivor: survivor('Chen') },
      })
    ).placeDirectly.supportCase.id;
    await assign(chen, worker);
    await ok(SUBMIT_RNA, { input: { supportCaseId: chen, submittedOn: '2026-11-28', needs: ['HEALTH'] } });

    // Ewa, outreach: a negative reasonable-grounds decision on 19 Nov ends her support 9 working days on,
    // on 2 Dec; she asked for it to be reconsidered.
    const ewa = (
      await ok(OPEN, { input: { providerId: provider.id, area: 'Hull City Council', survivor: survivor('Ewa') } })
    ).openSupportCase;
    await ok(DECIDE, {
      input: { survivorId: ewa.survivor.id, decision: 'NEGATIVE_REASONABLE_GROUNDS', decidedOn: '2026-11-19' },
    });
    await ok(RECONSIDER, { id: ewa.survivor.id, on: '2026-11-24' });
    await assign(ewa.id, worker);

    // Dana is supported by a colleague: not on Mira's page.
    const dana = (
      await ok(OPEN, { input: { providerId: provider.id, area: 'Leeds City Council', survivor: survivor('Dana') } })
    ).openSupportCase;
    await assign(dana.id, colleague);

    const { context, page } = await phone(browser, baseURL);
    await page.clock.setFixedTime(NOW);
    await signIn(page, login.email, WORLD_PASSWORD);

    await page.getByRole('heading', { name: 'My day', level: 1 }).waitFor();
    const cards = page.locator('main li.card');
    await card(page, 'Amina').waitFor();
    expect(await cards.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'EwaEnds soon',
      'AminaEnds soon',
      'Chen',
    ]);
    expect(await page.getByText('Dana').count()).toBe(0);

    const aminaCard = card(page, 'Amina');
    expect(await aminaCard.getByTestId('setting').textContent()).toBe('Outreach, Hull City Council');
    expect(await aminaCard.getByTestId('support-end').textContent()).toBe('Support ends Wed 9 Dec (in 8 days)');
    expect(await aminaCard.textContent()).toMatch(/Speaks Albanian · Needs an interpreter/);
    expect(await aminaCard.textContent()).toMatch(/Access needs: Uses a wheelchair/);
    expect(await aminaCard.getByText('Register with a GP').count()).toBe(0);

    const ewaCard = card(page, 'Ewa');
    expect(await ewaCard.getByTestId('support-end').textContent()).toBe('Support ends Wed 2 Dec (tomorrow)');
    expect(await ewaCard.getByRole('list', { name: 'Pending for Ewa' }).textContent()).toBe(
      'NRM reconsideration requested',
    );

    const chenCard = card(page, 'Chen');
    expect(await chenCard.getByTestId('setting').textContent()).toBe('Accommodated at Larch House');
    expect(await chenCard.getByTestId('support-end').textContent()).toBe('No end date for support yet');
    expect(await chenCard.getByRole('list', { name: 'Pending for Chen' }).textContent()).toBe(
      'RNA pending since Sat 28 Nov',
    );
    expect(await chenCard.getByRole('button', { name: /Submit an RNA/ }).count()).toBe(0);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'worker-day');

    // the goal: one tap to DONE, and a note
    const goalGroup = aminaCard.getByRole('group', { name: 'Apply to the council for housing' });
    const done = goalGroup.getByRole('button', { name: 'Done' });
    await done.click();
    const said = page.getByTestId('goal-status');
    await said.filter({ hasText: 'Apply to the council for housing: done.' }).waitFor({ state: 'attached' });
    await goalGroup.locator('button[aria-pressed="true"]', { hasText: 'Done' }).waitFor();
    // the card stays put: focus stays on the button tapped
    expect(await done.evaluate((button) => button === document.activeElement)).toBe(true);
    await aminaCard.getByLabel('Note on “Apply to the council for housing”').fill('Application in; council to reply.');
    await aminaCard.getByRole('button', { name: 'Save note' }).click();
    await said.filter({ hasText: 'Note saved on Apply to the council for housing.' }).waitFor({ state: 'attached' });
    const saved = (await ok(CASE, { id: amina.id })).supportCase.moveOnPlan.goals.find(
      (g: { id: string }) => g.id === goal,
    );
    expect(saved).toMatchObject({ status: 'DONE', note: 'Application in; council to reply.' });

    await page.reload();
    await card(page, 'Amina').waitFor();
    const doneButton = card(page, 'Amina')
      .getByRole('group', { name: 'Apply to the council for housing' })
      .getByRole('button', { name: 'Done' });
    expect(await doneButton.getAttribute('aria-pressed')).toBe('true');
    expect(await card(page, 'Amina').getByLabel('Note on “Apply to the council for housing”').inputValue()).toBe(
      'Application in; council to reply.',
    );

    // an RNA for Amina: cancelled once (focus back on its button), the API's field error by its field, then submitted
    const openRna = card(page, 'Amina').getByRole('button', { name: 'Submit an RNA for Amina' });
    await openRna.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await openRna.waitFor();
    expect(await openRna.evaluate((button) => button === document.activeElement)).toBe(true);
    await openRna.click();
    // the form's heading has the focus as soon as the click is done (same commit), not a frame later
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    const form = page.getByRole('form', { name: 'Recovery Needs Assessment for Amina' });
    const submittedOn = form.getByLabel('Submitted on');
    expect(await submittedOn.inputValue()).toBe('2026-12-01');
    await submittedOn.fill('2026-12-02');
    await form.getByLabel('Accommodation').check();
    await form.getByLabel('Health').check();
    await form.getByLabel('Note (optional)').fill('Needs a longer stay while the housing application runs.');
    await form.getByRole('button', { name: 'Submit RNA' }).click();
    await form.getByText('Submitted on must not be in the future.').waitFor();
    expect(await submittedOn.getAttribute('aria-invalid')).toBe('true');
    const submittedOnId = (await submittedOn.getAttribute('id'))!;
    expect(await focusedId(page, submittedOnId)).toBe(submittedOnId);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'worker-rna-error');

    await submittedOn.fill('2026-12-01');
    await form.getByRole('button', { name: 'Submit RNA' }).click();
    await page.getByRole('status').filter({ hasText: 'RNA for Amina submitted: it is pending.' }).waitFor();
    await card(page, 'Amina').getByText('RNA pending since Tue 1 Dec').waitFor();
    expect((await ok(CASE, { id: amina.id })).supportCase.recoveryNeedsAssessments).toEqual([
      {
        status: 'PENDING',
        submittedOn: '2026-12-01',
        needs: ['ACCOMMODATION', 'HEALTH'],
        note: 'Needs a longer stay while the housing application runs.',
      },
    ]);
    await screenshot(page, 'worker-after');
    await closeAll(context);
  });
});
