import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';

const CHANGES = `subscription { placementChanged { placementId safehouseId status at } }`;
const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;

describe('placementChanged over graphql-ws', () => {
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    await t.app.listen(0, '127.0.0.1');
    url = (await t.app.getUrl()).replace(/^http/, 'ws') + '/graphql';
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await t.close();
  });

  function listen(token: string) {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    const events: Record<string, any>[] = [];
    const raw: string[] = [];
    client.subscribe(
      { query: CHANGES },
      {
        next: (value) => (events.push(value as Record<string, any>), raw.push(JSON.stringify(value))),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return { events, raw };
  }

  async function until(check: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it("tells the provider's staff and the referring organisation, not another organisation, and carries no personal data", async () => {
    const providerId = (await t.world.provider()).id;
    const house = await t.world.safehouse(providerId);
    const bed = await t.world.bed(house.id);
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, providerId);
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const otherOfficer = await t.world.login(Role.DUTY_OFFICER);
    const otherCoordinator = await t.world.login(Role.PROVIDER_COORDINATOR);

    const provider = listen(coordinator.token);
    const referrer = listen(officer.token);
    const strangers = [listen(otherOfficer.token), listen(otherCoordinator.token)];
    await new Promise((resolve) => setTimeout(resolve, 300));

    const held = await t.gql(HOLD, { input: { bedId: bed.id, nights: 2 } }, officer.token);
    const placementId = held.data!.holdBed.id;
    const confirmed = await t.gql(
      CONFIRM,
      {
        input: {
          placementId,
          survivor: {
            preferredName: 'Zofia',
            gender: 'WOMAN',
            adult: true,
            nrmStatus: 'REFERRED',
            consentToReferral: true,
          },
        },
      },
      officer.token,
    );
    expect(confirmed.data!.confirmPlacement.status).toBe('AWAITING_ACCEPTANCE');

    await until(() => provider.events.length >= 2 && referrer.events.length >= 2);
    expect(provider.events.map((e) => e.data.placementChanged.status)).toEqual(['HELD', 'AWAITING_ACCEPTANCE']);
    expect(provider.events[1].data.placementChanged).toMatchObject({ placementId, safehouseId: house.id });
    expect(referrer.events.map((e) => e.data.placementChanged.status)).toEqual(['HELD', 'AWAITING_ACCEPTANCE']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const stranger of strangers) expect(stranger.events).toEqual([]);
    for (const message of [...provider.raw, ...referrer.raw]) {
      expect(message).not.toMatch(/Zofia|Secret Street|M1 1AA/);
    }
  });
});
