import { createSecretKey, randomBytes } from 'node:crypto';
import { Global, Logger, Module, OnModuleInit } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { Settings } from '../config/settings';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LOGIN_ATTEMPTS } from './auth.tokens';
import { MemoryLoginAttempts, RedisLoginAttempts } from './login-attempts';
import { SessionPurgeJob } from './session-purge.job';
import { SessionService } from './sessions.service';
import { SignInLimits } from './sign-in-limits';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [Settings],
      useFactory: (settings: Settings) => {
        let secret = settings.JWT_SECRET;
        if (!secret) {
          // Outside production a missing secret is made up per start: sign-ins last until restart.
          new Logger('Auth').warn('JWT_SECRET is not set: using a random one; sign-ins end when the service restarts');
          secret = randomBytes(48).toString('base64url');
        }
        // A KeyObject made once: given the string, jsonwebtoken tries it as a public key (and fails,
        // and catches) and then makes a secret key of it on every sign-in check, a sizeable part
        // of a request's CPU. The same bytes (UTF-8), so tokens are unchanged.
        return { secret: createSecretKey(Buffer.from(secret, 'utf8')) };
      },
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    TokenService,
    SessionService,
    SessionPurgeJob,
    SignInLimits,
    {
      provide: LOGIN_ATTEMPTS,
      inject: [Settings],
      useFactory: (settings: Settings) =>
        settings.REDIS_URL ? new RedisLoginAttempts(settings.REDIS_URL) : new MemoryLoginAttempts(),
    },
  ],
  exports: [TokenService, SessionService],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
  ) {}

  /** Auth depends on users, never the reverse: a change of a user's access reaches the sessions so. */
  onModuleInit(): void {
    this.users.onAccessChange(this.sessions);
  }
}
