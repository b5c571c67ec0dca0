import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';

const CHANGES = `subscription { availabilityChanged { safehouseId bedId at } }`;
const BLOCK = `mutation($input: BedOutOfServiceInput!) { setBedOutOfService(input: $input) { id } }`;

describe('availabilityChanged across instances with REDIS_URL', () => {
  const env = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  let listening: TestApp;
  let changing: TestApp;

  beforeAll(async () => {
    [listening, changing] = await Promise.all([TestApp.start(env), TestApp.start(env)]);
    await listening.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await Promise.all([listening.close(), changing.close()]);
  });

  it('delivers a block made on one instance to a subscriber of another', async () => {
    const officer = await listening.world.login(Role.DUTY_OFFICER);
    const client = createClient({
      url: (await listening.app.getUrl()).replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${officer.token}` },
    });
    const events: { data?: { availabilityChanged?: { bedId: string } } }[] = [];
    client.subscribe(
      { query: CHANGES },
      { next: (value) => events.push(value as never), error: () => {}, complete: () => {} },
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // the subscription reaches Redis

    const coordinator = await changing.world.login(Role.PROVIDER_COORDINATOR);
    const house = await changing.world.safehouse(coordinator.organisationId!);
    const bed = await changing.world.bed(house.id);
    const block = await changing.gql(
      BLOCK,
      { input: { bedId: bed.id, from: '2030-05-01T00:00:00Z', until: '2030-05-02T00:00:00Z', reason: 'Repairs' } },
      coordinator.token,
    );
    expect(block.errors).toBeUndefined();

    const deadline = Date.now() + 5000;
    while (!events.some((event) => event.data?.availabilityChanged?.bedId === bed.id) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await client.dispose();
    expect(events.map((event) => event.data?.availabilityChanged?.bedId)).toContain(bed.id);
  });
});
