import { Role } from '../../src/common/roles';
import type { TestApp } from './test-app';
import type { TenantIds } from './tenant-matrix';
import type { Login } from './world';

/** A tenant's confidential values: distinctive, so that finding one in a response is unambiguous. */
export interface TenantSecrets {
  preferredName: string;
  address: string;
  postcode: string;
  latitude: string;
  longitude: string;
}

export interface Tenant {
  tag: string;
  ids: TenantIds;
  secrets: TenantSecrets;
  dutyOfficer: Login;
  coordinator: Login;
  supportWorker: Login;
  commissioner: Login;
}

const QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];

/**
 * One tenant of each kind, built through the API the way staff would: a provider with a house, beds
 * and a block; a responder whose duty officer placed a survivor there (arrived); a support worker
 * assigned as lead; a move-on plan with a goal; a commissioner with a published inspection and an
 * action.
 */
export async function buildTenant(
  t: TestApp,
  tag: string,
  place: { latitude: number; longitude: number; postcode: string },
): Promise<Tenant> {
  const ok = async (query: string, variables: Record<string, unknown>, login: Login) => {
    const response = await t.gql(query, variables, login.token);
    if (response.errors) throw new Error(`setting up tenant ${tag}: ${response.text}`);
    return response.data!;
  };
  const secrets: TenantSecrets = {
    preferredName: `Canaryname${tag}Qx`,
    address: `${tag}7 Canarywharf Mews Qx`,
    postcode: place.postcode,
    latitude: String(place.latitude),
    longitude: String(place.longitude),
  };
  const provider = await t.world.provider({ name: `Provider ${tag}` });
  const responder = await t.world.responder({ name: `Responder ${tag}` });
  const commissionerOrg = await t.world.commissioner({ name: `Commissioner ${tag}` });
  await t.world.commission(commissionerOrg.id, provider.id);
  const house = await t.world.safehouse(provider.id, {
    address: secrets.address,
    postcode: secrets.postcode,
    latitude: place.latitude,
    longitude: place.longitude,
    instantBooking: true,
  });
  const [bed, freeBed, blockedBed] = [
    await t.world.bed(house.id),
    await t.world.bed(house.id),
    await t.world.bed(house.id),
  ];
  const dutyOfficer = await t.world.login(Role.DUTY_OFFICER, responder.id);
  const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
  const supportWorker = await t.world.login(Role.SUPPORT_WORKER, provider.id);
  const commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);

  const held = await ok(
    `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`,
    { input: { bedId: bed.id, nights: 30 } },
    dutyOfficer,
  );
  const placementId = held.holdBed.id as string;
  const confirmed = await ok(
    `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { status survivor { id } } }`,
    {
      input: {
        placementId,
        survivor: {
          preferredName: secrets.preferredName,
          gender: 'WOMAN',
          adult: true,
          nrmStatus: 'REFERRED',
          consentToReferral: true,
        },
      },
    },
    dutyOfficer,
  );
  if (confirmed.confirmPlacement.status !== 'CONFIRMED') throw new Error(`tenant ${tag}: not confirmed`);
  const arrived = await ok(
    `mutation($id: ID!) { recordArrival(placementId: $id) { id supportCase { id } } }`,
    { id: placementId },
    coordinator,
  );
  const worker = await ok(
    `mutation($input: CreateSupportWorkerInput!) { createSupportWorker(input: $input) { id } }`,
    {
      input: {
        providerId: provider.id,
        name: `Worker ${tag}`,
        gender: 'WOMAN',
        languages: ['en'],
        maxCaseload: 5,
        userId: supportWorker.userId,
      },
    },
    coordinator,
  );
  const supportWorkerId = worker.createSupportWorker.id as string;
  const assignment = await ok(
    `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`,
    { input: { placementId, supportWorkerId, role: 'LEAD' } },
    coordinator,
  );
  const plan = await ok(
    `mutation($input: CreateMoveOnPlanInput!) { createMoveOnPlan(input: $input) { id goals { id } } }`,
    {
      input: {
        placementId,
        goals: [{ area: 'ACCOMMODATION', description: 'Find a flat', ownerSupportWorkerId: supportWorkerId }],
      },
    },
    coordinator,
  );
  const assessment = await ok(
    `mutation($input: SubmitRecoveryNeedsAssessmentInput!) { submitRecoveryNeedsAssessment(input: $input) { id } }`,
    {
      input: {
        supportCaseId: arrived.recordArrival.supportCase.id,
        submittedOn: t.clock.today(),
        needs: ['ACCOMMODATION'],
      },
    },
    coordinator,
  );
  const block = await ok(
    `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`,
    {
      input: {
        bedId: blockedBed.id,
        from: '2030-01-01T00:00:00Z',
        until: '2030-01-05T00:00:00Z',
        reason: 'Decorating',
      },
    },
    coordinator,
  );
  const inspection = await ok(
    `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id actions { id } } }`,
    {
      input: {
        safehouseId: house.id,
        inspectedOn: '2026-11-01',
        kind: 'ANNOUNCED',
        inspectorName: 'Ada Inspector',
        ratings: QUESTIONS.map((keyQuestion) => ({ keyQuestion, rating: 'GOOD', summary: 'As seen' })),
        actions: [{ description: 'Keep the door log', keyQuestion: 'SAFE', dueOn: '2027-12-15' }],
      },
    },
    commissioner,
  );
  await ok(
    `mutation($id: ID!) { publishInspection(id: $id) { id } }`,
    { id: inspection.recordInspection.id },
    commissioner,
  );

  return {
    tag,
    secrets,
    dutyOfficer,
    coordinator,
    supportWorker,
    commissioner,
    ids: {
      providerId: provider.id,
      safehouseId: house.id,
      bedId: bed.id,
      freeBedId: freeBed.id,
      placementId,
      survivorId: confirmed.confirmPlacement.survivor.id,
      supportCaseId: arrived.recordArrival.supportCase.id,
      assessmentId: assessment.submitRecoveryNeedsAssessment.id,
      supportWorkerId,
      assignmentId: assignment.assignSupportWorker.id,
      planId: plan.createMoveOnPlan.id,
      goalId: plan.createMoveOnPlan.goals[0].id,
      inspectionId: inspection.recordInspection.id,
      actionId: inspection.recordInspection.actions[0].id,
      blockId: block.setBedOutOfService.id,
      commissionerId: commissionerOrg.id,
      responderId: responder.id,
      coordinatorUserId: coordinator.userId,
      supportWorkerUserId: supportWorker.userId,
    },
  };
}

/** Every confidential value of the tenant found in `text`. */
export function secretsIn(text: string, secrets: TenantSecrets): string[] {
  return Object.values(secrets).filter((secret) => text.includes(secret));
}
