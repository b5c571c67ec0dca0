import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Not } from 'typeorm';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { mutationsOf } from '../support/hostile-inputs';
import { TestApp } from '../support/test-app';
import { Login } from '../support/world';

const LEAKS =
  /at \w+ \(|\.ts:\d|\.js:\d|QueryFailedError|SELECT |INSERT INTO|UPDATE \w+ SET|duplicate key|violates|relation "|syntax error at|TypeError|ReferenceError/;
const CLIENT_CODES = ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'];
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
const SIGN_IN_FAILURE = 'auth.login_failed';
const SIGNS_OUT = ['logout', 'changePassword'];

/**
 * Every mutation of the schema, as an ADMIN (who gets past access checks to the validation and the
 * rules), with generated inputs: oversized and hostile strings, out-of-range numbers, malformed
 * dates and ids, unknown enum values, nulls for required fields, huge lists.
 */
describe('hostile input to every mutation', () => {
  let t: TestApp;
  let admin: Login;
  let generated = 0;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000' });
    admin = await t.world.login(Role.ADMIN);
  });
  afterAll(async () => {
    process.stdout.write(
      `hostile input: ${generated} generated requests over ${mutationsOf(t.app.get(GraphQLSchemaHost).schema).length} mutations\n`,
    );
    await t.close();
  });

  it('answers each with data or a clear client error: never a 500, a stack trace, SQL, or a half-made change', async () => {
    const operations = mutationsOf(t.app.get(GraphQLSchemaHost).schema);
    expect(operations.length).toBeGreaterThan(4);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(operation.variables, async (variables) => {
          generated += 1;
          const before = await t.dataSource.manager.countBy(AuditEventEntity, { action: Not(SIGN_IN_FAILURE) });
          const response = await t.gql(operation.query, variables, admin.token);
          // the operations that end the caller's own sign-in: sign in again for the next request
          if (!response.errors && SIGNS_OUT.includes(operation.name)) admin = await t.world.signInAgain(admin);
          const context = `${operation.name} ${JSON.stringify(variables).slice(0, 300)} → ${response.text.slice(0, 400)}`;
          if (response.status >= 500) throw new Error(`5xx: ${context}`);
          if (LEAKS.test(response.text)) throw new Error(`leak: ${context}`);
          if (response.errors) {
            for (const error of response.errors) {
              if (!CLIENT_CODES.includes(error.extensions?.code))
                throw new Error(`code ${error.extensions?.code}: ${context}`);
            }
            const after = await t.dataSource.manager.countBy(AuditEventEntity, { action: Not(SIGN_IN_FAILURE) });
            // a refused mutation writes nothing, but a failed sign-in (a wrong password for login or
            // changePassword) is audited by design
            if (after !== before) throw new Error(`a refused ${operation.name} still changed something: ${context}`);
          }
        }),
        { numRuns: RUNS, seed: 20261122, endOnFailure: true },
      );
    }
  });
});
