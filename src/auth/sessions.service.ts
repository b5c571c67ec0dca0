import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { UserAccessChange, UserAccessListener } from '../users/user-access-change';
import { SessionCache, SessionRecord } from './session-cache';
import { TokenService } from './token.service';
import { SessionEndReason, UserSessionEntity } from './user-session.entity';

/**
 * How long this instance trusts what it last read about a session. Another instance's logout
 * reaches this one within it (CONTRACT.md: within 5 seconds), at one query per session per period.
 */
export const SESSION_RECHECK_MS = 2_000;
const SESSION_CACHE_SIZE = 10_000;

const END_REASON: Record<UserAccessChange, SessionEndReason> = {
  [UserAccessChange.DEACTIVATED]: SessionEndReason.DEACTIVATED,
  [UserAccessChange.ROLE_CHANGED]: SessionEndReason.ROLE_CHANGED,
  [UserAccessChange.ORGANISATION_CHANGED]: SessionEndReason.ORGANISATION_CHANGED,
};

/**
 * Server-side sessions (CONTRACT.md, Sessions): a sign-in is a row; a token names its session and
 * user, and acts with the role and organisation the user has now, while the session has neither
 * ended nor expired.
 */
@Injectable()
export class SessionService implements UserAccessListener {
  private readonly cache = new SessionCache(SESSION_CACHE_SIZE, SESSION_RECHECK_MS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Starts a session for the user at the context's now and gives its token: the one way a token
   * is made (sign-in, and the tests' and benchmarks' logins).
   */
  async start(ctx: RequestContext, userId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const now = ctx.clock.now();
    const sessionId = randomUUID();
    const { accessToken, expiresAt } = await this.tokens.issue({ userId, sessionId }, now);
    await ctx.manager.insert(UserSessionEntity, {
      id: sessionId,
      userId,
      createdAt: now,
      expiresAt,
      endedAt: null,
      endReason: null,
    });
    return { accessToken, expiresAt };
  }

  /**
   * Who a bearer token acts for at `now` (the service's clock): undefined when the token is bad
   * or expired, or its session ended, or its user was deactivated. Read from this instance's
   * cache when it was read less than SESSION_RECHECK_MS ago.
   */
  async actorFor(token: string, now: Date): Promise<Actor | undefined> {
    const claims = await this.tokens.verify(token, now);
    if (!claims) return undefined;
    const nowMs = now.getTime();
    let record = this.cache.get(claims.sessionId, nowMs);
    if (!record) {
      const startedAt = this.cache.begin();
      record = await this.read(claims.sessionId);
      this.cache.put(claims.sessionId, record, nowMs, startedAt);
    }
    if (!record.actor || record.userId !== claims.userId || nowMs >= record.expiresAtMs) return undefined;
    return record.actor;
  }

  /**
   * Ends one session in the context's transaction. Call `forgetSession` once it committed, so
   * this instance refuses the token from then on (and not before a rollback).
   */
  async end(ctx: RequestContext, sessionId: string, reason: SessionEndReason): Promise<void> {
    await ctx.manager.query(
      `UPDATE user_session SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`,
      [sessionId, ctx.clock.now(), reason],
    );
    this.cache.forgetSession(sessionId);
  }

  /** Ends every live session of the user in the context's transaction; then call `forgetUser`. */
  async endAll(ctx: RequestContext, userId: string, reason: SessionEndReason): Promise<number> {
    const [, ended] = (await ctx.manager.query(
      `UPDATE user_session SET ended_at = $2, end_reason = $3 WHERE user_id = $1 AND ended_at IS NULL`,
      [userId, ctx.clock.now(), reason],
    )) as [unknown, number];
    this.cache.forgetUser(userId);
    return ended;
  }

  /** An ADMIN deactivated the user or changed their role or organisation: every session ends. */
  async accessChanged(tx: RequestContext, userId: string, change: UserAccessChange): Promise<void> {
    await this.endAll(tx, userId, END_REASON[change]);
  }

  accessChangeCommitted(userId: string): void {
    this.forgetUser(userId);
  }

  /** After the transaction that ended the session committed: this instance refuses it at once. */
  forgetSession(sessionId: string): void {
    this.cache.forgetSession(sessionId);
  }

  /** After the transaction that ended the user's sessions committed. */
  forgetUser(userId: string): void {
    this.cache.forgetUser(userId);
  }

  private async read(sessionId: string): Promise<SessionRecord> {
    const rows: {
      user_id: string;
      expires_at: Date;
      ended_at: Date | null;
      role: Role;
      organisation_id: string | null;
      active: boolean;
    }[] = await this.dataSource.query(
      `SELECT s.user_id, s.expires_at, s.ended_at, u.role, u.organisation_id, u.active
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const row = rows[0];
    if (!row) return { userId: null, actor: undefined, expiresAtMs: 0 };
    const live = row.ended_at === null && row.active;
    return {
      userId: row.user_id,
      expiresAtMs: new Date(row.expires_at).getTime(),
      actor: live ? { userId: row.user_id, role: row.role, organisationId: row.organisation_id, sessionId } : undefined,
    };
  }
}
