import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const SURVIVOR_FIELDS = `id nrmStatus nrmReferredOn reasonableGroundsOverdue
  nrmDecisions { decision decidedOn notifiedOn reconsideration }`;
const CASE_FIELDS = `id status overdue supportEndsOn
  supportEndHistory { supportEndsOn basis rule by { id } }
  recoveryNeedsAssessments { id status supportUntil }
  moveOnPlan { id status supportEndsOn overdue }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id survivor { id } supportCase { id } } }`;
const OPEN = `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id survivor { id } } }`;
const REFER = `mutation($id: ID!, $on: Date!) { recordNrmReferral(survivorId: $id, referredOn: $on) { ${SURVIVOR_FIELDS} } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { ${SURVIVOR_FIELDS} } }`;
const RECONSIDER = `mutation($id: ID!, $on: Date!) { requestNrmReconsideration(survivorId: $id, requestedOn: $on) { ${SURVIVOR_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $on: Date!) { withdrawFromNrm(survivorId: $id, on: $on) { ${SURVIVOR_FIELDS} } }`;
const SURVIVOR = `query($id: ID!) { survivor(id: $id) { ${SURVIVOR_FIELDS} } }`;
const CASE = `query($id: ID!) { supportCase(id: $id) { ${CASE_FIELDS} } }`;
const SUBMIT_RNA = `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id status } }`;
const DECIDE_RNA = `mutation($input: RecoveryNeedsAssessmentOutcomeInput!) { recordRecoveryNeedsAssessmentOutcome(input: $input) { id status supportUntil } }`;
const EXTEND = `mutation($input: ExtendSupportInput!) { extendSupport(input: $input) { ${CASE_FIELDS} } }`;

