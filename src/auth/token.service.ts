import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { Settings } from '../config/settings';

/** What an access token says: whose sign-in it is. Role and organisation are read with the session. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}

interface AccessClaims {
  sub: string;
  sid: string;
}

/**
 * Signs and verifies access tokens (HS256 JWT). A valid signature proves only that the service
 * issued the token; whether its session still holds is the SessionService's question.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly settings: Settings,
  ) {}

  async issue(claims: SessionClaims, now: Date): Promise<{ accessToken: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAtSeconds = issuedAt + this.settings.ACCESS_TOKEN_MINUTES * 60;
    const payload: AccessClaims & { iat: number; exp: number } = {
      sub: claims.userId,
      sid: claims.sessionId,
      iat: issuedAt,
      exp: expiresAtSeconds,
    };
    const accessToken = await this.jwt.signAsync(payload, { algorithm: 'HS256', issuer: 'haven', audience: 'haven' });
    return { accessToken, expiresAt: new Date(expiresAtSeconds * 1000) };
  }

  /**
   * The session a token names, or undefined for a token that is malformed, tampered or expired at
   * `now` (the service's clock, as when it was issued: never the machine's, which tests move).
   */
  async verify(token: string, now: Date): Promise<SessionClaims | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<Partial<AccessClaims>>(token, {
        clockTimestamp: Math.floor(now.getTime() / 1000),
        algorithms: ['HS256'],
        issuer: 'haven',
        audience: 'haven',
      });
      if (!isUUID(claims.sub) || !isUUID(claims.sid)) return undefined;
      return { userId: claims.sub!, sessionId: claims.sid! };
    } catch {
      return undefined;
    }
  }
}
