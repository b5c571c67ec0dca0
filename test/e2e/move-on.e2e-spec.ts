import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { Login } from '../support/world';

const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { id survivor { id } moveOnPlan { id } } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id nrmStatus nrmDecisions { decision decidedOn } placements { id moveOnPlan { id status supportEndsOn supportEndRule overdue triggeringDecision { decision } } } } }`;
const PLAN = `query($id: ID!) { moveOnPlan(id: $id) { id status supportEndsOn supportEndRule overdue goals { id status owner { id } } placement { id status } survivor { id } } }`;
const CREATE_PLAN = `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id status goals { id } } }`;
const ADD_GOAL = `mutation($planId: ID!, $input: MoveOnGoalInput!) { addMoveOnGoal(planId: $planId, input: $input) { id owner { id } } }`;
const UPDATE_GOAL = `mutation($id: ID!, $input: UpdateMoveOnGoalInput!) { updateMoveOnGoal(goalId: $id, input: $input) { id status note } }`;
const ACTIVATE = `mutation($id: ID!) { activateMoveOnPlan(planId: $id) { id status } }`;
const COMPLETE = `mutation($input: CompleteMoveOnInput!) { completeMoveOn(input: $input) { id status movedOnAt destination reachInSupportUntil placement { status departedAt } } }`;
const PLANS = `query($filter: MoveOnPlanFilter) { moveOnPlans(filter: $filter) { totalCount edges { node { id supportEndsOn overdue } } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CREATE_WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;

describe('NRM decisions and move-on plans', () => {
  let t: TestApp;
  let providerId: string;
  let coordinator: Login;
  let safehouseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    providerId = (await t.world.provider()).id;
    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    safehouseId = (await t.world.safehouse(providerId, { instantBooking: true })).id;
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  async function resident() {
    const bed = await t.world.bed(safehouseId);
    const response = await t.gql(
      DIRECT,
      {
        input: {
          bedId: bed.id,
          nights: 30,
          arrived: true,
          // Referred with a positive reasonable-grounds decision: any decision may follow it.
          survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'POSITIVE_REASONABLE_GROUNDS', consentToReferral: true },
        },
      },
      coordinator.token,
    );
    expect(response.errors).toBeUndefined();
    return {
      bedId: bed.id,
      placementId: response.data!.placeDirectly.id,
      survivorId: response.data!.placeDirectly.survivor.id,
    };
  }

  async function decide(survivorId: string, decision: string, decidedOn: string) {
    const response = await t.gql(DECIDE, { input: { survivorId, decision, decidedOn } }, coordinator.token);
    expect(response.errors).toBeUndefined();
    const survivor = response.data!.recordNrmDecision;
    return { survivor, plan: survivor.placements[0].moveOnPlan };
  }

  it.each([
    ['POSITIVE_CONCLUSIVE_GROUNDS', '2026-11-02', '2026-12-17'],
    ['NEGATIVE_REASONABLE_GROUNDS', '2026-11-02', '2026-11-13'],
    ['NEGATIVE_CONCLUSIVE_GROUNDS', '2026-12-21', '2027-01-06'], // Christmas, Boxing Day's substitute and New Year skipped
    ['NEGATIVE_CONCLUSIVE_GROUNDS', '2027-03-22', '2027-04-06'], // Good Friday and Easter Monday skipped
    ['NEGATIVE_REASONABLE_GROUNDS', '2026-11-21', '2026-12-03'], // a Saturday: counting starts Monday
    ['POSITIVE_REASONABLE_GROUNDS', '2026-11-02', null],
  ])('%s decided on %s sets supportEndsOn %s and a draft plan', async (decision, decidedOn, endsOn) => {
    t.clock.set('2027-06-01T12:00:00Z');
    coordinator = await t.world.signInAgain(coordinator); // sign-ins end by the service's clock
    const { survivorId } = await resident();
    const { survivor, plan } = await decide(survivorId, decision, decidedOn);
    expect(survivor.nrmStatus).toBe(decision);
    expect(survivor.nrmDecisions).toEqual([{ decision, decidedOn }]);
    expect(plan).toMatchObject({ status: 'DRAFT', supportEndsOn: endsOn, triggeringDecision: { decision } });
  });

  it('keeps a date already given when the policy changes', async () => {
    const { survivorId, placementId } = await resident();
    const { plan } = await decide(survivorId, 'NEGATIVE_REASONABLE_GROUNDS', '2026-11-02');
    const before = t.settings.NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS;
    t.settings.NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS = 5;
    try {
      const seen = await t.gql(PLAN, { id: plan.id }, coordinator.token);
      expect(seen.data!.moveOnPlan).toMatchObject({
        supportEndsOn: '2026-11-13',
        supportEndRule: expect.stringContaining('9 working days'),
      });
      const { survivorId: later } = await resident();
      expect((await decide(later, 'NEGATIVE_REASONABLE_GROUNDS', '2026-11-02')).plan.supportEndsOn).toBe('2026-11-09');
    } finally {
      t.settings.NRM_NEGATIVE_RG_SUPPORT_WORKING_DAYS = before;
    }
    expect(placementId).toBeDefined();
  });

  it('is overdue the day after supportEndsOn in London, not on it', async () => {
    const { survivorId } = await resident();
    const { plan } = await decide(survivorId, 'NEGATIVE_REASONABLE_GROUNDS', '2026-11-02'); // ends 2026-11-13
    t.clock.set('2026-11-13T23:30:00Z'); // 23:30 in London, still the 13th (GMT)
    expect((await t.gql(PLAN, { id: plan.id }, coordinator.token)).data!.moveOnPlan.overdue).toBe(false);
    t.clock.set('2026-11-14T00:30:00Z');
    expect((await t.gql(PLAN, { id: plan.id }, coordinator.token)).data!.moveOnPlan.overdue).toBe(true);
    const overdue = await t.gql(PLANS, { filter: { overdue: true, providerId } }, coordinator.token);
    expect(overdue.data!.moveOnPlans.edges.map((e: any) => e.node.id)).toContain(plan.id);
    const soon = await t.gql(PLANS, { filter: { supportEndsBefore: '2026-11-14' } }, coordinator.token);
    expect(soon.data!.moveOnPlans.edges.map((e: any) => e.node.id)).toContain(plan.id);
  });

  it('lets goals be owned only by support workers of the same provider, and updated by their owner', async () => {
    const { placementId } = await resident();
    const plan = (
      await t.gql(CREATE_PLAN, { input: { placementId, assessmentSummary: 'Needs housing advice' } }, coordinator.token)
    ).data!.createMoveOnPlan;
    expect(errorOf(await t.gql(CREATE_PLAN, { input: { placementId } }, coordinator.token)).code).toBe('CONFLICT');
    const workerLogin = await t.world.login(Role.SUPPORT_WORKER, providerId);
    const mine = (
      await t.gql(
        CREATE_WORKER,
        {
          input: {
            providerId,
            name: 'Besa',
            gender: 'WOMAN',
            languages: ['sq'],
            maxCaseload: 5,
            userId: workerLogin.userId,
          },
        },
        coordinator.token,
      )
    ).data!.createSupportWorker;
    const otherProvider = (await t.world.provider()).id;
    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR, otherProvider);
    const foreign = (
      await t.gql(
        CREATE_WORKER,
        { input: { providerId: otherProvider, name: 'Far', gender: 'MAN', languages: [], maxCaseload: 5 } },
        otherCoordinator.token,
      )
    ).data!.createSupportWorker;

    const refused = await t.gql(
      ADD_GOAL,
      { planId: plan.id, input: { area: 'HEALTH', description: 'GP registration', ownerSupportWorkerId: foreign.id } },
      coordinator.token,
    );
    expect(errorOf(refused).reason).toBe('WRONG_PROVIDER');
    const goal = (
      await t.gql(
        ADD_GOAL,
        {
          planId: plan.id,
          input: { area: 'ACCOMMODATION', description: 'Housing application', ownerSupportWorkerId: mine.id },
        },
        coordinator.token,
      )
    ).data!.addMoveOnGoal;
    const other = (
      await t.gql(
        ADD_GOAL,
        { planId: plan.id, input: { area: 'LEGAL_ADVICE', description: 'Solicitor' } },
        coordinator.token,
      )
    ).data!.addMoveOnGoal;

    const updated = await t.gql(
      UPDATE_GOAL,
      { id: goal.id, input: { status: 'IN_PROGRESS', note: 'Form sent' } },
      workerLogin.token,
    );
    expect(updated.data!.updateMoveOnGoal).toMatchObject({ status: 'IN_PROGRESS', note: 'Form sent' });
    expect(errorOf(await t.gql(UPDATE_GOAL, { id: other.id, input: { status: 'DONE' } }, workerLogin.token)).code).toBe(
      'NOT_FOUND',
    );
    expect(
      errorOf(await t.gql(UPDATE_GOAL, { id: goal.id, input: { status: 'DONE' } }, otherCoordinator.token)).code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await t.gql(UPDATE_GOAL, { id: goal.id, input: { ownerSupportWorkerId: foreign.id } }, coordinator.token))
        .reason,
    ).toBe('WRONG_PROVIDER');

    expect((await t.gql(ACTIVATE, { id: plan.id }, coordinator.token)).data!.activateMoveOnPlan.status).toBe('ACTIVE');
    expect(errorOf(await t.gql(ACTIVATE, { id: plan.id }, coordinator.token)).reason).toBe('INVALID_TRANSITION');
  });

  it('completes a move-on in one go: departed at movedOnAt, bed free from then and not before', async () => {
    t.clock.set(new Date(Date.now() - 2 * 3_600_000)); // arrived two hours ago
    const { bedId, survivorId } = await resident();
    t.clock.reset();
    const { plan } = await decide(survivorId, 'POSITIVE_CONCLUSIVE_GROUNDS', t.clock.today());
    const movedOnAt = new Date(Date.now() - 30 * 60_000);
    const done = await t.gql(
      COMPLETE,
      {
        input: {
          planId: plan.id,
          movedOnAt: movedOnAt.toISOString(),
          destination: 'SOCIAL_HOUSING',
          reachInSupportUntil: '2027-03-01',
        },
      },
      coordinator.token,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeMoveOn).toMatchObject({
      status: 'COMPLETED',
      destination: 'SOCIAL_HOUSING',
      reachInSupportUntil: '2027-03-01',
      placement: { status: 'DEPARTED', departedAt: movedOnAt.toISOString() },
    });
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const after = await t.gql(
      HOLD,
      { input: { bedId, nights: 1, from: new Date(movedOnAt.getTime() + 60_000).toISOString() } },
      officer.token,
    );
    expect(after.data?.holdBed.status).toBe('HELD');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM bed_occupation WHERE bed_id = $1 AND live AND period @> $2::timestamptz`,
      [bedId, new Date(movedOnAt.getTime() - 60_000)],
    );
    expect(n).toBe(1); // the stay before movedOnAt still stands
    expect(
      errorOf(
        await t.gql(
          COMPLETE,
          { input: { planId: plan.id, movedOnAt: movedOnAt.toISOString(), destination: 'UNKNOWN' } },
          coordinator.token,
        ),
      ).reason,
    ).toBe('INVALID_TRANSITION');
  });

  it('shows plans to the provider only, never to commissioners, duty officers or other providers', async () => {
    const { survivorId } = await resident();
    const { plan } = await decide(survivorId, 'NEGATIVE_REASONABLE_GROUNDS', '2026-11-02');
    for (const role of [Role.COMMISSIONER, Role.DUTY_OFFICER]) {
      const outsider = await t.world.login(role);
      expect(errorOf(await t.gql(PLAN, { id: plan.id }, outsider.token)).code).toBe('FORBIDDEN');
    }
    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    expect(errorOf(await t.gql(PLAN, { id: plan.id }, otherCoordinator.token)).code).toBe('NOT_FOUND');
    expect((await t.gql(PLANS, {}, otherCoordinator.token)).data!.moveOnPlans.totalCount).toBe(0);
    const decideOther = await t.gql(
      DECIDE,
      { input: { survivorId, decision: 'POSITIVE_CONCLUSIVE_GROUNDS', decidedOn: '2026-11-02' } },
      otherCoordinator.token,
    );
    expect(errorOf(decideOther).code).toBe('NOT_FOUND');
    const unassignedWorker = await t.world.login(Role.SUPPORT_WORKER, providerId);
    expect(errorOf(await t.gql(PLAN, { id: plan.id }, unassignedWorker.token)).code).toBe('NOT_FOUND');
  });
});
