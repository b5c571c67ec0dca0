import { JwtService } from '@nestjs/jwt';
import { Settings } from '../config/settings';
import { TokenService } from './token.service';

const SECRET = 'a-test-secret-a-test-secret-a-test-secret';
const claims = { userId: '6f1d7a52-4f5e-4d39-9f61-0c1a8d7e2b11', sessionId: '0b8e3c2a-1d4f-4a6b-8c9d-7e5f3a2b1c0d' };
const issuedAt = new Date('2026-03-01T21:30:00Z');
const MINUTE = 60_000;

function tokens(secret = SECRET): TokenService {
  return new TokenService(new JwtService({ secret }), { ACCESS_TOKEN_MINUTES: 30 } as Settings);
}

describe('TokenService', () => {
  it('answers a token it checked before by its lifetime on the clock given, on every later use', async () => {
    const service = tokens();
    const { accessToken, expiresAt } = await service.issue(claims, issuedAt);
    expect(expiresAt.getTime() - issuedAt.getTime()).toBe(30 * MINUTE);
    expect(await service.verify(accessToken, issuedAt)).toEqual(claims);
    expect(await service.verify(accessToken, new Date(issuedAt.getTime() + 29 * MINUTE))).toEqual(claims);
    expect(await service.verify(accessToken, new Date(issuedAt.getTime() + 30 * MINUTE - 1))).toEqual(claims);
    expect(await service.verify(accessToken, expiresAt)).toBeUndefined();
    expect(await service.verify(accessToken, new Date(issuedAt.getTime() + 90 * MINUTE))).toBeUndefined();
    // Kept or not, the answer is the one a fresh check gives.
    expect(await tokens().verify(accessToken, expiresAt)).toBeUndefined();
    expect(await service.verify(accessToken, issuedAt)).toEqual(claims);
  });

  it('refuses a token expired when first seen, and never keeps it', async () => {
    const service = tokens();
    const { accessToken } = await service.issue(claims, issuedAt);
    expect(await service.verify(accessToken, new Date(issuedAt.getTime() + 31 * MINUTE))).toBeUndefined();
    expect(await service.verify(accessToken, issuedAt)).toEqual(claims);
  });

  it('refuses a tampered token, or one signed with another secret, even beside a good one it kept', async () => {
    const service = tokens();
    const { accessToken } = await service.issue(claims, issuedAt);
    expect(await service.verify(accessToken, issuedAt)).toEqual(claims);
    const [head, body, signature] = accessToken.split('.');
    const otherBody = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: claims.sessionId }),
    ).toString('base64url');
    expect(await service.verify(`${head}.${otherBody}.${signature}`, issuedAt)).toBeUndefined();
    expect(await service.verify(`${accessToken}x`, issuedAt)).toBeUndefined();
    const { accessToken: foreign } = await tokens('another-secret-another-secret-another-secret').issue(
      claims,
      issuedAt,
    );
    expect(await service.verify(foreign, issuedAt)).toBeUndefined();
    expect(await service.verify(foreign, issuedAt)).toBeUndefined();
  });
});
