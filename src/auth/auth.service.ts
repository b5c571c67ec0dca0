import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Settings } from '../config/settings';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { CONTROL_CHARACTERS } from '../common/validation/validators';
import { UserEntity } from '../users/user.entity';
import { toUser } from '../users/users.service';
import { AuthPayload } from './auth-payload.model';
import { LOGIN_ATTEMPTS } from './auth.tokens';
import { LoginAttemptStore } from './login-attempts';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

const WRONG_CREDENTIALS = 'That email address and password do not match an account.';

@Injectable()
export class AuthService implements OnModuleDestroy {
  constructor(
    private readonly settings: Settings,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(LOGIN_ATTEMPTS) private readonly attempts: LoginAttemptStore,
  ) {}

  /**
   * Failed sign-ins are limited per account and per client address; while either limit is
   * reached, even the right password is refused, so guessing gains nothing.
   */
  async login(ctx: RequestContext, emailTyped: string, password: string): Promise<AuthPayload> {
    const email = emailTyped.trim().toLowerCase();
    if (email.length === 0 || email.length > 254 || CONTROL_CHARACTERS.test(email))
      throw DomainError.badInput('email', 'email must be an email address.');
    if (password.length === 0 || password.length > 200)
      throw DomainError.badInput('password', 'password must be 1 to 200 characters.');
    const accountKey = `account:${createHash('sha256').update(email).digest('hex')}`;
    const addressKey = `address:${ctx.clientAddress}`;
    const [accountFailures, addressFailures] = await Promise.all([
      this.attempts.count(accountKey),
      this.attempts.count(addressKey),
    ]);
    if (
      accountFailures >= this.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
      addressFailures >= this.settings.LOGIN_MAX_FAILURES_PER_ADDRESS
    ) {
      throw DomainError.unauthenticated(
        `Too many failed sign-ins. Try again in ${this.settings.LOGIN_LOCKOUT_MINUTES} minutes, or ask your administrator.`,
      );
    }

    const user = await ctx.manager.findOneBy(UserEntity, { email });
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) {
      const windowMs = this.settings.LOGIN_LOCKOUT_MINUTES * 60_000;
      await Promise.all([this.attempts.fail(accountKey, windowMs), this.attempts.fail(addressKey, windowMs)]);
      throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    }
    await this.attempts.clear(accountKey);
    const actor = { userId: user.id, role: user.role, organisationId: user.organisationId };
    const { accessToken, expiresAt } = await this.tokens.issue(actor, ctx.clock.now());
    await this.audit.record(ctx.signedInAs(actor), {
      action: 'user.login',
      entityType: 'User',
      entityId: user.id,
    });
    return { accessToken, expiresAt, user: toUser(user) };
  }

  async onModuleDestroy(): Promise<void> {
    await this.attempts.close();
  }
}
