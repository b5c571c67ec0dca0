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

/** Tokens whose signature was checked, kept so a signed-in caller's every request is not checked again. */
const VERIFIED_TOKENS = 10_000;

interface Verified extends SessionClaims {
  notBeforeMs: number;
  expiresAtMs: number;
}

/**
 * Signs and verifies access tokens (HS256 JWT). A valid signature proves only that the service
 * issued the token; whether its session still holds is the SessionService's question.
 */
@Injectable()
export class TokenService {
  /**
   * A token is the same string on every request of its sign-in, and its signature, issuer and
   * audience hold or fail for good: what a check found is kept by the token, and only its
   * lifetime is compared with the clock on each use. Only tokens that passed are kept (a forged
   * one is checked each time, as it costs the sender as much), at most VERIFIED_TOKENS, the
   * oldest first out.
   */
  private readonly verified = new Map<string, Verified>();

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
    const nowMs = now.getTime();
    const known = this.verified.get(token);
    if (known) {
      if (nowMs < known.notBeforeMs || nowMs >= known.expiresAtMs) return undefined;
      return { userId: known.userId, sessionId: known.sessionId };
    }
    let claims: Partial<AccessClaims> & { exp?: number; nbf?: number };
    try {
      claims = await this.jwt.verifyAsync<typeof claims>(token, {
        clockTimestamp: Math.floor(nowMs / 1000),
        algorithms: ['HS256'],
        issuer: 'haven',
        audience: 'haven',
      });
    } catch {
      return undefined;
    }
    if (!isUUID(claims.sub) || !isUUID(claims.sid) || typeof claims.exp !== 'number') return undefined;
    const verified: Verified = {
      userId: claims.sub!,
      sessionId: claims.sid!,
      // As jsonwebtoken compares them: whole seconds of the clock against nbf and exp.
      notBeforeMs: typeof claims.nbf === 'number' ? claims.nbf * 1000 : -Infinity,
      expiresAtMs: claims.exp * 1000,
    };
    if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, verified);
    return { userId: verified.userId, sessionId: verified.sessionId };
  }
}
