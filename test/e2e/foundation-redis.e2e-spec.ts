import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;

// Two instances behind a load balancer share the sign-in limits through Redis.
describe('sign-in limits with REDIS_URL', () => {
  const env = {
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
  };
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await TestApp.start(env);
    second = await TestApp.start({ ...env, DATABASE_URL: first.settings.DATABASE_URL });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('locks an account on every instance after failures spread across them', async () => {
    const officer = await first.world.login(Role.DUTY_OFFICER);
    await first.gql(LOGIN, { email: officer.email, password: 'wrong one' });
    await second.gql(LOGIN, { email: officer.email, password: 'wrong two' });
    await first.gql(LOGIN, { email: officer.email, password: 'wrong three' });
    const refused = await second.gql(LOGIN, { email: officer.email, password: 'correct horse battery staple' });
    expect(errorOf(refused).message).toMatch(/Too many failed sign-ins/);
  });
});
