import { Injectable, Logger, OnModuleDestroy, Inject } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { CONTROL_CHARACTERS } from '../common/validation/validators';
import { User } from '../users/user.model';
import { UserCredentials, UsersService } from '../users/users.service';
import { AuthPayload } from './auth-payload.model';
import { LOGIN_ATTEMPTS } from './auth.tokens';
import { LoginAttemptStore } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './sessions.service';
import { SignInLimits } from './sign-in-limits';
import { SessionEndReason } from './user-session.entity';
import { noteSignedIn } from '../logging/request-log';

const WRONG_CREDENTIALS = 'That email address and password do not match an account.';

@Injectable()
export class AuthService implements OnModuleDestroy {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limits: SignInLimits,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @Inject(LOGIN_ATTEMPTS) private readonly attempts: LoginAttemptStore,
  ) {}

  /**
   * Failed sign-ins are limited per account and client address, per account and per address
   * (SignInLimits); while a limit is reached even the right password is refused, unchecked, so
   * guessing gains nothing. An inactive account is refused in the words of a wrong password.
   */
  async login(ctx: RequestContext, emailTyped: string, password: string): Promise<AuthPayload> {
    const email = emailTyped.trim().toLowerCase();
    if (email.length === 0 || email.length > 254 || CONTROL_CHARACTERS.test(email))
      throw DomainError.badInput('email', 'email must be an email address.');
    if (password.length === 0 || password.length > 200)
      throw DomainError.badInput('password', 'password must be 1 to 200 characters.');

    const reservation = await this.limits.reserve(email, ctx.clientAddress, ctx.clock.now());
    if (reservation.locked) {
      this.logger.warn({ requestId: ctx.requestId, lock: reservation.scope }, 'Sign-in refused: locked');
      throw DomainError.unauthenticated(reservation.message);
    }
    let account: UserCredentials | null;
    let valid: boolean;
    try {
      account = await this.users.credentialsByEmail(ctx, email);
      valid = await this.hasher.verify(account?.passwordHash, password);
    } catch (error) {
      await this.limits.release(reservation.keys, ctx.clock.now());
      throw error;
    }
    const user = account?.user ?? null;
    if (!user || !valid || !user.active) {
      await this.recordFailure(ctx, user, !user ? 'unknown account' : !valid ? 'wrong password' : 'inactive account');
      throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    }
    await this.limits.succeed(reservation.keys, ctx.clock.now());

    const signedIn = ctx.signedInAs({ userId: user.id, role: user.role, organisationId: user.organisationId });
    noteSignedIn(ctx.requestId, user.id, user.role);
    const { accessToken, expiresAt } = await signedIn.transaction(async (tx) => {
      const session = await this.sessions.start(tx, user.id);
      await this.audit.record(tx, { action: 'user.login', entityType: 'User', entityId: user.id });
      return session;
    });
    return { accessToken, expiresAt, user };
  }

  /** Ends the caller's session: its token is refused from now on, on every instance (CONTRACT.md). */
  async logout(ctx: RequestContext): Promise<boolean> {
    const { userId, sessionId } = ctx.user;
    if (!sessionId) throw DomainError.unauthenticated();
    await ctx.transaction(async (tx) => {
      await this.sessions.end(tx, sessionId, SessionEndReason.LOGOUT);
      await this.audit.record(tx, { action: 'user.logout', entityType: 'User', entityId: userId });
    });
    this.sessions.forgetSession(sessionId);
    return true;
  }

  /**
   * A new password for the caller, given the current one; ends every session of the user, the
   * caller's too. A wrong current password counts as a failed sign-in, under the same limits.
   */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
    const { userId } = ctx.user;
    const account = await this.users.credentialsById(ctx, userId);
    if (!account) throw DomainError.unauthenticated('Your account no longer exists; please sign in again.');
    const { user } = account;
    if (newPassword === currentPassword)
      throw DomainError.badInput('newPassword', 'newPassword must differ from the current password.');

    const reservation = await this.limits.reserve(user.email, ctx.clientAddress, ctx.clock.now());
    if (reservation.locked) {
      this.logger.warn(
        { requestId: ctx.requestId, userId, lock: reservation.scope },
        'Password change refused: locked',
      );
      throw DomainError.badInput('currentPassword', reservation.message);
    }
    let valid: boolean;
    try {
      valid = await this.hasher.verify(account.passwordHash, currentPassword);
    } catch (error) {
      await this.limits.release(reservation.keys, ctx.clock.now());
      throw error;
    }
    if (!valid) {
      await this.recordFailure(ctx, user, 'wrong current password');
      throw DomainError.badInput('currentPassword', 'currentPassword is not your current password.');
    }
    await this.limits.succeed(reservation.keys, ctx.clock.now());

    const passwordHash = await this.hasher.hash(newPassword); // before the transaction: it is slow
    await ctx.transaction(async (tx) => {
      await this.users.setPasswordHash(tx, userId, passwordHash);
      await this.sessions.endAll(tx, userId, SessionEndReason.PASSWORD_CHANGED);
      await this.audit.record(tx, { action: 'user.password_change', entityType: 'User', entityId: userId });
    });
    this.sessions.forgetUser(userId);
    return true;
  }

  /**
   * A failed sign-in (CONTRACT.md, Sessions): a warning in the log with the account's id when
   * there is one, and `auth.login_failed` in the audit log; never the password or the email typed.
   */
  private async recordFailure(ctx: RequestContext, user: User | null, why: string): Promise<void> {
    this.logger.warn({ requestId: ctx.requestId, userId: user?.id ?? null, why }, 'Failed sign-in');
    await this.audit.record(ctx, { action: 'auth.login_failed', entityType: 'User', entityId: user?.id ?? null });
  }

  async onModuleDestroy(): Promise<void> {
    await this.attempts.close();
  }
}
