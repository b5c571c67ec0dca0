import { JwtService } from '@nestjs/jwt';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { SESSION_KEPT_DAYS, SessionPurgeJob } from '../../src/auth/session-purge.job';
import { SESSION_RECHECK_MS } from '../../src/auth/sessions.service';
import { RequestContext } from '../../src/common/request-context';
import { Role } from '../../src/common/roles';
import { TestApp, errorOf } from '../support/test-app';
import { isPostgres } from '../support/test-database';
import { Login, WORLD_PASSWORD } from '../support/world';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { id role active organisation { id } } }
}`;
const ME = '{ me { id role organisation { id } } }';
const LOGOUT = 'mutation { logout }';
const CHANGE_PASSWORD = `mutation($current: String!, $new: String!) { changePassword(currentPassword: $current, newPassword: $new) }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) { id displayName role active organisation { id } }
}`;
const USERS = `query($organisationId: ID) { users(organisationId: $organisationId) { id role active organisation { id } } }`;
const AUDIT_EVENTS = '{ auditEvents(first: 1) { totalCount } }';
const NEW_PASSWORD = 'a new password for the night shift';

describe('server-side sessions', () => {
  let t: TestApp;
  let admin: Login;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    admin = await t.world.login(Role.ADMIN);
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.reset());

  const signedIn = async (token: string) => (await t.gql(ME, {}, token)).errors === undefined;
  const auditCount = (action: string, entityId: string) =>
    t.dataSource.manager.countBy(AuditEventEntity, { action, entityId });

  describe('the daily purge of old sign-ins', () => {
    it('deletes sessions ended or expired over 30 days ago, and never a live one', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const ended = await t.world.signInAgain(officer);
      expect((await t.gql(LOGOUT, {}, ended.token)).errors).toBeUndefined();
      const job = t.app.get(SessionPurgeJob);
      const sessionsOf = async () =>
        (
          await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [officer.userId])
        )[0].n;
      const before = await sessionsOf();
      expect(before).toBeGreaterThanOrEqual(2);

      t.clock.advance((SESSION_KEPT_DAYS - 1) * 86_400_000);
      await job.run(RequestContext.system(t.dataSource, t.clock, 'purge-sessions-early'));
      expect(await sessionsOf()).toBe(before);

      t.clock.advance(2 * 86_400_000);
      const live = await t.world.signInAgain(officer);
      const { deleted } = await job.run(RequestContext.system(t.dataSource, t.clock, 'purge-sessions'));
      expect(deleted).toBeGreaterThanOrEqual(before);
      expect(await sessionsOf()).toBe(1);
      expect(await signedIn(live.token)).toBe(true);
      // The purge at a clock moved on took every other test's sign-in with it: the admin signs in again.
      t.clock.reset();
      admin = await t.world.signInAgain(admin);
    });
  });

  describe('logout', () => {
    it('ends the token at once, and only that sign-in of the user', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const elsewhere = await t.world.signInAgain(officer);
      expect(await signedIn(officer.token)).toBe(true); // read, and kept by this instance

      expect(await t.gql(LOGOUT, {}, officer.token)).toMatchObject({ data: { logout: true } });
      expect(errorOf(await t.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await t.gql(LOGOUT, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(await signedIn(elsewhere.token)).toBe(true);
      expect(await auditCount('user.logout', officer.userId)).toBe(1);
    });

    it('refuses logout and changePassword without a sign-in', async () => {
      expect(errorOf(await t.gql(LOGOUT))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await t.gql(CHANGE_PASSWORD, { current: WORLD_PASSWORD, new: NEW_PASSWORD }))).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    });
  });

  describe('changePassword', () => {
    it("ends every sign-in of the user, the caller's too, and only the new password signs in", async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const elsewhere = await t.world.signInAgain(officer);
      expect(await signedIn(elsewhere.token)).toBe(true);

      const changed = await t.gql(CHANGE_PASSWORD, { current: WORLD_PASSWORD, new: NEW_PASSWORD }, officer.token);
      expect(changed).toMatchObject({ data: { changePassword: true } });
      expect(errorOf(await t.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(errorOf(await t.gql(ME, {}, elsewhere.token))).toMatchObject({ code: 'UNAUTHENTICATED' });

      const old = await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD });
      expect(errorOf(old)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'That email address and password do not match an account.',
      });
      const fresh = await t.gql(LOGIN, { email: officer.email, password: NEW_PASSWORD });
      expect(fresh.data!.login.user.id).toBe(officer.userId);
      expect(await signedIn(fresh.data!.login.accessToken)).toBe(true);
      expect(await auditCount('user.password_change', officer.userId)).toBe(1);
    });

    it('refuses a wrong current password naming currentPassword, counts it as a failed sign-in, and locks at the limit', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      for (let i = 0; i < t.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
        const wrong = await t.gql(CHANGE_PASSWORD, { current: `not it ${i}`, new: NEW_PASSWORD }, officer.token);
        expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
        expect(errorOf(wrong).message).not.toMatch(/Too many/);
      }
      expect(await auditCount('auth.login_failed', officer.userId)).toBe(t.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT);

      const locked = await t.gql(CHANGE_PASSWORD, { current: WORLD_PASSWORD, new: NEW_PASSWORD }, officer.token);
      expect(errorOf(locked)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      expect(errorOf(locked).message).toMatch(/Too many failed sign-ins.*locked.*15 minutes/);
      // the lock is the sign-in's too, and nothing changed: the sessions and the password stand
      expect(errorOf(await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD })).message).toMatch(
        /Too many failed sign-ins/,
      );
      expect(await signedIn(officer.token)).toBe(true);
      expect(await auditCount('user.password_change', officer.userId)).toBe(0);
    });

    it('refuses a new password that breaks the rules for a chosen password', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      for (const weak of ['short', 'x'.repeat(201), WORLD_PASSWORD]) {
        const refused = await t.gql(CHANGE_PASSWORD, { current: WORLD_PASSWORD, new: weak }, officer.token);
        expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      }
      expect(await signedIn(officer.token)).toBe(true);
    });
  });

  describe('updateUser', () => {
    it('deactivating ends every sign-in and refuses sign-in in the words of a wrong password; reactivating lets them in', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      expect(await signedIn(officer.token)).toBe(true);
      const off = await t.gql(UPDATE_USER, { id: officer.userId, input: { active: false } }, admin.token);
      expect(off.data!.updateUser).toMatchObject({ id: officer.userId, active: false });
      expect(errorOf(await t.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });

      const refused = await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD });
      const wrong = await t.gql(LOGIN, { email: officer.email, password: 'not the password' });
      expect(errorOf(refused)).toMatchObject({ code: 'UNAUTHENTICATED', message: errorOf(wrong).message });

      await t.gql(UPDATE_USER, { id: officer.userId, input: { active: true } }, admin.token);
      const back = await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD });
      expect(back.data!.login.user).toMatchObject({ id: officer.userId, active: true });
      expect(await auditCount('user.update', officer.userId)).toBe(2);
    });

    it('a change of role or organisation ends every sign-in, and the new one applies at the next sign-in', async () => {
      const provider = await t.world.provider();
      const other = await t.world.provider();
      const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
      expect(await signedIn(coordinator.token)).toBe(true);

      const renamed = await t.gql(UPDATE_USER, { id: coordinator.userId, input: { displayName: 'Sam' } }, admin.token);
      expect(renamed.data!.updateUser).toMatchObject({ displayName: 'Sam', role: 'PROVIDER_COORDINATOR' });
      expect(await signedIn(coordinator.token)).toBe(true); // a new name ends nothing

      const demoted = await t.gql(
        UPDATE_USER,
        { id: coordinator.userId, input: { role: 'SUPPORT_WORKER' } },
        admin.token,
      );
      expect(demoted.data!.updateUser).toMatchObject({ role: 'SUPPORT_WORKER', organisation: { id: provider.id } });
      expect(errorOf(await t.gql(ME, {}, coordinator.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
      const asWorker = await t.gql(LOGIN, { email: coordinator.email, password: WORLD_PASSWORD });
      expect(asWorker.data!.login.user).toMatchObject({ role: 'SUPPORT_WORKER' });
      const workerToken = asWorker.data!.login.accessToken;
      expect(errorOf(await t.gql(USERS, {}, workerToken))).toMatchObject({ code: 'FORBIDDEN' });

      await t.gql(UPDATE_USER, { id: coordinator.userId, input: { organisationId: other.id } }, admin.token);
      expect(errorOf(await t.gql(ME, {}, workerToken))).toMatchObject({ code: 'UNAUTHENTICATED' });
      const moved = await t.gql(LOGIN, { email: coordinator.email, password: WORLD_PASSWORD });
      expect(moved.data!.login.user).toMatchObject({ role: 'SUPPORT_WORKER', organisation: { id: other.id } });
      expect(
        await t.dataSource.query(
          `SELECT end_reason FROM user_session WHERE user_id = $1 AND ended_at IS NOT NULL ORDER BY ended_at`,
          [coordinator.userId],
        ),
      ).toEqual([{ end_reason: 'ROLE_CHANGED' }, { end_reason: 'ORGANISATION_CHANGED' }]);
    });

    it('refuses a role that does not fit the organisation as bad input, and changes nothing', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER); // of a responder organisation
      const provider = await t.world.provider();
      const wrongRole = await t.gql(
        UPDATE_USER,
        { id: officer.userId, input: { role: 'PROVIDER_COORDINATOR' } },
        admin.token,
      );
      expect(errorOf(wrongRole)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
      expect(errorOf(wrongRole).message).toMatch(/must belong to a provider organisation, not a responder one/);
      const wrongOrganisation = await t.gql(
        UPDATE_USER,
        { id: officer.userId, input: { organisationId: provider.id } },
        admin.token,
      );
      expect(errorOf(wrongOrganisation)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
      const adminWithOrganisation = await t.gql(
        UPDATE_USER,
        { id: officer.userId, input: { role: 'ADMIN', organisationId: officer.organisationId } },
        admin.token,
      );
      expect(errorOf(adminWithOrganisation)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
      for (const input of [{ displayName: null }, { role: null }, { active: null }, { displayName: ' ' }]) {
        const refused = await t.gql(UPDATE_USER, { id: officer.userId, input }, admin.token);
        expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${Object.keys(input)[0]}` });
      }
      expect(errorOf(await t.gql(UPDATE_USER, { id: officer.organisationId, input: {} }, admin.token))).toMatchObject({
        code: 'NOT_FOUND',
      });

      expect(await signedIn(officer.token)).toBe(true);
      expect((await t.gql(ME, {}, officer.token)).data!.me).toMatchObject({ role: 'DUTY_OFFICER' });
      expect(await auditCount('user.update', officer.userId)).toBe(0);
    });

    it('refuses deactivating yourself, and leaving no active admin, as CONFLICT', async () => {
      const self = await t.gql(UPDATE_USER, { id: admin.userId, input: { active: false } }, admin.token);
      expect(errorOf(self)).toMatchObject({ code: 'CONFLICT' });
      expect(errorOf(self).message).toMatch(/cannot deactivate yourself/);

      // Only these two admins are active from here.
      const second = await t.world.login(Role.ADMIN);
      await t.dataSource.query(`UPDATE user_account SET active = false WHERE role = 'ADMIN' AND id <> ALL($1)`, [
        [admin.userId, second.userId],
      ]);
      const responder = await t.world.responder();
      const demoteLast = async () => {
        // each deactivates the other at the same moment: one must stay
        const [a, b] = await Promise.all([
          t.gql(UPDATE_USER, { id: second.userId, input: { active: false } }, admin.token),
          t.gql(UPDATE_USER, { id: admin.userId, input: { active: false } }, second.token),
        ]);
        return [a, b];
      };
      const outcomes = await demoteLast();
      const succeeded = outcomes.filter((response) => !response.errors);
      expect(succeeded.length).toBeLessThanOrEqual(1);
      for (const refused of outcomes.filter((response) => response.errors))
        expect(['CONFLICT', 'UNAUTHENTICATED']).toContain(errorOf(refused).code);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM user_account WHERE role = 'ADMIN' AND active`,
      );
      expect(n).toBe(1);

      // the one left may not demote themselves either
      const [{ id: lastId }] = await t.dataSource.query(`SELECT id FROM user_account WHERE role = 'ADMIN' AND active`);
      const last = lastId === admin.userId ? admin : second;
      const demote = await t.gql(
        UPDATE_USER,
        { id: last.userId, input: { role: 'DUTY_OFFICER', organisationId: responder.id } },
        last.token,
      );
      expect(errorOf(demote)).toMatchObject({ code: 'CONFLICT' });
      expect(errorOf(demote).message).toMatch(/last active admin/);
      admin = last; // the later tests act as the admin left
      await t.dataSource.query(`UPDATE user_account SET active = true WHERE role = 'ADMIN'`);
    });

    it('is for ADMIN only', async () => {
      const provider = await t.world.provider();
      const worker = await t.world.login(Role.SUPPORT_WORKER, provider.id);
      for (const role of [Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER, Role.COMMISSIONER]) {
        const caller = await t.world.login(role, role === Role.PROVIDER_COORDINATOR ? provider.id : undefined);
        for (const input of [{ active: false }, { role: 'ADMIN', organisationId: null }]) {
          const refused = await t.gql(UPDATE_USER, { id: worker.userId, input }, caller.token);
          expect([role, errorOf(refused).code]).toEqual([role, 'FORBIDDEN']);
        }
      }
      expect(await signedIn(worker.token)).toBe(true);
      expect((await t.gql(ME, {}, worker.token)).data!.me.role).toBe('SUPPORT_WORKER');
    });
  });

  describe('users', () => {
    it("lists every user or one organisation's for ADMIN, and a coordinator's own provider's only", async () => {
      const provider = await t.world.provider();
      const other = await t.world.provider();
      const coordinator = await t.world.login(Role.PROVIDER_COORDINATOR, provider.id);
      const worker = await t.world.login(Role.SUPPORT_WORKER, provider.id);
      const stranger = await t.world.login(Role.PROVIDER_COORDINATOR, other.id);

      const ofProvider = await t.gql(USERS, { organisationId: provider.id }, admin.token);
      expect(ofProvider.data!.users.map((user: { id: string }) => user.id).sort()).toEqual(
        [coordinator.userId, worker.userId].sort(),
      );
      const everyone = await t.gql(USERS, {}, admin.token);
      const ids = everyone.data!.users.map((user: { id: string }) => user.id);
      expect(ids).toEqual(expect.arrayContaining([coordinator.userId, stranger.userId, admin.userId]));

      for (const asked of [{}, { organisationId: provider.id }]) {
        const own = await t.gql(USERS, asked, coordinator.token);
        expect(own.data!.users.map((user: { id: string }) => user.id).sort()).toEqual(
          [coordinator.userId, worker.userId].sort(),
        );
      }
      const theirs = await t.gql(USERS, { organisationId: other.id }, coordinator.token);
      expect(errorOf(theirs)).toMatchObject({ code: 'FORBIDDEN' });
      expect(theirs.text).not.toContain(stranger.userId);
      expect(errorOf(await t.gql(USERS, { organisationId: 'not-an-id' }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'organisationId',
      });
    });

    it('refuses every other role', async () => {
      const provider = await t.world.provider();
      for (const role of [Role.DUTY_OFFICER, Role.SUPPORT_WORKER, Role.COMMISSIONER]) {
        const caller = await t.world.login(role, role === Role.SUPPORT_WORKER ? provider.id : undefined);
        for (const asked of [{}, { organisationId: provider.id }, { organisationId: caller.organisationId }]) {
          expect([role, errorOf(await t.gql(USERS, asked, caller.token)).code]).toEqual([role, 'FORBIDDEN']);
        }
      }
    });
  });

  describe('the token', () => {
    it('a sign-in starts a session on the server, which its token names', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      const signIn = await t.gql(LOGIN, { email: officer.email, password: WORLD_PASSWORD });
      const { accessToken } = signIn.data!.login;
      const { sid, sub, role } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
      expect([sub, role]).toEqual([officer.userId, undefined]); // no role in the token to trust
      const [session] = await t.dataSource.query(
        'SELECT user_id, ended_at, expires_at FROM user_session WHERE id = $1',
        [sid],
      );
      expect(session).toMatchObject({ user_id: officer.userId, ended_at: null });
      expect(await signedIn(accessToken)).toBe(true);
    });

    it('acts with the role the user has now, never one written into the token', async () => {
      const officer = await t.world.login(Role.DUTY_OFFICER);
      // A token signed with the service's own key that claims ADMIN: the claim is not read.
      const claims = JSON.parse(Buffer.from(officer.token.split('.')[1], 'base64url').toString());
      const forged = await t.app
        .get(JwtService)
        .signAsync({ ...claims, role: 'ADMIN', org: null }, { algorithm: 'HS256' });
      expect(errorOf(await t.gql(AUDIT_EVENTS, {}, forged))).toMatchObject({ code: 'FORBIDDEN' });

      // A change in the database (another instance's updateUser, say) applies by the next check.
      await t.dataSource.query(`UPDATE user_account SET role = 'ADMIN', organisation_id = NULL WHERE id = $1`, [
        officer.userId,
      ]);
      t.clock.advance(SESSION_RECHECK_MS);
      expect((await t.gql(AUDIT_EVENTS, {}, officer.token)).errors).toBeUndefined();
    });

    it('expires with its session by the service clock', async () => {
      t.clock.set('2031-02-03T04:05:06.000Z'); // a whole second: the token's expiry is exact
      const officer = await t.world.login(Role.DUTY_OFFICER);
      expect(await signedIn(officer.token)).toBe(true);
      t.clock.advance(t.settings.ACCESS_TOKEN_MINUTES * 60_000 - 1000);
      expect(await signedIn(officer.token)).toBe(true);
      t.clock.advance(1000);
      expect(errorOf(await t.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });

      // The session's own expiry counts, not only the token's.
      const cut = await t.world.login(Role.DUTY_OFFICER);
      await t.dataSource.query(`UPDATE user_session SET expires_at = $2 WHERE user_id = $1`, [
        cut.userId,
        new Date(t.clock.now().getTime() + 60_000),
      ]);
      t.clock.advance(60_000);
      expect(errorOf(await t.gql(ME, {}, cut.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('is refused on another instance within the recheck period after a logout', async () => {
      expect(SESSION_RECHECK_MS).toBeLessThanOrEqual(5000); // CONTRACT.md: within 5 seconds
      // On PostgreSQL a second instance on the same database; the embedded one is one process's,
      // so there the other instance's logout is its write to the database.
      const other = isPostgres()
        ? await TestApp.start(
            { LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' },
            { database: { url: t.settings.DATABASE_URL, drop: async () => undefined } },
          )
        : undefined;
      try {
        const officer = await t.world.login(Role.DUTY_OFFICER);
        expect(await signedIn(officer.token)).toBe(true); // this instance has read the session
        if (other) {
          expect((await other.gql(LOGOUT, {}, officer.token)).data).toEqual({ logout: true });
          expect(errorOf(await other.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
        } else {
          await t.dataSource.query(
            `UPDATE user_session SET ended_at = now(), end_reason = 'LOGOUT' WHERE user_id = $1`,
            [officer.userId],
          );
        }
        t.clock.advance(SESSION_RECHECK_MS);
        expect(errorOf(await t.gql(ME, {}, officer.token))).toMatchObject({ code: 'UNAUTHENTICATED' });
      } finally {
        await other?.close();
      }
    }, 180_000); // a second instance starts
  });
});
