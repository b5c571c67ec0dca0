import { HostileWorld, buildHostileWorld } from '../support/hostile-world';
import { TestApp, errorOf } from '../support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * CONTRACT.md: the logs never hold an address, postcode, coordinates, a password, a token, or
 * anything typed about a person, also not when the database refuses a statement; request ids are
 * made by the server, and a client's X-Request-Id is only a label beside it.
 */
describe('what the logs keep', () => {
  let t: TestApp;
  let world: HostileWorld;
  const lines: string[] = [];
  const logged = () => lines.map((line) => JSON.parse(line) as Record<string, any>);

  beforeAll(async () => {
    t = await TestApp.start({ LOG_LEVEL: 'info' }, { logStream: { write: (line: string) => void lines.push(line) } });
    world = await buildHostileWorld(t);
    // Stand-ins for a statement the database refuses (as a NOT NULL column once refused a null name):
    // the refused row carries the house's address, and the survivor's name.
    await t.dataSource.query(
      `ALTER TABLE safehouse ADD CONSTRAINT test_refused_name CHECK (name <> 'Refused by the database') NOT VALID`,
    );
    await t.dataSource.query(
      `ALTER TABLE survivor ADD CONSTRAINT test_refused_survivor CHECK (preferred_name <> 'Canaryname Refused') NOT VALID`,
    );
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it("logs a refused statement by where it failed, without its parameters or the refused row's values", async () => {
    const { address, postcode, latitude, longitude } = world.tenant.secrets;
    const from = lines.length;
    const response = await t.gql(
      `mutation($id: ID!) { updateSafehouse(id: $id, input: { name: "Refused by the database" }) { id } }`,
      { id: world.tenant.ids.safehouseId },
      world.tenant.coordinator.token,
    );
    expect(errorOf(response).code).toBe('INTERNAL_SERVER_ERROR');
    const written = lines.slice(from).join('\n');
    const fault = logged()
      .slice(from)
      .find((line) => line.msg === 'Unexpected error');
    expect(fault?.err).toMatchObject({ code: '23514', constraint: 'test_refused_name', table: 'safehouse' });
    expect(fault?.err.query).toMatch(/^UPDATE "safehouse" SET/);
    for (const secret of [address, postcode, latitude, longitude, 'Refused by the database'])
      expect(written).not.toContain(secret);
    expect(written).not.toMatch(/Failing row|"parameters"|"detail"/);
  });

  it('logs nothing typed about a person when a statement about them is refused', async () => {
    const from = lines.length;
    const response = await t.gql(
      `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id } }`,
      {
        input: {
          placementId: world.placements.HELD,
          survivor: {
            preferredName: 'Canaryname Refused',
            reference: 'CANARY-REF-7731',
            accessibilityNeeds: 'Canary needs a ground floor room',
            gender: 'WOMAN',
            adult: true,
            nrmStatus: 'REFERRED',
            consentToReferral: true,
          },
        },
      },
      world.tenant.dutyOfficer.token,
    );
    expect(errorOf(response).code).toBe('INTERNAL_SERVER_ERROR');
    const written = lines.slice(from).join('\n');
    expect(written).toContain('test_refused_survivor');
    expect(written).not.toMatch(/Canary|CANARY/);
  });

  describe('request ids', () => {
    it('makes its own: a client X-Request-Id is neither the request id, the audit request id nor the reference', async () => {
      const confirmed = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${world.tenant.coordinator.token}`)
        .set('x-request-id', 'client-chosen-0001')
        .send({
          query: 'mutation($id: ID!) { confirmCapacity(safehouseId: $id) { id } }',
          variables: { id: world.tenant.ids.safehouseId },
        });
      expect(confirmed.body.errors).toBeUndefined();
      const serverId = confirmed.headers['x-request-id'];
      expect(serverId).toMatch(UUID);
      const [audit] = await t.dataSource.query(
        `SELECT request_id FROM audit_event WHERE action = 'safehouse.capacity.confirm' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.request_id).toBe(serverId);

      const from = lines.length;
      const failed = await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${world.tenant.coordinator.token}`)
        .set('x-request-id', 'client-chosen-0002')
        .send({
          query: 'mutation($id: ID!) { updateSafehouse(id: $id, input: { name: "Refused by the database" }) { id } }',
          variables: { id: world.tenant.ids.safehouseId },
        });
      const reference = failed.body.errors[0].extensions.reference;
      expect(reference).toMatch(UUID);
      expect(reference).toBe(failed.headers['x-request-id']);
      const fault = logged()
        .slice(from)
        .find((line) => line.msg === 'Unexpected error');
      expect(fault).toMatchObject({ requestId: reference, clientRequestId: 'client-chosen-0002' });
      expect(JSON.stringify(failed.body)).not.toContain('client-chosen');
    });

    it('keeps a hostile X-Request-Id only as a short, clean label', async () => {
      const from = lines.length;
      const hostile = `"}{"level":60,"msg":"forged <script>` + 'x'.repeat(500);
      await t
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${world.tenant.coordinator.token}`)
        .set('x-request-id', hostile)
        .send({
          query: 'mutation($id: ID!) { updateSafehouse(id: $id, input: { name: "Refused by the database" }) { id } }',
          variables: { id: world.tenant.ids.safehouseId },
        });
      const fault = logged()
        .slice(from)
        .find((line) => line.msg === 'Unexpected error');
      expect(fault?.clientRequestId).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
      expect(fault?.clientRequestId.startsWith('level:60msg:forgedscript')).toBe(true);
      expect(fault?.requestId).toMatch(UUID);
    });
  });
});
