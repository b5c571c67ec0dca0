import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';

const CHANGES = `subscription($near: GeoPointInput, $radiusKm: Float) {
  availabilityChanged(near: $near, radiusKm: $radiusKm) { safehouseId bedId at }
}`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;

describe('availabilityChanged over graphql-ws', () => {
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

  function connect(authorization?: string): Client {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      onNonLazyError: () => undefined, // the refusals are asserted; keep the log clean
      retryAttempts: 0,
      connectionParams: authorization ? { authorization } : {},
    });
    clients.push(client);
    return client;
  }

  /** Collects the events of one subscription; `closed` settles when the server ends or refuses it. */
  function listen(client: Client, variables: Record<string, unknown>) {
    const events: Record<string, any>[] = [];
    const closed = new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: CHANGES, variables },
        { next: (value) => events.push(value as Record<string, any>), error: resolve, complete: () => resolve(null) },
      );
    });
    return { events, closed };
  }

  async function until(check: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out waiting');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('tells a signed-in subscriber near the house of a block, and not one far away, with ids only', async () => {
    const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR);
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const house = await t.world.safehouse(coordinator.organisationId!, { latitude: 51.4545, longitude: -2.5879 });
    const bed = await t.world.bed(house.id);

    const near = listen(connect(`Bearer ${officer.token}`), {
      near: { latitude: 51.45, longitude: -2.6 },
      radiusKm: 20,
    });
    const far = listen(connect(`Bearer ${officer.token}`), {
      near: { latitude: 55.95, longitude: -3.19 },
      radiusKm: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let both subscriptions start

    const block = await t.gql(
      BLOCK,
      { input: { bedId: bed.id, from: '2030-05-01T00:00:00Z', until: '2030-05-03T00:00:00Z', reason: 'Decorating' } },
      coordinator.token,
    );
    expect(block.errors).toBeUndefined();
    await until(() => near.events.length > 0);
    expect(near.events[0]).toEqual({
      data: { availabilityChanged: { safehouseId: house.id, bedId: bed.id, at: expect.any(String) } },
    });
    expect(JSON.stringify(near.events)).not.toContain(house.address);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(far.events).toEqual([]);
  });

  async function block(bedId: string, token: string) {
    const input = { bedId, from: '2030-06-01T00:00:00Z', until: '2030-06-02T00:00:00Z', reason: 'Repairs' };
    expect((await t.gql(BLOCK, { input }, token)).errors).toBeUndefined();
  }

  it("tells a provider's coordinator of its own houses only", async () => {
    const own = await t.world.login(Role.PROVIDER_COORDINATOR);
    const other = await t.world.login(Role.PROVIDER_COORDINATOR);
    const ownBed = await t.world.bed((await t.world.safehouse(own.organisationId!)).id);
    const otherBed = await t.world.bed((await t.world.safehouse(other.organisationId!)).id);
    const heard = listen(connect(`Bearer ${own.token}`), {});
    const officer = listen(connect(`Bearer ${(await t.world.login(Role.DUTY_OFFICER)).token}`), {});
    await new Promise((resolve) => setTimeout(resolve, 300));

    await block(otherBed.id, other.token);
    await block(ownBed.id, own.token);
    await until(() => heard.events.length > 0 && officer.events.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.events.map((event) => event.data?.availabilityChanged.bedId)).toEqual([ownBed.id]);
    // a duty officer searches every provider's houses, and hears of them all
    expect(officer.events.map((event) => event.data?.availabilityChanged.bedId)).toEqual([otherBed.id, ownBed.id]);
  });

  it.each([Role.COMMISSIONER, Role.SUPPORT_WORKER])('refuses a %s (FORBIDDEN)', async (role) => {
    const login = await t.world.login(role);
    const refused = listen(connect(`Bearer ${login.token}`), {});
    expect(await refused.closed).toEqual([
      { message: 'You do not have access to this.', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(refused.events).toEqual([]);
  });

  it('refuses a connection without a valid token', async () => {
    const refused = listen(connect('Bearer not-a-token'), {});
    const closing = (await refused.closed) as { code?: number } | undefined;
    expect(closing?.code).toBe(4403);
    expect(refused.events).toEqual([]);
  });
});