describe('the NRM journey and the end of support', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;
  let emergencyId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    providerId = (await t.world.provider()).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    emergencyId = (await t.world.safehouse(providerId, { kind: 'PRE_NRM_EMERGENCY', instantBooking: true } as never))
      .id;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  /** The service's clock on a day (London noon), and a fresh sign-in for it. */
  async function on(day: string) {
    t.clock.set(`${day}T12:00:00Z`);
    coordinator = await t.world.signInAgain(coordinator);
  }

  async function ok(query: string, variables: Record<string, unknown>, login: Login = coordinator) {
    const response = await t.gql(query, variables, login.token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  async function refused(query: string, variables: Record<string, unknown>) {
    const response = await t.gql(query, variables, coordinator.token);
    return errorOf(response);
  }

  async function outreach(nrmStatus = 'REFERRED') {
    const data = await ok(OPEN, {
      input: {
        providerId,
        area: 'Hull City Council',
        survivor: { gender: 'WOMAN', adult: true, nrmStatus, consentToReferral: true },
      },
    });
    return { caseId: data.openSupportCase.id as string, survivorId: data.openSupportCase.survivor.id as string };
  }

  const decide = (survivorId: string, decision: string, decidedOn: string, extra: Record<string, unknown> = {}) =>
    t.gql(DECIDE, { input: { survivorId, decision, decidedOn, ...extra } }, coordinator.token);

  it('a pre-NRM guest is referred, gets positive RG and CG decisions, and an RNA pending past the end agrees 90 more days', async () => {
    await on('2026-10-01');
    const bed = await t.world.bed(emergencyId);
    const guest = (
      await ok(DIRECT, {
        input: {
          bedId: bed.id,
          nights: 3,
          arrived: true,
          survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'NOT_REFERRED', consentToReferral: true },
        },
      })
    ).placeDirectly;
    const survivorId = guest.survivor.id;
    const caseId = guest.supportCase.id;

    await on('2026-10-02');
    const referred = (await ok(REFER, { id: survivorId, on: '2026-10-02' })).recordNrmReferral;
    expect(referred).toMatchObject({
      nrmStatus: 'REFERRED',
      nrmReferredOn: '2026-10-02',
      reasonableGroundsOverdue: false,
    });
    // Five working days is the Single Competent Authority's aim: on the sixth it is overdue.
    await on('2026-10-09');
    expect((await ok(SURVIVOR, { id: survivorId })).survivor.reasonableGroundsOverdue).toBe(false);
    await on('2026-10-12');
    expect((await ok(SURVIVOR, { id: survivorId })).survivor.reasonableGroundsOverdue).toBe(true);

    expect((await decide(survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-10-12')).errors).toBeUndefined();
    await on('2027-02-01');
    const cg = await decide(survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2027-02-01');
    expect(cg.errors).toBeUndefined();
    let found = (await ok(CASE, { id: caseId })).supportCase;
    expect(found).toMatchObject({ supportEndsOn: '2027-03-18', overdue: false });
    expect(found.supportEndHistory.map((c: { rule: string }) => c.rule)).toEqual([
      'positive reasonable grounds 2026-10-12: support continues to the conclusive decision',
      'positive conclusive grounds 2027-02-01 + 45 calendar days',
    ]);

    await on('2027-03-01');
    const rna = (
      await ok(SUBMIT_RNA, {
        input: { supportCaseId: caseId, submittedOn: '2027-03-01', needs: ['ACCOMMODATION', 'HEALTH'] },
      })
    ).submitRecoveryNeedsAssessment;
    expect(
      errorOf(
        await t.gql(
          SUBMIT_RNA,
          { input: { supportCaseId: caseId, submittedOn: '2027-03-01', needs: [] } },
          coordinator.token,
        ),
      ).code,
    ).toBe('CONFLICT');
    // Past the old end, with the RNA pending: not overdue.
    await on('2027-03-25');
    found = (await ok(CASE, { id: caseId })).supportCase;
    expect(found).toMatchObject({ supportEndsOn: '2027-03-18', overdue: false, moveOnPlan: { overdue: false } });
    expect(
      await refused(DECIDE_RNA, {
        input: { assessmentId: rna.id, decidedOn: '2027-03-25', supportUntil: '2027-03-01' },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.supportUntil',
    });
    const agreed = await ok(DECIDE_RNA, {
      input: { assessmentId: rna.id, decidedOn: '2027-03-25', supportUntil: '2027-06-16' },
    });
    expect(agreed.recordRecoveryNeedsAssessmentOutcome).toMatchObject({
      status: 'DECIDED',
      supportUntil: '2027-06-16',
    });
    expect(await refused(DECIDE_RNA, { input: { assessmentId: rna.id, decidedOn: '2027-03-25' } })).toMatchObject({
      reason: 'INVALID_TRANSITION',
    });
    found = (await ok(CASE, { id: caseId })).supportCase;
    expect(found).toMatchObject({ supportEndsOn: '2027-06-16', overdue: false });
    expect(found.supportEndHistory.at(-1)).toMatchObject({
      supportEndsOn: '2027-06-16',
      basis: 'RECOVERY_NEEDS_ASSESSMENT',
      rule: 'RNA 2027-03-25: support agreed until 2027-06-16',
      by: { id: coordinator.userId },
    });
    await on('2027-06-17');
    expect((await ok(CASE, { id: caseId })).supportCase.overdue).toBe(true);
  });

  it('refuses a CG without an RG, a late RG after a CG and an RG after a CG, changing nothing', async () => {
    await on('2026-12-01');
    const { survivorId, caseId } = await outreach();
    expect(errorOf(await decide(survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2026-11-20'))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NRM_DECISION_OUT_OF_ORDER',
    });
    expect((await decide(survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-11-01')).errors).toBeUndefined();
    expect((await decide(survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2026-11-25')).errors).toBeUndefined();
    const before = (await ok(CASE, { id: caseId })).supportCase;
    for (const late of ['2026-11-10', '2026-11-30']) {
      expect(errorOf(await decide(survivorId, 'NEGATIVE_REASONABLE_GROUNDS', late)).reason).toBe(
        'NRM_DECISION_OUT_OF_ORDER',
      );
    }
    expect((await ok(CASE, { id: caseId })).supportCase).toEqual(before);
    expect((await ok(SURVIVOR, { id: survivorId })).survivor).toMatchObject({
      nrmStatus: 'POSITIVE_CONCLUSIVE_GROUNDS',
      nrmDecisions: [{ decision: 'POSITIVE_REASONABLE_GROUNDS' }, { decision: 'POSITIVE_CONCLUSIVE_GROUNDS' }],
    });
  });

  it('counts a negative RG from when the provider learned of it, and a reconsideration turns it positive', async () => {
    await on('2026-11-20');
    const { survivorId, caseId } = await outreach();
    expect(
      (await decide(survivorId, 'NEGATIVE_REASONABLE_GROUNDS', '2026-11-02', { notifiedOn: '2026-11-04' })).errors,
    ).toBeUndefined();
    let found = (await ok(CASE, { id: caseId })).supportCase;
    // 9 working days from Wednesday 4 November.
    expect(found).toMatchObject({ supportEndsOn: '2026-11-17', overdue: true });
    expect(found.supportEndHistory[0].rule).toBe(
      'negative reasonable grounds 2026-11-04 + 9 working days (England and Wales)',
    );

    const asked = (await ok(RECONSIDER, { id: survivorId, on: '2026-11-10' })).requestNrmReconsideration;
    expect(asked.nrmStatus).toBe('RECONSIDERATION_REQUESTED');
    found = (await ok(CASE, { id: caseId })).supportCase;
    expect(found).toMatchObject({ supportEndsOn: '2026-11-17', overdue: false }); // pending: suspended

    const outcome = await decide(survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-11-19', { reconsideration: true });
    expect(outcome.errors).toBeUndefined();
    expect(outcome.data!.recordNrmDecision).toMatchObject({
      nrmStatus: 'POSITIVE_REASONABLE_GROUNDS',
      nrmDecisions: [
        { decision: 'NEGATIVE_REASONABLE_GROUNDS', notifiedOn: '2026-11-04', reconsideration: false },
        { decision: 'POSITIVE_REASONABLE_GROUNDS', reconsideration: true },
      ],
    });
    found = (await ok(CASE, { id: caseId })).supportCase;
    expect(found).toMatchObject({ supportEndsOn: null, overdue: false });
  });

  it('extends the support after a negative CG, never to an earlier date, and only a case with an end', async () => {
    await on('2026-12-01');
    const { survivorId, caseId } = await outreach('POSITIVE_REASONABLE_GROUNDS');
    expect(
      await refused(EXTEND, { input: { supportCaseId: caseId, until: '2027-01-31', reason: 'More time' } }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.supportCaseId',
    });
    expect((await decide(survivorId, 'NEGATIVE_CONCLUSIVE_GROUNDS', '2026-11-30')).errors).toBeUndefined();
    const end = (await ok(CASE, { id: caseId })).supportCase.supportEndsOn;
    expect(end).toBe('2026-12-11');
    expect(
      await refused(EXTEND, { input: { supportCaseId: caseId, until: '2026-12-10', reason: 'Less' } }),
    ).toMatchObject({
      field: 'input.until',
    });
    const extended = (
      await ok(EXTEND, { input: { supportCaseId: caseId, until: '2027-01-15', reason: 'Awaiting housing offer' } })
    ).extendSupport;
    expect(extended).toMatchObject({ supportEndsOn: '2027-01-15' });
    expect(extended.supportEndHistory.at(-1)).toMatchObject({
      basis: 'EXTENSION_REQUEST',
      rule: 'extension 2026-12-01: support until 2027-01-15',
    });
  });

  it('ends support after a withdrawal by the period of the stage the person was at', async () => {
    await on('2026-12-01');
    const before = await outreach('REFERRED');
    const withdrawn = (await ok(WITHDRAW, { id: before.survivorId, on: '2026-12-01' })).withdrawFromNrm;
    expect(withdrawn.nrmStatus).toBe('WITHDRAWN');
    const early = (await ok(CASE, { id: before.caseId })).supportCase;
    expect(early).toMatchObject({ status: 'OPEN', supportEndsOn: '2026-12-14' });
    expect(early.supportEndHistory.at(-1)).toMatchObject({ basis: 'WITHDRAWAL' });
    expect(early.supportEndHistory.at(-1).rule).toMatch(/the reasonable-grounds period/);
    expect(errorOf(await decide(before.survivorId, 'POSITIVE_REASONABLE_GROUNDS', '2026-12-01')).reason).toBe(
      'NRM_DECISION_OUT_OF_ORDER',
    );

    const after = await outreach('POSITIVE_REASONABLE_GROUNDS');
    expect((await decide(after.survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', '2026-11-02')).errors).toBeUndefined();
    await ok(WITHDRAW, { id: after.survivorId, on: '2026-11-20' });
    const late = (await ok(CASE, { id: after.caseId })).supportCase;
    // The withdrawal moves the 45-day end earlier: a later decision, not an RNA or extension.
    expect(late.supportEndsOn).toBe('2026-12-03');
    expect(late.supportEndHistory.at(-1).rule).toMatch(/the conclusive-grounds period/);
  });

  it('lets the support worker assigned to a case submit its RNA, and no other', async () => {
    await on('2026-12-01');
    const { caseId } = await outreach('POSITIVE_CONCLUSIVE_GROUNDS');
    const assigned = await t.world.login(Role.SUPPORT_WORKER, providerId);
    const other = await t.world.login(Role.SUPPORT_WORKER, providerId);
    const worker = await ok(
      `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`,
      {
        input: {
          providerId,
          name: 'Mira',
          gender: 'WOMAN',
          languages: ['en'],
          maxCaseload: 5,
          userId: assigned.userId,
        },
      },
    );
    await ok(`mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`, {
      input: { supportCaseId: caseId, supportWorkerId: worker.createSupportWorker.id, role: 'LEAD' },
    });
    const input = { supportCaseId: caseId, submittedOn: '2026-12-01', needs: ['FINANCE_AND_BENEFITS'] };
    expect(errorOf(await t.gql(SUBMIT_RNA, { input }, other.token)).code).toBe('NOT_FOUND');
    const submitted = await t.gql(SUBMIT_RNA, { input }, assigned.token);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitRecoveryNeedsAssessment.status).toBe('PENDING');
    // Deciding it is the coordinator's.
    const decided = await t.gql(
      DECIDE_RNA,
      { input: { assessmentId: submitted.data!.submitRecoveryNeedsAssessment.id, decidedOn: '2026-12-01' } },
      assigned.token,
    );
    expect(errorOf(decided).code).toBe('FORBIDDEN');
  });
});
