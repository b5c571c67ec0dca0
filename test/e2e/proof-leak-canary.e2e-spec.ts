import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/common/roles';
import { GraphQLResponse, TestApp } from '../support/test-app';
import { Login } from '../support/world';

const ROUNDS = Number(process.env.CANARY_ROUNDS ?? 100);

/** The canary: values found nowhere else, so a match anywhere is the house leaking. */
const LATITUDE = 53.48137;
const LONGITUDE = -2.24419;
const ADDRESS = '7 Canarywharf Mews Qx';
const POSTCODE = 'QX9 9ZQ';
const SECRETS = [ADDRESS, 'Canarywharf', POSTCODE, 'QX9', '53.48137', '2.24419'];

const HOUSE = `address postcode id name area`;
const SEARCH = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) {
    distanceKm availableBeds { id safehouse { address postcode } }
    safehouse {
      ${HOUSE} beds { safehouse { address postcode } } provider { safehouses { ${HOUSE} } }
      latestInspection { safehouse { address postcode } }
    }
  }
}`;
const SAFEHOUSE = `query($id: ID!) { safehouse(id: $id) { ${HOUSE} beds { safehouse { address postcode } } provider { safehouses { ${HOUSE} } } } }`;
const PLACEMENT = `query($id: ID!) { placement(id: $id) { id status safehouse { ${HOUSE} } bed { safehouse { address postcode } } } }`;
const PROVIDER = `query($id: ID!) { provider(id: $id) { id safehouses { ${HOUSE} } } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelPlacement(placementId: $id, reason: "Placed elsewhere") { id status } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(placementId: $id) { id status } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;
const UNBLOCK = `mutation($id: ID!) { returnBedToService(blockId: $id) }`;
const PLACEMENT_CHANGES = `subscription { placementChanged { placementId safehouseId status at } }`;
const AVAILABILITY_CHANGES = `subscription($near: GeoPointInput, $radiusKm: Float) {
  availabilityChanged(near: $near, radiusKm: $radiusKm) { safehouseId bedId at }
}`;

const QUESTIONS = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishInspection(id: $id) { id } }`;

const survivor = {
  preferredName: 'Nadia',
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
};

interface Caller {
  label: string;
  login: Login;
  /** May see the house's address (CONTRACT.md, Confidentiality). */
  maySee: boolean;
  /** The placement this caller asks for by id: their own, or the confirmed one they may not read. */
  placementId: string;
}

describe('leak canary: one house, callers who may see its address and callers who may not, interleaved', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  let houseId: string;
  let providerId: string;
  let callers: Caller[];
  let coordinator: Login;
  let walkIn: Login;
  let freeBedIds: string[];

  beforeAll(async () => {
    t = await TestApp.start({ MAX_ACTIVE_HOLDS_PER_USER: '500' });
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace(/^http/, 'ws') + '/graphql';

    const ok = async (query: string, variables: Record<string, unknown>, login: Login) => {
      const response = await t.gql(query, variables, login.token);
      if (response.errors) throw new Error(`setting up: ${response.text}`);
      return response.data!;
    };
    providerId = (await t.world.provider()).id;
    const house = await t.world.safehouse(providerId, {
      address: ADDRESS,
      postcode: POSTCODE,
      latitude: LATITUDE,
      longitude: LONGITUDE,
      instantBooking: false,
    });
    houseId = house.id;
    const beds = await Promise.all(Array.from({ length: 7 }, () => t.world.bed(houseId)));
    freeBedIds = beds.slice(4).map((bed) => bed.id);
    const otherProviderId = (await t.world.provider()).id;
    await t.world.safehouse(otherProviderId, { address: '1 Elsewhere Road', postcode: 'LS1 1AA' });

    const commissionerOrg = await t.world.commissioner();
    await t.world.commission(commissionerOrg.id, providerId);
    const otherCommissionerOrg = await t.world.commissioner();
    await t.world.commission(otherCommissionerOrg.id, otherProviderId);

    coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const commissioner = await t.world.login(Role.COMMISSIONER, commissionerOrg.id);
    const inspection = await ok(
      RECORD,
      {
        input: {
          safehouseId: houseId,
          inspectedOn: '2026-11-01',
          kind: 'ANNOUNCED',
          inspectorName: 'Ada Inspector',
          ratings: QUESTIONS.map((keyQuestion) => ({ keyQuestion, rating: 'GOOD', summary: 'As seen' })),
        },
      },
      commissioner,
    );
    await ok(PUBLISH, { id: inspection.recordInspection.id }, commissioner);
    const confirmedOfficer = await t.world.login(Role.DUTY_OFFICER);
    const heldOfficer = await t.world.login(Role.DUTY_OFFICER);
    const awaitingOfficer = await t.world.login(Role.DUTY_OFFICER);
    const cancelledOfficer = await t.world.login(Role.DUTY_OFFICER);
    walkIn = await t.world.login(Role.DUTY_OFFICER);

    const hold = async (officer: Login, bedId: string) =>
      (await ok(HOLD, { input: { bedId, nights: 7 } }, officer)).holdBed.id as string;
    const confirmedId = await hold(confirmedOfficer, beds[0].id);
    await ok(CONFIRM, { input: { placementId: confirmedId, survivor } }, confirmedOfficer);
    expect((await ok(ACCEPT, { id: confirmedId }, coordinator)).acceptPlacement.status).toBe('CONFIRMED');
    const heldId = await hold(heldOfficer, beds[1].id);
    const awaitingId = await hold(awaitingOfficer, beds[2].id);
    const awaiting = await ok(CONFIRM, { input: { placementId: awaitingId, survivor } }, awaitingOfficer);
    expect(awaiting.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');
    // confirmed once, then cancelled: a booking that no longer stands reveals nothing
    const cancelledId = await hold(cancelledOfficer, beds[3].id);
    await ok(CONFIRM, { input: { placementId: cancelledId, survivor } }, cancelledOfficer);
    await ok(ACCEPT, { id: cancelledId }, coordinator);
    const cancelled = await ok(CANCEL, { id: cancelledId }, cancelledOfficer);
    expect(cancelled.cancelPlacement.status).toBe('CANCELLED');

    callers = [
      { label: "the provider's coordinator", login: coordinator, maySee: true },
      { label: 'a commissioner commissioning it', login: commissioner, maySee: true },
      { label: 'ADMIN', login: await t.world.login(Role.ADMIN), maySee: true },
      { label: 'the duty officer with a CONFIRMED placement', login: confirmedOfficer, maySee: true },
      {
        label: "another provider's coordinator",
        login: await t.world.login(Role.PROVIDER_COORDINATOR, otherProviderId),
        maySee: false,
      },
      { label: "another responder's duty officer", login: walkIn, maySee: false },
      { label: 'the duty officer whose placement is only HELD', login: heldOfficer, maySee: false, own: heldId },
      { label: 'the duty officer awaiting acceptance', login: awaitingOfficer, maySee: false, own: awaitingId },
      {
        label: 'the duty officer whose confirmed placement was cancelled',
        login: cancelledOfficer,
        maySee: false,
        own: cancelledId,
      },
      {
        label: 'a commissioner not commissioning it',
        login: await t.world.login(Role.COMMISSIONER, otherCommissionerOrg.id),
        maySee: false,
      },
    ].map(({ own, ...rest }: Omit<Caller, 'placementId'> & { own?: string }) => ({
      ...rest,
      placementId: own ?? confirmedId,
    }));
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await t.close();
  });

  function subscribe(login: Login, query: string, variables: Record<string, unknown> = {}) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${login.token}` },
    });
    clients.push(client);
    const raw: string[] = [];
    client.subscribe(
      { query, variables },
      {
        next: (value) => raw.push(JSON.stringify(value)),
        error: (e) => raw.push(JSON.stringify(e)),
        complete: () => {},
      },
    );
    return raw;
  }

  const leaksIn = (text: string) => SECRETS.filter((secret) => text.includes(secret));

  it(`keeps the address, postcode and exact coordinates from every caller who may not see them, over ${ROUNDS} interleaved rounds`, async () => {
    const streams = callers.map((caller) => ({
      caller,
      messages: [
        subscribe(caller.login, PLACEMENT_CHANGES),
        subscribe(caller.login, AVAILABILITY_CHANGES, {
          near: { latitude: 53.48, longitude: -2.25 },
          radiusKm: 20,
        }),
      ],
    }));
    await new Promise((resolve) => setTimeout(resolve, 400)); // let every subscription start

    const search = {
      input: { near: { latitude: 53.47, longitude: -2.24 }, radiusKm: 30, guestGender: 'WOMAN', nights: 2 },
    };
    let swept = 0;
    let seen = 0;
    let blockId: string | null = null;
    const tally: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const calls: { caller: Caller; operation: string; response: Promise<GraphQLResponse> }[] = [];
      // every caller at once, each on the next of the reads open to their role: all of them every few rounds
      for (const [index, caller] of callers.entries()) {
        const token = caller.login.token;
        const reads: [string, () => Promise<GraphQLResponse>][] = [
          ['safehouse', () => t.gql(SAFEHOUSE, { id: houseId }, token)],
          ['placement', () => t.gql(PLACEMENT, { id: caller.placementId }, token)],
          ['provider', () => t.gql(PROVIDER, { id: providerId }, token)],
        ];
        if (caller.login.role === Role.DUTY_OFFICER || caller.login.role === Role.ADMIN)
          reads.push(['searchAvailability', () => t.gql(SEARCH, search, token)]);
        const [operation, read] = reads[(round + index) % reads.length];
        tally[operation] = (tally[operation] ?? 0) + 1;
        calls.push({ caller, operation, response: read() });
      }
      // changes that publish to subscribers while the reads run: a bed blocked and returned, a hold made and released
      const changes: Promise<unknown>[] = [];
      if (blockId) changes.push(t.gql(UNBLOCK, { id: blockId }, coordinator.token).then(() => (blockId = null)));
      else {
        const from = new Date(Date.UTC(2031, 0, 1 + round)).toISOString();
        const until = new Date(Date.UTC(2031, 0, 2 + round)).toISOString();
        changes.push(
          t
            .gql(BLOCK, { input: { bedId: freeBedIds[0], from, until, reason: 'Repairs' } }, coordinator.token)
            .then((r) => (blockId = r.data?.setBedOutOfService.id ?? null)),
        );
      }
      if (round % 5 === 0)
        changes.push(
          t
            .gql(HOLD, { input: { bedId: freeBedIds[1 + (round % 2)], nights: 1 } }, walkIn.token)
            .then((r) => r.data && t.gql(RELEASE, { id: r.data.holdBed.id }, walkIn.token)),
        );

      const [responses] = await Promise.all([Promise.all(calls.map((call) => call.response)), Promise.all(changes)]);
      for (const [i, response] of responses.entries()) {
        const { caller, operation } = calls[i];
        const context = `round ${round}, ${operation} by ${caller.label}: ${response.text.slice(0, 400)}`;
        if (response.status >= 500 || response.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
          throw new Error(`500 in ${context}`);
        // nobody finds an address through a search, whatever they may see elsewhere
        if (!caller.maySee || operation === 'searchAvailability') {
          swept += 1;
          const leaks = leaksIn(response.text);
          if (leaks.length) throw new Error(`${leaks.join(', ')} leaked in ${context}`);
        } else if (!(caller.login.role === Role.COMMISSIONER && operation === 'placement')) {
          // the canary is live: those who may see it do, in every round
          if (!response.text.includes(ADDRESS) || !response.text.includes(POSTCODE))
            throw new Error(`no address for one who may see it: ${context}`);
          seen += 1;
        }
      }
    }

    await new Promise((resolve) => setTimeout(resolve, 300)); // let the last messages arrive
    let messages = 0;
    for (const {
      caller,
      messages: [placementMessages, availabilityMessages],
    } of streams) {
      for (const message of [...placementMessages, ...availabilityMessages]) {
        messages += 1;
        const leaks = leaksIn(message);
        if (leaks.length) throw new Error(`${leaks.join(', ')} leaked to ${caller.label} in ${message}`);
      }
    }
    // the subscriptions were live: the provider heard of its blocks and holds, the walk-in duty officer of its own holds
    const [coordinatorStream, , , , , walkInStream] = streams;
    expect(coordinatorStream.messages[0].length).toBeGreaterThanOrEqual(Math.ceil(ROUNDS / 5));
    expect(coordinatorStream.messages[1].length).toBeGreaterThanOrEqual(ROUNDS);
    expect(walkInStream.messages[0].length).toBeGreaterThanOrEqual(Math.ceil(ROUNDS / 5));
    expect(walkInStream.messages[1].length).toBeGreaterThanOrEqual(ROUNDS);
    process.stdout.write(
      `leak canary: ${ROUNDS} rounds of ${callers.length} concurrent callers (${JSON.stringify(tally)}), ` +
        `${swept} responses swept clean, ${seen} reads that rightly showed the address, ` +
        `${messages} subscription messages swept over ${streams.length * 2} subscriptions\n`,
    );
    expect(swept).toBeGreaterThan(ROUNDS * 5);
    expect(seen).toBeGreaterThan(ROUNDS * 2);
  });
});
