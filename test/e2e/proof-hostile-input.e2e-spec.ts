import { GraphQLSchemaHost } from '@nestjs/graphql';
import { operationsOf } from '../support/hostile-inputs';
import { HostileInputProof, httpTransport } from '../support/hostile-proof';
import { buildHostileWorld } from '../support/hostile-world';
import { TestApp } from '../support/test-app';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261122);

/**
 * Every query and mutation of the schema, over HTTP, against a small world of real rows (a placement
 * of every status, houses, beds, survivors, a support worker and assignment, a plan and goal,
 * inspections and actions). First, systematically, `null` for every optional value and a control
 * character in every text of an otherwise plausible request; then generated inputs: oversized and
 * hostile strings, control characters, out-of-range numbers, malformed dates and ids, unknown enum
 * values, nulls anywhere, huge lists, and real ids of existing rows.
 */
describe('hostile input to every operation', () => {
  let t: TestApp;
  let proof: HostileInputProof | undefined;

  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    const world = await buildHostileWorld(t);
    proof = new HostileInputProof(
      t,
      world,
      httpTransport(t),
      operationsOf(t.app.get(GraphQLSchemaHost).schema, world.ids),
    );
  }, 300_000);

  afterAll(async () => {
    if (proof) process.stdout.write(proof.summary(RUNS));
    await t.close();
  });

  it('refuses null for an optional value that cannot be empty, and a control character in any text, naming the field and writing nothing', async () => {
    expect(await proof!.runSystematic()).toEqual([]);
    expect(proof!.cases.nulls).toBeGreaterThan(50);
    expect(proof!.cases.controls).toBeGreaterThan(50);
  }, 900_000);

  it('answers each generated request with data or a clear client error: never a 500, a stack trace, SQL, or a half-made change', async () => {
    expect(proof!.operations.length).toBeGreaterThan(40);
    await proof!.runGenerated(RUNS, SEED);
  }, 1_800_000);
});
