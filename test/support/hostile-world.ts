import { Role } from '../../src/common/roles';
import type { TestApp } from './test-app';
import { Tenant, buildTenant } from './two-tenants';
import type { Login } from './world';

/** The kinds of row an id can name, as the fuzz picks ids for arguments and fields by their name. */
export type IdKind =
  | 'provider'
  | 'commissioner'
  | 'responder'
  | 'organisation'
  | 'safehouse'
  | 'bed'
  | 'block'
  | 'placement'
  | 'survivor'
  | 'supportCase'
  | 'assessment'
  | 'supportWorker'
  | 'assignment'
  | 'plan'
  | 'goal'
  | 'inspection'
  | 'action'
  | 'user';

export interface HostileWorld {
  tenant: Tenant;
  admin: Login;
  /** Real ids of existing rows, by kind. */
  ids: Record<IdKind, string[]>;
  /** One placement of each status, by status. */
  placements: Record<string, string>;
}

/** The start of the world's day: every test of it runs on the test clock, never on the real date. */
export const WORLD_TIME = '2026-11-20T10:00:00Z';

/**
 * A small world with a row of every kind to aim at: one tenant (a provider with an instant-booking
 * house, beds, a block, a resident with a support worker, a move-on plan and goal, a published
 * inspection with an action; its commissioner and responder), a second house that screens its
 * referrals, a placement of every status, and a draft inspection.
 */
export async function buildHostileWorld(t: TestApp): Promise<HostileWorld> {
  t.clock.set(WORLD_TIME);
  const tenant = await buildTenant(t, 'H', { latitude: 53.48137, longitude: -2.24419, postcode: 'QX9 7ZH' });
  const admin = await t.world.login(Role.ADMIN);
  const { dutyOfficer, coordinator, commissioner } = tenant;
  const ok = async (query: string, variables: Record<string, unknown>, login: Login) => {
    const response = await t.gql(query, variables, login.token);
    if (response.errors) throw new Error(`building the hostile world: ${response.text}`);
    return response.data!;
  };
  const instantHouse = tenant.ids.safehouseId;
  const screeningHouse = (await t.world.safehouse(tenant.ids.providerId, { instantBooking: false })).id;
  const beds = [tenant.ids.bedId, tenant.ids.freeBedId];
  const bed = async (safehouseId: string) => {
    const id = (await t.world.bed(safehouseId)).id;
    beds.push(id);
    return id;
  };
  const hold = async (safehouseId: string) =>
    (
      await ok(
        `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`,
        { input: { bedId: await bed(safehouseId), nights: 7 } },
        dutyOfficer,
      )
    ).holdBed.id as string;
  const survivors: string[] = [tenant.ids.survivorId];
  const confirm = async (placementId: string) => {
    const data = await ok(
      `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { survivor { id } } }`,
      {
        input: {
          placementId,
          survivor: {
            preferredName: `Hostile ${survivors.length}`,
            gender: 'WOMAN',
            adult: true,
            nrmStatus: 'REFERRED',
            consentToReferral: true,
          },
        },
      },
      dutyOfficer,
    );
    survivors.push(data.confirmPlacement.survivor.id);
    return placementId;
  };
  const act = (mutation: string, args: string, variables: Record<string, unknown>, login: Login) =>
    ok(`mutation($id: ID!${args}) { ${mutation} { id } }`, variables, login);

  const expired = await hold(instantHouse);
  t.clock.advance(50 * 60_000); // past HOLD_MINUTES: that hold has lapsed
  const placements: Record<string, string> = {
    ARRIVED: tenant.ids.placementId,
    EXPIRED: expired,
    AWAITING_ACCEPTANCE: await confirm(await hold(screeningHouse)),
    CONFIRMED: await confirm(await hold(instantHouse)),
  };
  placements.RELEASED = await hold(instantHouse);
  await act('releaseHold(placementId: $id)', '', { id: placements.RELEASED }, dutyOfficer);
  placements.DECLINED = await confirm(await hold(screeningHouse));
  await act('declinePlacement(placementId: $id, reason: NO_CAPACITY)', '', { id: placements.DECLINED }, coordinator);
  placements.CANCELLED = await confirm(await hold(instantHouse));
  await act(
    'cancelPlacement(placementId: $id, reason: "Plans changed")',
    '',
    { id: placements.CANCELLED },
    dutyOfficer,
  );
  placements.NO_SHOW = await confirm(await hold(instantHouse));
  await act('recordNoShow(placementId: $id)', '', { id: placements.NO_SHOW }, coordinator);
  placements.DEPARTED = await confirm(await hold(instantHouse));
  await act('recordArrival(placementId: $id)', '', { id: placements.DEPARTED }, coordinator);
  t.clock.advance(60 * 60_000);
  await act(
    'recordDeparture(placementId: $id, destination: $destination)',
    ', $destination: MoveOnDestination!',
    { id: placements.DEPARTED, destination: 'FAMILY_OR_FRIENDS' },
    coordinator,
  );
  placements.HELD = await hold(instantHouse); // last: the clock has moved on, and a hold lasts 45 minutes
  // Support cases: the resident's (open, accommodated), one for outreach, a booked one, and one
  // closed with its departure.
  const caseOf = async (placementId: string) =>
    (await ok(`query($id: ID!) { placement(id: $id) { supportCase { id } } }`, { id: placementId }, coordinator))
      .placement.supportCase.id as string;
  const outreach = await ok(
    `mutation($input: OpenSupportCaseInput!) { openSupportCase(input: $input) { id } }`,
    {
      input: {
        providerId: tenant.ids.providerId,
        area: 'Bradford',
        survivor: {
          preferredName: 'Oksana',
          gender: 'WOMAN',
          adult: true,
          nrmStatus: 'REFERRED',
          consentToReferral: true,
        },
      },
    },
    coordinator,
  );
  const supportCases = [
    tenant.ids.supportCaseId,
    outreach.openSupportCase.id as string,
    await caseOf(placements.CONFIRMED),
    await caseOf(placements.DEPARTED),
  ];
  const draft = await ok(
    `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id actions { id } } }`,
    {
      input: {
        safehouseId: screeningHouse,
        inspectedOn: '2026-11-10',
        kind: 'UNANNOUNCED',
        inspectorName: 'Ivy Inspector',
        ratings: ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'].map((keyQuestion) => ({
          keyQuestion,
          rating: 'REQUIRES_IMPROVEMENT',
          summary: 'Seen on the visit',
        })),
        actions: [{ description: 'Fix the fire door', keyQuestion: 'SAFE', dueOn: '2026-12-20' }],
      },
    },
    commissioner,
  );
  const { ids } = tenant;
  return {
    tenant,
    admin,
    placements,
    ids: {
      provider: [ids.providerId],
      commissioner: [ids.commissionerId],
      responder: [ids.responderId],
      organisation: [ids.providerId, ids.commissionerId, ids.responderId],
      safehouse: [instantHouse, screeningHouse],
      bed: beds,
      block: [ids.blockId],
      placement: Object.values(placements),
      survivor: survivors,
      supportCase: supportCases,
      assessment: [ids.assessmentId],
      supportWorker: [ids.supportWorkerId],
      assignment: [ids.assignmentId],
      plan: [ids.planId],
      goal: [ids.goalId],
      inspection: [ids.inspectionId, draft.recordInspection.id],
      action: [ids.actionId, draft.recordInspection.actions[0].id],
      user: [ids.coordinatorUserId, ids.supportWorkerUserId, dutyOfficer.userId, admin.userId],
    },
  };
}
