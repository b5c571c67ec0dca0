import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { Settings } from '../config/settings';
import { Actor } from '../common/request-context';
import { Role } from '../common/roles';

interface AccessClaims {
  sub: string;
  role: Role;
  org: string | null;
}

/** Signs and verifies access tokens (HS256 JWT). The claims are trusted until the token expires. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly settings: Settings,
  ) {}

  async issue(actor: Actor, now: Date): Promise<{ accessToken: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAtSeconds = issuedAt + this.settings.ACCESS_TOKEN_MINUTES * 60;
    const claims: AccessClaims & { iat: number; exp: number } = {
      sub: actor.userId,
      role: actor.role,
      org: actor.organisationId,
      iat: issuedAt,
      exp: expiresAtSeconds,
    };
    const accessToken = await this.jwt.signAsync(claims, { algorithm: 'HS256', issuer: 'haven', audience: 'haven' });
    return { accessToken, expiresAt: new Date(expiresAtSeconds * 1000) };
  }

  /**
   * The actor a token names, or undefined for a token that is malformed, tampered or expired at
   * `now` (the service's clock, as when it was issued: never the machine's, which tests move).
   */
  async verify(token: string, now: Date): Promise<Actor | undefined> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        clockTimestamp: Math.floor(now.getTime() / 1000),
        algorithms: ['HS256'],
        issuer: 'haven',
        audience: 'haven',
      });
      if (!isUUID(claims.sub) || !Object.values(Role).includes(claims.role)) return undefined;
      if (claims.org !== null && !isUUID(claims.org)) return undefined;
      return { userId: claims.sub, role: claims.role, organisationId: claims.org };
    } catch {
      return undefined;
    }
  }
}
