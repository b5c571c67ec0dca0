import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { WORLD_PASSWORD } from '../support/world';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt user { id email role organisation { id kind } } }
}`;
const ME = '{ me { id email role } }';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
  });
  afterAll(() => t.close());

  it('gives a token for the right password, and me answers with it', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const login = await t.gql(LOGIN, { email: officer.email.toUpperCase(), password: WORLD_PASSWORD });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user).toMatchObject({
      id: officer.userId,
      role: 'DUTY_OFFICER',
      organisation: { id: officer.organisationId, kind: 'RESPONDER' },
    });
    expect(new Date(login.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await t.gql(ME, {}, login.data!.login.accessToken);
    expect(me.data!.me).toEqual({ id: officer.userId, email: officer.email, role: 'DUTY_OFFICER' });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const wrong = await t.gql(LOGIN, { email: officer.email, password: 'not the password' });
    const unknown = await t.gql(LOGIN, { email: 'nobody@test.example', password: WORLD_PASSWORD });
    expect(errorOf(wrong)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(unknown)).toMatchObject({ code: 'UNAUTHENTICATED', message: errorOf(wrong).message });
    expect(wrong.data).toBeNull();
  });

  it('refuses blank, oversized and control-character credentials as bad input', async () => {
    const nul = await t.gql(LOGIN, { email: 'a\u0000@b.example', password: 'x' });
    expect(errorOf(nul)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(errorOf(await t.gql(LOGIN, { email: '', password: 'x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect(errorOf(await t.gql(LOGIN, { email: 'a@b.c', password: 'x'.repeat(201) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { email: officer.email, password: `wrong ${i}` });
    const locked = await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD });
    expect(errorOf(locked)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(locked).message).toMatch(/Too many failed sign-ins/);
  });

  it('limits failures per client address across accounts', async () => {
    // 3 failures were already spent by the test above from this address; 8 is the address limit
    for (let i = 0; i < 8; i++) await t.gql(LOGIN, { email: `guess${i}@test.example`, password: 'guess' });
    const other = await t.world.login(Role.COMMISSIONER);
    const refused = await t.gql(LOGIN, { email: other.email, password: WORLD_PASSWORD });
    expect(errorOf(refused).message).toMatch(/Too many failed sign-ins/);
  });

  it('answers UNAUTHENTICATED without a token, with a tampered token and with an expired one', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    expect(errorOf(await t.gql(ME))).toMatchObject({ code: 'UNAUTHENTICATED' });

    const [header, payload, signature] = officer.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    expect(errorOf(await t.gql(ME, {}, `${header}.${forged}.${signature}`))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
    expect(errorOf(await t.gql(ME, {}, `${header}.${payload}.${flipped}`))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(errorOf(await t.gql(ME, {}, `${none}.${payload}.`))).toMatchObject({ code: 'UNAUTHENTICATED' });

    t.clock.set(new Date(Date.now() - (t.settings.ACCESS_TOKEN_MINUTES + 1) * 60_000));
    const stale = await t.world.login(Role.DUTY_OFFICER); // issued a token lifetime ago
    t.clock.reset();
    expect(errorOf(await t.gql(ME, {}, stale.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await t.gql(ME, {}, officer.token)).errors).toBeUndefined();
  });
});
