// Seeds a running Haven of the pre-cases code (commit fe70a72) through its GraphQL API over HTTP,
// and nothing else: no database access, no dependencies (Node 20's fetch). Run by make.sh, which
// starts that Haven with short holds and referral lapses (HOLD_MINUTES, ACCEPTANCE_EXPIRY_MINUTES)
// so that a hold and a referral really lapse here, as they would on a live service.
//
//   HAVEN_ADMIN_EMAIL=… HAVEN_ADMIN_PASSWORD=… node seed.mjs http://127.0.0.1:PORT seed.json
//
// Writes what it made (ids, logins, the intent of each placement, the status each reads as at
// `seededAt`) to seed.json; make.sh adds the database's own figures to make the manifest.
// Every personal text is obviously fake. The old API allowed some things the support-cases
// contract no longer does (a move-on plan on a referral still awaiting acceptance): they are here
// on purpose, because old databases hold them.
/* global process, console, fetch, setTimeout */
import { writeFileSync } from 'node:fs';

const [baseUrl, outFile] = process.argv.slice(2);
if (!baseUrl || !outFile) {
  console.error('usage: node seed.mjs BASE_URL OUT.json (with HAVEN_ADMIN_EMAIL and HAVEN_ADMIN_PASSWORD set)');
  process.exit(2);
}
const ADMIN = { email: process.env.HAVEN_ADMIN_EMAIL, password: process.env.HAVEN_ADMIN_PASSWORD };
/** How long to wait, at most, for the early hold and referral to lapse (they take HOLD_MINUTES, ACCEPTANCE_EXPIRY_MINUTES). */
const LAPSE_TIMEOUT_MS = 15 * 60_000;

async function gql(query, variables = {}, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const operation = query.replace(/\s+/g, ' ').slice(0, 80);
    throw new Error(`${operation}… failed: ${JSON.stringify(body.errors[0])}`);
  }
  return body.data;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const londonDate = (instant) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant)
    .slice(0, 10);
const addDays = (date, days) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const minutesFromNow = (minutes) => new Date(Date.now() + minutes * 60_000).toISOString();

// ------------------------------------------------------------------ operations of the old API

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken user { id } } }`;
const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`;
const CREATE_RESPONDER = `mutation($input: CreateResponderOrganisationInput!) { createResponderOrganisation(input: $input) { id } }`;
const CREATE_COMMISSIONER = `mutation($input: CreateCommissionerInput!) { createCommissioner(input: $input) { id } }`;
const COMMISSION = `mutation($input: CommissionProviderInput!) { commissionProvider(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_SAFEHOUSE = `mutation($input: CreateSafehouseInput!) { createSafehouse(input: $input) { id } }`;
const ADD_BED = `mutation($input: AddBedInput!) { addBed(input: $input) { id } }`;
const CREATE_WORKER = `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`;
const PLACEMENT = `id status survivor { id }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { ${PLACEMENT} holdExpiresAt } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { ${PLACEMENT} } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(placementId: $id) { ${PLACEMENT} } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { ${PLACEMENT} } }`;
const DECLINE = `mutation($id: ID!, $reason: DeclineReason!, $note: String) { declinePlacement(placementId: $id, reason: $reason, note: $note) { ${PLACEMENT} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelPlacement(placementId: $id, reason: $reason) { ${PLACEMENT} } }`;
const ARRIVE = `mutation($id: ID!, $at: DateTime) { recordArrival(placementId: $id, at: $at) { ${PLACEMENT} } }`;
const NO_SHOW = `mutation($id: ID!) { recordNoShow(placementId: $id) { ${PLACEMENT} } }`;
const DEPART = `mutation($id: ID!, $destination: MoveOnDestination!, $at: DateTime) { recordDeparture(placementId: $id, destination: $destination, at: $at) { ${PLACEMENT} } }`;
const DIRECT = `mutation($input: DirectPlacementInput!) { placeDirectly(input: $input) { ${PLACEMENT} } }`;
const ASSIGN = `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`;
const END_ASSIGNMENT = `mutation($id: ID!, $reason: String!) { endAssignment(assignmentId: $id, reason: $reason) { id endedAt } }`;
const CREATE_PLAN = `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id status goals { id } } }`;
const ADD_GOAL = `mutation($planId: ID!, $input: MoveOnGoalInput!) { addMoveOnGoal(planId: $planId, input: $input) { id } }`;
const UPDATE_GOAL = `mutation($id: ID!, $input: UpdateMoveOnGoalInput!) { updateMoveOnGoal(goalId: $id, input: $input) { id status } }`;
const ACTIVATE = `mutation($id: ID!) { activateMoveOnPlan(planId: $id) { id status } }`;
const COMPLETE = `mutation($input: CompleteMoveOnInput!) { completeMoveOn(input: $input) { id status } }`;
const DECIDE = `mutation($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id nrmStatus placements { id moveOnPlan { id status supportEndsOn } } } }`;
const ERASE = `mutation($id: ID!, $reason: String!) { eraseSurvivor(id: $id, reason: $reason) { id erasedAt } }`;
const READ_PLACEMENT = `query($id: ID!) { placement(id: $id) { ${PLACEMENT} } }`;
const ALL_PLACEMENTS = `query { placements(first: 100) { totalCount edges { node { ${PLACEMENT} } } } }`;
const ALL_PLANS = `query { moveOnPlans(first: 100) { totalCount edges { node { id status placement { id } } } } }`;

// ------------------------------------------------------------------ what gets made

const PASSWORD = 'fake-password-pre-cases-1';
const out = {
  madeAgainst: baseUrl,
  logins: {},
  organisations: {},
  safehouses: {},
  beds: {},
  supportWorkers: {},
  placements: [],
  moveOnPlans: [],
  nrmDecisions: [],
  assignments: [],
  erasedSurvivors: [],
};
const tokens = {};

async function signIn(name, email, password) {
  const { login } = await gql(LOGIN, { email, password });
  tokens[name] = login.accessToken;
  out.logins[name] = { email, password, userId: login.user.id };
}

async function user(name, role, organisationId, displayName) {
  const email = `${name.replace(/[A-Z]/g, (c) => `.${c.toLowerCase()}`)}@pre-cases.example`;
  const input = { email, password: PASSWORD, displayName, role, organisationId };
  await gql(CREATE_USER, { input }, tokens.admin);
  await signIn(name, email, PASSWORD);
}

/** A house of fake details; its beds are added as placements need them (bed). */
async function safehouse(name, providerId, fields) {
  const input = {
    providerId,
    area: 'Fakeshire',
    address: `${Object.keys(out.safehouses).length + 1} Fake Street, Faketown (FAKE ADDRESS)`,
    postcode: 'ZZ99 9ZZ',
    acceptsGenders: ['WOMAN'],
    acceptsDependants: false,
    stepFreeAccess: true,
    languages: ['en'],
    intakeHours: { open24Hours: true },
    ...fields,
  };
  const { createSafehouse } = await gql(CREATE_SAFEHOUSE, { input }, tokens.admin);
  out.safehouses[name] = { id: createSafehouse.id, providerId, kind: input.kind, instantBooking: input.instantBooking };
  out.beds[name] = [];
  return createSafehouse.id;
}

/**
 * Beds no claim holds, per house: a bed goes back (giveBack) when its placement ends having claimed
 * nothing that lasts. A departure's stay [from, departedAt) stays on its bed, and the next stays here
 * start up to an hour in the past, so a departed bed is not given back.
 */
const freeBeds = {};
async function bed(house, { sleeps = 1, accessible = false } = {}) {
  const pool = (freeBeds[house] ??= []);
  const index = pool.findIndex((b) => b.sleeps >= sleeps && (!accessible || b.accessible));
  if (index >= 0) return pool.splice(index, 1)[0].id;
  const label = `Fake Room ${out.beds[house].length + 1}`;
  const { addBed } = await gql(
    ADD_BED,
    { input: { safehouseId: out.safehouses[house].id, label, sleeps, accessible } },
    tokens.admin,
  );
  out.beds[house].push({ id: addBed.id, label, sleeps, accessible });
  return addBed.id;
}
function giveBack(house, bedId) {
  const known = out.beds[house].find((b) => b.id === bedId);
  freeBeds[house].push(known);
}

let people = 0;
/** A person of fake details; `same` repeats an earlier person's details (a second record of one person). */
function person(fields = {}, same) {
  if (same) return { ...same, ...fields };
  people += 1;
  const n = String(people).padStart(2, '0');
  return {
    reference: `FAKE-REF-${n}`,
    preferredName: `Fakename ${n}`,
    gender: 'WOMAN',
    adult: true,
    consentToReferral: true,
    nrmStatus: 'REFERRED',
    languages: people % 3 === 0 ? ['ro'] : people % 3 === 1 ? ['en'] : ['sq', 'en'],
    accessibilityNeeds: people % 4 === 0 ? `Fake need ${n}: a ground-floor room (FAKE)` : null,
    ...fields,
  };
}

/** One seeded placement: its intent (a word), where, by whom, and the status it must read as at seededAt. */
function record(intent, house, referrer, placement, expected, story, extra = {}) {
  out.placements.push({
    intent,
    id: placement.id,
    safehouse: house,
    providerId: out.safehouses[house].providerId,
    referrer,
    survivorId: null, // from the admin's reading at the end: a provider that declined sees no one
    status: expected,
    story,
    ...extra,
  });
  return placement;
}

const hold = async (officer, bedId, input = {}) =>
  (await gql(HOLD, { input: { bedId, nights: 14, ...input } }, tokens[officer])).holdBed;
const confirm = async (officer, placementId, survivor, idempotencyKey) =>
  (await gql(CONFIRM, { input: { placementId, survivor, idempotencyKey } }, tokens[officer])).confirmPlacement;
const act = async (query, who, variables) => Object.values(await gql(query, variables, tokens[who]))[0];
const direct = async (coordinator, bedId, survivor, input = {}) =>
  (await gql(DIRECT, { input: { bedId, nights: 28, survivor, ...input } }, tokens[coordinator])).placeDirectly;

async function assign(coordinator, placementIntent, placementId, worker, role) {
  const { assignSupportWorker } = await gql(
    ASSIGN,
    { input: { placementId, supportWorkerId: out.supportWorkers[worker].id, role } },
    tokens[coordinator],
  );
  const assignment = { id: assignSupportWorker.id, placement: placementIntent, worker, role, ended: null };
  out.assignments.push(assignment);
  return assignment;
}

async function plan(coordinator, placementIntent, placementId, input = {}) {
  const { createMoveOnPlan } = await gql(CREATE_PLAN, { input: { placementId, ...input } }, tokens[coordinator]);
  const made = {
    id: createMoveOnPlan.id,
    placement: placementIntent,
    goals: createMoveOnPlan.goals.map((g) => g.id),
    madeBy: 'createMoveOnPlan',
  };
  out.moveOnPlans.push(made);
  return made;
}

async function decide(coordinator, placementIntent, survivorId, decision, decidedOn) {
  const { recordNrmDecision } = await gql(DECIDE, { input: { survivorId, decision, decidedOn } }, tokens[coordinator]);
  out.nrmDecisions.push({ placement: placementIntent, survivorId, decision, decidedOn });
  return recordNrmDecision;
}

/** Waits until a placement reads as `status` to `who` (a lapse happens by the clock, not by a write). */
async function until(who, id, status) {
  const started = Date.now();
  for (;;) {
    const { placement } = await gql(READ_PLACEMENT, { id }, tokens[who]);
    if (placement.status === status) return;
    if (Date.now() - started > LAPSE_TIMEOUT_MS) throw new Error(`placement ${id} still reads ${placement.status}`);
    await sleep(5_000);
  }
}

// ------------------------------------------------------------------ the seeding

async function main() {
  const today = londonDate(new Date());
  out.seedingDay = today;
  await signIn('admin', ADMIN.email, ADMIN.password);

  // Organisations, houses and people: all by the admin, as a new deployment is set up.
  const north = (
    await gql(
      CREATE_PROVIDER,
      { input: { name: 'Fake Provider North', outOfHoursPhone: '+44 20 7946 0001' } },
      tokens.admin,
    )
  ).createProvider.id;
  const south = (
    await gql(
      CREATE_PROVIDER,
      { input: { name: 'Fake Provider South', outOfHoursPhone: '+44 20 7946 0002' } },
      tokens.admin,
    )
  ).createProvider.id;
  const police = (await gql(CREATE_RESPONDER, { input: { name: 'Fake Constabulary' } }, tokens.admin))
    .createResponderOrganisation.id;
  const council = (
    await gql(CREATE_COMMISSIONER, { input: { name: 'Fake Commissioning Body', region: 'Fakeshire' } }, tokens.admin)
  ).createCommissioner.id;
  out.organisations = { providerNorth: north, providerSouth: south, responder: police, commissioner: council };
  for (const providerId of [north, south])
    await gql(
      COMMISSION,
      { input: { commissionerId: council, providerId, startsOn: addDays(today, -365) } },
      tokens.admin,
    );

  await safehouse('northInstant', north, {
    name: 'Fake House North (instant booking)',
    kind: 'SAFEHOUSE',
    latitude: 53.4808,
    longitude: -2.2426,
    acceptsDependants: true,
    instantBooking: true,
  });
  await safehouse('northEmergency', north, {
    name: 'Fake Emergency House North (pre-NRM)',
    kind: 'PRE_NRM_EMERGENCY',
    latitude: 53.4831,
    longitude: -2.2004,
    acceptsGenders: ['WOMAN', 'MAN', 'NON_BINARY'],
    instantBooking: true,
  });
  await safehouse('southReferral', south, {
    name: 'Fake House South (provider accepts)',
    kind: 'SAFEHOUSE',
    latitude: 53.8008,
    longitude: -1.5491,
    acceptsGenders: ['WOMAN', 'MAN'],
    languages: ['en', 'ro'],
    intakeHours: { open24Hours: false, opensAt: '08:00', closesAt: '22:00' },
    instantBooking: false,
  });

  await user('dutyOfficer1', 'DUTY_OFFICER', police, 'Fake Duty Officer One');
  await user('dutyOfficer2', 'DUTY_OFFICER', police, 'Fake Duty Officer Two');
  await user('coordinatorNorth', 'PROVIDER_COORDINATOR', north, 'Fake Coordinator North');
  await user('coordinatorSouth', 'PROVIDER_COORDINATOR', south, 'Fake Coordinator South');
  await user('workerNorth1', 'SUPPORT_WORKER', north, 'Fake Worker North One');
  await user('workerNorth2', 'SUPPORT_WORKER', north, 'Fake Worker North Two');
  await user('commissioner', 'COMMISSIONER', council, 'Fake Commissioner');

  const worker = async (name, providerId, fields) => {
    const input = { providerId, maxCaseload: 8, ...fields };
    const { createSupportWorker } = await gql(CREATE_WORKER, { input }, tokens.admin);
    out.supportWorkers[name] = { id: createSupportWorker.id, providerId, userId: input.userId ?? null };
  };
  await worker('workerNorth1', north, {
    name: 'Fake Worker North One',
    gender: 'WOMAN',
    languages: ['en', 'ro'],
    userId: out.logins.workerNorth1.userId,
  });
  await worker('workerNorth2', north, {
    name: 'Fake Worker North Two',
    gender: 'WOMAN',
    languages: ['en', 'sq'],
    userId: out.logins.workerNorth2.userId,
  });
  await worker('workerSouth', south, { name: 'Fake Worker South (no login)', gender: 'MAN', languages: ['en'] });

  // The lapses first: they need HOLD_MINUTES and ACCEPTANCE_EXPIRY_MINUTES of real time.
  const holdLapsedBed = await bed('northInstant');
  const holdLapsed = record(
    'holdLapsed',
    'northInstant',
    'dutyOfficer1',
    await hold('dutyOfficer1', holdLapsedBed),
    'EXPIRED',
    'a hold never confirmed nor released: it lapsed (the row still says HELD; hold_expires_at has passed)',
  );
  const lapsedBed = await bed('southReferral');
  let p = await hold('dutyOfficer2', lapsedBed);
  p = await confirm('dutyOfficer2', p.id, person({ nrmStatus: 'REFERRED' }));
  const referralLapsed = record(
    'referralLapsed',
    'southReferral',
    'dutyOfficer2',
    p,
    'EXPIRED',
    'a referral the provider never answered: it lapsed (the row still says AWAITING_ACCEPTANCE; acceptance_expires_at has passed); its assignment, made while it awaited, reads as ended by the lapse but is stored open',
  );
  await assign('coordinatorSouth', 'referralLapsed', p.id, 'workerSouth', 'LEAD');

  // ---- North, instant booking: a hold confirms straight to CONFIRMED.
  let b = await bed('northInstant');
  p = await hold('dutyOfficer1', b, { idempotencyKey: 'fake-key-released' });
  p = await act(RELEASE, 'dutyOfficer1', { id: p.id });
  record('released', 'northInstant', 'dutyOfficer1', p, 'RELEASED', 'a hold released by the duty officer');
  giveBack('northInstant', b);

  b = await bed('northInstant');
  p = await hold('dutyOfficer1', b, { from: minutesFromNow(24 * 60), idempotencyKey: 'fake-key-instant' });
  p = await confirm('dutyOfficer1', p.id, person(), 'fake-key-instant-confirm');
  record(
    'instant',
    'northInstant',
    'dutyOfficer1',
    p,
    'CONFIRMED',
    'confirmed at once by instant booking, arriving tomorrow',
  );

  b = await bed('northInstant');
  p = await hold('dutyOfficer1', b, { from: minutesFromNow(-50) });
  p = await confirm('dutyOfficer1', p.id, person({ languages: ['ro'] }));
  p = await act(ARRIVE, 'coordinatorNorth', { id: p.id, at: minutesFromNow(-40) });
  record(
    'resident',
    'northInstant',
    'dutyOfficer1',
    p,
    'ARRIVED',
    'a resident with a LEAD and a SECONDARY worker and an ACTIVE move-on plan whose goals the workers own',
  );
  await assign('coordinatorNorth', 'resident', p.id, 'workerNorth1', 'LEAD');
  await assign('coordinatorNorth', 'resident', p.id, 'workerNorth2', 'SECONDARY');
  const active = await plan('coordinatorNorth', 'resident', p.id, {
    assessmentSummary: 'FAKE assessment: wants to live near a fake college.',
    targetMoveOnOn: addDays(today, 60),
    goals: [
      {
        area: 'ACCOMMODATION',
        description: 'FAKE goal: apply for fake social housing',
        ownerSupportWorkerId: out.supportWorkers.workerNorth1.id,
        dueOn: addDays(today, 21),
      },
      {
        area: 'HEALTH',
        description: 'FAKE goal: register with a fake GP',
        ownerSupportWorkerId: out.supportWorkers.workerNorth2.id,
      },
    ],
  });
  active.goals.push(
    (
      await gql(
        ADD_GOAL,
        { planId: active.id, input: { area: 'LEGAL_ADVICE', description: 'FAKE goal: see a fake solicitor' } },
        tokens.coordinatorNorth,
      )
    ).addMoveOnGoal.id,
  );
  await act(UPDATE_GOAL, 'workerNorth1', {
    id: active.goals[0],
    input: { status: 'IN_PROGRESS', note: 'FAKE note: form sent' },
  });
  await act(UPDATE_GOAL, 'coordinatorNorth', { id: active.goals[1], input: { status: 'DONE' } });
  await act(ACTIVATE, 'coordinatorNorth', { id: active.id });
  active.status = 'ACTIVE';

  const departure = async (intent, officer, destination, story, fields = {}, survivor = person()) => {
    const bedId = await bed('northInstant');
    let placement = await hold(officer, bedId, { from: minutesFromNow(-55) });
    placement = await confirm(officer, placement.id, survivor);
    placement = await act(ARRIVE, 'coordinatorNorth', { id: placement.id, at: minutesFromNow(-45) });
    const lead = fields.lead && (await assign('coordinatorNorth', intent, placement.id, fields.lead, 'LEAD'));
    placement = await act(DEPART, 'coordinatorNorth', { id: placement.id, destination });
    if (lead) lead.ended = 'departed';
    return record(intent, 'northInstant', officer, placement, 'DEPARTED', story, { destination });
  };
  await departure(
    'missing',
    'dutyOfficer1',
    'MISSING',
    'left without notice (MISSING); the LEAD assignment ended with the departure',
    { lead: 'workerNorth2' },
  );
  await departure(
    'housed',
    'dutyOfficer2',
    'SOCIAL_HOUSING',
    'moved on to social housing by recordDeparture, with no plan',
  );
  const erased = await departure(
    'erased',
    'dutyOfficer2',
    'RETURNED_TO_HOME_COUNTRY',
    'went home; then an ADMIN erased the survivor (eraseSurvivor)',
  );
  await act(ERASE, 'admin', {
    id: erased.survivor.id,
    reason: 'FAKE reason: the person asked for their details to be erased',
  });
  out.erasedSurvivors.push(erased.survivor.id);

  b = await bed('northInstant');
  p = await hold('dutyOfficer2', b);
  p = await confirm('dutyOfficer2', p.id, person());
  p = await act(NO_SHOW, 'coordinatorNorth', { id: p.id });
  record('noShow', 'northInstant', 'dutyOfficer2', p, 'NO_SHOW', 'confirmed by instant booking; never arrived');
  giveBack('northInstant', b);

  b = await bed('northInstant');
  p = await hold('dutyOfficer1', b);
  p = await confirm('dutyOfficer1', p.id, person());
  p = await act(CANCEL, 'dutyOfficer1', { id: p.id, reason: 'FAKE reason: the person chose another place' });
  record(
    'cancelledInstant',
    'northInstant',
    'dutyOfficer1',
    p,
    'CANCELLED',
    'cancelled by the duty officer after instant booking (accepted_at set)',
  );
  giveBack('northInstant', b);

  b = await bed('northInstant');
  p = await hold('dutyOfficer1', b);
  p = await act(CANCEL, 'dutyOfficer1', { id: p.id, reason: 'FAKE reason: held by mistake' });
  record(
    'cancelledHold',
    'northInstant',
    'dutyOfficer1',
    p,
    'CANCELLED',
    'a hold cancelled before any person was named (no survivor)',
  );
  giveBack('northInstant', b);

  b = await bed('northInstant', { sleeps: 3 });
  p = await hold('dutyOfficer2', b, { from: minutesFromNow(-30) });
  p = await confirm('dutyOfficer2', p.id, person({ dependants: 2, prefersWorkerGender: 'WOMAN' }));
  p = await act(ARRIVE, 'coordinatorNorth', { id: p.id });
  record('family', 'northInstant', 'dutyOfficer2', p, 'ARRIVED', 'a resident with two dependants in a family room');

  b = await bed('northInstant');
  p = await hold('dutyOfficer1', b, { from: minutesFromNow(-20) });
  p = await confirm('dutyOfficer1', p.id, person({ nrmStatus: 'REFERRED' }));
  p = await act(ARRIVE, 'coordinatorNorth', { id: p.id });
  const negative = record(
    'negativeRG',
    'northInstant',
    'dutyOfficer1',
    p,
    'ARRIVED',
    'a resident with a negative reasonable-grounds decision: a DRAFT plan with the end of support it set',
  );
  const negativeOn = addDays(today, -2);
  const negativeSeen = await decide(
    'coordinatorNorth',
    'negativeRG',
    p.survivor.id,
    'NEGATIVE_REASONABLE_GROUNDS',
    negativeOn,
  );
  const negativePlan = negativeSeen.placements.find((x) => x.id === negative.id).moveOnPlan;
  out.moveOnPlans.push({
    id: negativePlan.id,
    placement: 'negativeRG',
    goals: [],
    status: 'DRAFT',
    supportEndsOn: negativePlan.supportEndsOn,
    madeBy: 'recordNrmDecision',
  });

  // Direct placements by North's coordinator: the referrer is the coordinator.
  b = await bed('northInstant');
  p = await direct('coordinatorNorth', b, person({ accessibilityNeeds: 'FAKE need: no stairs' }), {
    from: minutesFromNow(3 * 24 * 60),
    idempotencyKey: 'fake-key-direct',
  });
  record(
    'directConfirmed',
    'northInstant',
    'coordinatorNorth',
    p,
    'CONFIRMED',
    'placed directly (a phone referral), arriving in three days; a DRAFT plan made by hand',
  );
  const draft = await plan('coordinatorNorth', 'directConfirmed', p.id, {
    assessmentSummary: 'FAKE assessment: first meeting booked.',
    goals: [{ area: 'FINANCE_AND_BENEFITS', description: 'FAKE goal: open a fake bank account' }],
  });
  draft.status = 'DRAFT';

  b = await bed('northInstant');
  p = await direct('coordinatorNorth', b, person(), { arrived: true, from: minutesFromNow(-30) });
  record(
    'directArrived',
    'northInstant',
    'coordinatorNorth',
    p,
    'ARRIVED',
    'placed directly as already in the house; its LEAD assignment ended by endAssignment',
  );
  const ended = await assign('coordinatorNorth', 'directArrived', p.id, 'workerNorth1', 'LEAD');
  await act(END_ASSIGNMENT, 'coordinatorNorth', { id: ended.id, reason: 'FAKE reason: the worker went on leave' });
  ended.ended = 'endAssignment';

  b = await bed('northInstant');
  p = await direct('coordinatorNorth', b, person({ nrmStatus: 'REFERRED' }), {
    arrived: true,
    from: minutesFromNow(-25),
  });
  const positive = record(
    'positiveCG',
    'northInstant',
    'coordinatorNorth',
    p,
    'ARRIVED',
    'a resident with positive reasonable then conclusive grounds: the plan they made holds the end of support; LEAD reassigned',
  );
  const reassigned = await assign('coordinatorNorth', 'positiveCG', p.id, 'workerNorth2', 'LEAD');
  await assign('coordinatorNorth', 'positiveCG', p.id, 'workerNorth1', 'LEAD');
  reassigned.ended = 'reassigned';
  await decide('coordinatorNorth', 'positiveCG', p.survivor.id, 'POSITIVE_REASONABLE_GROUNDS', addDays(today, -40));
  const positiveSeen = await decide(
    'coordinatorNorth',
    'positiveCG',
    p.survivor.id,
    'POSITIVE_CONCLUSIVE_GROUNDS',
    today,
  );
  const positivePlan = positiveSeen.placements.find((x) => x.id === positive.id).moveOnPlan;
  out.moveOnPlans.push({
    id: positivePlan.id,
    placement: 'positiveCG',
    goals: [],
    status: 'DRAFT',
    supportEndsOn: positivePlan.supportEndsOn,
    madeBy: 'recordNrmDecision',
  });

  b = await bed('northInstant');
  p = await direct('coordinatorNorth', b, person({ nrmStatus: 'POSITIVE_CONCLUSIVE_GROUNDS' }), {
    arrived: true,
    from: minutesFromNow(-35),
  });
  const movedOnId = p.id;
  await assign('coordinatorNorth', 'movedOn', p.id, 'workerNorth1', 'LEAD');
  const completed = await plan('coordinatorNorth', 'movedOn', p.id, {
    goals: [
      {
        area: 'ACCOMMODATION',
        description: 'FAKE goal: sign a fake tenancy',
        ownerSupportWorkerId: out.supportWorkers.workerNorth1.id,
      },
    ],
  });
  await act(ACTIVATE, 'coordinatorNorth', { id: completed.id });
  await act(COMPLETE, 'coordinatorNorth', {
    input: {
      planId: completed.id,
      destination: 'PRIVATE_RENTED',
      movedOnAt: new Date().toISOString(),
      reachInSupportUntil: addDays(today, 90),
    },
  });
  completed.status = 'COMPLETED';
  out.assignments.at(-1).ended = 'departed';
  p = (await gql(READ_PLACEMENT, { id: movedOnId }, tokens.coordinatorNorth)).placement;
  record(
    'movedOn',
    'northInstant',
    'coordinatorNorth',
    p,
    'DEPARTED',
    'moved on through completeMoveOn (PRIVATE_RENTED): the plan COMPLETED, the placement DEPARTED, its assignment ended',
    { destination: 'PRIVATE_RENTED' },
  );

  // ---- North, pre-NRM emergency house: anyone, referred or not.
  b = await bed('northEmergency');
  p = await hold('dutyOfficer1', b, { nights: 5, from: minutesFromNow(-15) });
  p = await confirm('dutyOfficer1', p.id, person({ nrmStatus: 'NOT_REFERRED', gender: 'MAN' }));
  p = await act(ARRIVE, 'coordinatorNorth', { id: p.id });
  record(
    'preNrmArrived',
    'northEmergency',
    'dutyOfficer1',
    p,
    'ARRIVED',
    'a guest of the pre-NRM house, not referred to the NRM',
  );

  const movingPerson = person({ nrmStatus: 'NOT_REFERRED' });
  b = await bed('northEmergency');
  p = await hold('dutyOfficer2', b, { nights: 3, from: minutesFromNow(-58) });
  p = await confirm('dutyOfficer2', p.id, movingPerson);
  p = await act(ARRIVE, 'coordinatorNorth', { id: p.id, at: minutesFromNow(-50) });
  p = await act(DEPART, 'coordinatorNorth', { id: p.id, destination: 'OTHER_SAFEHOUSE' });
  record(
    'preNrmMovedOn',
    'northEmergency',
    'dutyOfficer2',
    p,
    'DEPARTED',
    'left the pre-NRM house for a safehouse elsewhere (OTHER_SAFEHOUSE): the same person is movedHere, a second survivor record',
    { destination: 'OTHER_SAFEHOUSE' },
  );

  b = await bed('northEmergency');
  p = await hold('dutyOfficer1', b, { nights: 2 });
  p = await confirm('dutyOfficer1', p.id, person({ nrmStatus: 'NOT_REFERRED' }));
  p = await act(CANCEL, 'coordinatorNorth', {
    id: p.id,
    reason: 'FAKE reason: the house cannot take the guest tonight',
  });
  record(
    'preNrmCancelled',
    'northEmergency',
    'dutyOfficer1',
    p,
    'CANCELLED',
    'confirmed (instant) and then cancelled by the provider',
  );
  giveBack('northEmergency', b);

  // ---- South: every referral waits for the provider's answer.
  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b, { from: minutesFromNow(-10) });
  p = await confirm('dutyOfficer2', p.id, person({ nrmStatus: 'REFERRED' }, movingPerson));
  p = await act(ACCEPT, 'coordinatorSouth', { id: p.id });
  p = await act(ARRIVE, 'coordinatorSouth', { id: p.id });
  record(
    'movedHere',
    'southReferral',
    'dutyOfficer2',
    p,
    'ARRIVED',
    "the person of preNrmMovedOn, now referred, accepted and arrived in another provider's house (same reference, another survivor row)",
    { samePersonAs: 'preNrmMovedOn' },
  );
  await assign('coordinatorSouth', 'movedHere', p.id, 'workerSouth', 'LEAD');
  out.placements.find((x) => x.intent === 'preNrmMovedOn').samePersonAs = 'movedHere';

  b = await bed('southReferral');
  p = await hold('dutyOfficer1', b);
  p = await confirm('dutyOfficer1', p.id, person());
  await assign('coordinatorSouth', 'declined', p.id, 'workerSouth', 'LEAD');
  p = await act(DECLINE, 'coordinatorSouth', { id: p.id, reason: 'NO_CAPACITY', note: 'FAKE note: staff shortage' });
  record(
    'declined',
    'southReferral',
    'dutyOfficer1',
    p,
    'DECLINED',
    'declined; the assignment made while it awaited ended with the decline',
  );
  out.assignments.at(-1).ended = 'referral declined';
  giveBack('southReferral', b);

  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b);
  p = await confirm('dutyOfficer2', p.id, person({ gender: 'MAN' }));
  const awaitingPlan = await plan('coordinatorSouth', 'declinedWithPlan', p.id, {
    assessmentSummary: 'FAKE assessment written before the referral was answered',
    goals: [
      {
        area: 'SAFETY',
        description: 'FAKE goal: a fake safety plan',
        ownerSupportWorkerId: out.supportWorkers.workerSouth.id,
      },
    ],
  });
  awaitingPlan.status = 'DRAFT';
  p = await act(DECLINE, 'coordinatorSouth', { id: p.id, reason: 'RISK_TO_RESIDENTS' });
  record(
    'declinedWithPlan',
    'southReferral',
    'dutyOfficer2',
    p,
    'DECLINED',
    'a move-on plan made while the referral awaited acceptance (the old code allowed it), then declined: the plan stays DRAFT on a declined referral',
  );
  giveBack('southReferral', b);

  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b, {
    from: minutesFromNow(2 * 24 * 60),
    arrivingAt: minutesFromNow(2 * 24 * 60 + 120),
  });
  p = await confirm('dutyOfficer2', p.id, person({ languages: ['ro'] }));
  p = await act(ACCEPT, 'coordinatorSouth', { id: p.id });
  record(
    'accepted',
    'southReferral',
    'dutyOfficer2',
    p,
    'CONFIRMED',
    "confirmed by the provider's acceptance, arriving in two days",
  );

  b = await bed('southReferral');
  p = await hold('dutyOfficer1', b);
  p = await confirm('dutyOfficer1', p.id, person());
  p = await act(CANCEL, 'dutyOfficer1', { id: p.id, reason: 'FAKE reason: placed nearer home' });
  record(
    'cancelledAwaiting',
    'southReferral',
    'dutyOfficer1',
    p,
    'CANCELLED',
    'cancelled by the duty officer before the provider answered (no accepted_at)',
  );
  giveBack('southReferral', b);

  b = await bed('southReferral');
  p = await hold('dutyOfficer1', b);
  p = await confirm('dutyOfficer1', p.id, person());
  p = await act(ACCEPT, 'coordinatorSouth', { id: p.id });
  p = await act(CANCEL, 'dutyOfficer1', { id: p.id, reason: 'FAKE reason: the person declined the place' });
  record(
    'cancelledAccepted',
    'southReferral',
    'dutyOfficer1',
    p,
    'CANCELLED',
    'cancelled by the duty officer after the provider accepted (accepted_at set)',
  );
  giveBack('southReferral', b);

  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b);
  p = await confirm('dutyOfficer2', p.id, person({ gender: 'MAN' }));
  p = await act(ACCEPT, 'coordinatorSouth', { id: p.id });
  p = await act(NO_SHOW, 'coordinatorSouth', { id: p.id });
  record('acceptedNoShow', 'southReferral', 'dutyOfficer2', p, 'NO_SHOW', 'accepted by the provider; never arrived');
  giveBack('southReferral', b);

  b = await bed('southReferral');
  p = await hold('dutyOfficer1', b, { from: minutesFromNow(-45) });
  p = await confirm('dutyOfficer1', p.id, person());
  p = await act(ACCEPT, 'coordinatorSouth', { id: p.id });
  p = await act(ARRIVE, 'coordinatorSouth', { id: p.id, at: minutesFromNow(-40) });
  p = await act(DEPART, 'coordinatorSouth', { id: p.id, destination: 'LOCAL_AUTHORITY_HOUSING' });
  record(
    'departedSouth',
    'southReferral',
    'dutyOfficer1',
    p,
    'DEPARTED',
    'accepted, arrived and moved on to local authority housing',
    { destination: 'LOCAL_AUTHORITY_HOUSING' },
  );

  b = await bed('southReferral');
  p = await direct('coordinatorSouth', b, person({ gender: 'MAN' }), { from: minutesFromNow(24 * 60) });
  record(
    'directSouth',
    'southReferral',
    'coordinatorSouth',
    p,
    'CONFIRMED',
    "placed directly by South's coordinator, arriving tomorrow",
  );

  b = await bed('southReferral');
  p = await direct('coordinatorSouth', b, person({ gender: 'MAN', prefersWorkerGender: 'MAN' }), {
    arrived: true,
    from: minutesFromNow(-5),
  });
  record(
    'directArrivedSouth',
    'southReferral',
    'coordinatorSouth',
    p,
    'ARRIVED',
    "placed directly as already in South's house, no worker",
  );

  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b);
  p = await act(RELEASE, 'dutyOfficer2', { id: p.id });
  record(
    'releasedSouth',
    'southReferral',
    'dutyOfficer2',
    p,
    'RELEASED',
    "a hold in South's house released by the duty officer",
  );
  giveBack('southReferral', b);

  // ---- The lapses have had their time; then what must still be pending at seededAt.
  await until('admin', holdLapsed.id, 'EXPIRED');
  await until('admin', referralLapsed.id, 'EXPIRED');

  b = await bed('southReferral');
  p = await hold('dutyOfficer1', b, { from: minutesFromNow(3 * 60) });
  p = await confirm('dutyOfficer1', p.id, person({ languages: ['sq'] }));
  record(
    'awaiting',
    'southReferral',
    'dutyOfficer1',
    p,
    'AWAITING_ACCEPTANCE',
    "a referral still awaiting the provider's answer at seededAt",
  );

  b = await bed('southReferral');
  p = await hold('dutyOfficer2', b, { idempotencyKey: 'fake-key-held' });
  record('held', 'southReferral', 'dutyOfficer2', p, 'HELD', 'a hold still live at seededAt');

  // The instant at which every status above is what it reads as: the test's clock.
  out.seededAt = new Date().toISOString();

  const seen = (await gql(ALL_PLACEMENTS, {}, tokens.admin)).placements;
  const reads = new Map(seen.edges.map(({ node }) => [node.id, node.status]));
  const wrong = out.placements.filter((x) => reads.get(x.id) !== x.status);
  for (const { node } of seen.edges) {
    const made = out.placements.find((x) => x.id === node.id);
    if (made) made.survivorId = node.survivor?.id ?? null;
  }
  if (seen.totalCount !== out.placements.length || wrong.length > 0) {
    throw new Error(
      `placements read back differ: ${seen.totalCount} listed, ${out.placements.length} seeded; ` +
        wrong.map((x) => `${x.intent} reads ${reads.get(x.id)}, meant ${x.status}`).join('; '),
    );
  }
  const plans = (await gql(ALL_PLANS, {}, tokens.admin)).moveOnPlans;
  if (plans.totalCount !== out.moveOnPlans.length)
    throw new Error(`${plans.totalCount} move-on plans listed, ${out.moveOnPlans.length} seeded`);
  const planStatus = new Map(plans.edges.map(({ node }) => [node.id, node.status]));
  for (const made of out.moveOnPlans) made.status = planStatus.get(made.id);

  writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(
    `seeded ${out.placements.length} placements, ${out.moveOnPlans.length} move-on plans; seededAt ${out.seededAt}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
