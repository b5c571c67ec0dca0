import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { ROLE_ORGANISATION_KIND, Role } from '../common/roles';
import { isUUID } from 'class-validator';
import { AccessPolicy } from '../common/access/access-policy';
import { UNIQUE_VIOLATION, sqlState } from '../database/postgres-errors';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateUserInput } from './create-user.input';
import { UpdateUserInput } from './update-user.input';
import { UserAccessChange, UserAccessListener } from './user-access-change';
import { UserEntity } from './user.entity';
import { User } from './user.model';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    organisationId: entity.organisationId,
    active: entity.active,
  };
}

/** A user and their password hash: for signing in and changing the password (the auth module). */
export interface UserCredentials {
  user: User;
  passwordHash: string;
}

/** Taken while a change might leave no active ADMIN, so two such changes never pass together. */
const LAST_ADMIN_LOCK = 7_326_002;

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private readonly accessListeners: UserAccessListener[] = [];

  constructor(
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly access: AccessPolicy,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Registers what must follow a change of a user's access (the auth module ends their sessions). */
  onAccessChange(listener: UserAccessListener): void {
    this.accessListeners.push(listener);
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const passwordHash = await this.hasher.hash(input.password); // before the transaction: it is slow
    return this.createHashed(ctx, input, passwordHash);
  }

  /** `create` with the password already hashed: the demo's logins share one password, hashed once. */
  async createHashed(
    ctx: RequestContext,
    input: Omit<CreateUserInput, 'password'>,
    passwordHash: string,
  ): Promise<User> {
    const kind = ROLE_ORGANISATION_KIND[input.role];
    return ctx.transaction(async (tx) => {
      if (kind === null && input.organisationId) {
        throw DomainError.badInput(
          'input.organisationId',
          'An ADMIN belongs to no organisation: leave organisationId out.',
        );
      }
      if (kind !== null) {
        if (!input.organisationId) {
          throw DomainError.badInput('input.organisationId', `A ${input.role} needs an organisationId.`);
        }
        const organisation = await this.organisations.find(tx, input.organisationId);
        if (!organisation)
          throw DomainError.badInput('input.organisationId', 'input.organisationId names no organisation.');
        if (organisation.kind !== kind) {
          throw DomainError.badInput(
            'input.organisationId',
            `A ${input.role} must belong to a ${kind.toLowerCase()} organisation, not a ${organisation.kind.toLowerCase()} one.`,
          );
        }
      }
      const taken = await tx.manager.existsBy(UserEntity, { email: input.email });
      if (taken) throw DomainError.conflict('A user with that email address already exists.');
      const user = await tx.manager
        .save(
          tx.manager.create(UserEntity, {
            email: input.email,
            passwordHash,
            displayName: input.displayName,
            role: input.role,
            organisationId: input.organisationId ?? null,
          }),
        )
        .catch((error: unknown) => {
          // two admins creating the same address at once: the unique index decides
          throw sqlState(error) === UNIQUE_VIOLATION
            ? DomainError.conflict('A user with that email address already exists.')
            : error;
        });
      await this.audit.record(tx, { action: 'user.create', entityType: 'User', entityId: user.id });
      return toUser(user);
    });
  }

  /**
   * ADMIN: a user's name, role, organisation and whether they may sign in. A change of role or
   * organisation, or a deactivation, ends every session of the user at once (CONTRACT.md,
   * Sessions). Nobody deactivates themselves, and the last active ADMIN stays one.
   */
  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
    const { user, sessionsEnded } = await ctx.transaction(async (tx) => {
      const user = await tx.manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound('user');
      const role = input.role ?? user.role;
      const organisationId =
        input.organisationId !== undefined
          ? input.organisationId
          : ROLE_ORGANISATION_KIND[role] === null
            ? null // a user made ADMIN leaves their organisation
            : user.organisationId;
      const active = input.active ?? user.active;
      const roleChanged = role !== user.role;
      const organisationChanged = organisationId !== user.organisationId;
      if (roleChanged || organisationChanged) {
        await this.assertFits(tx, role, organisationId, input.organisationId !== undefined);
      }
      if (user.active && !active && user.id === ctx.user.userId) {
        throw DomainError.conflict('You cannot deactivate yourself: another admin can.');
      }
      if (user.role === Role.ADMIN && user.active && (role !== Role.ADMIN || !active)) {
        await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [LAST_ADMIN_LOCK]);
        const [{ others }] = await tx.manager.query(
          `SELECT count(*)::int AS others FROM user_account WHERE role = 'ADMIN' AND active AND id <> $1`,
          [user.id],
        );
        if (others === 0) {
          throw DomainError.conflict(
            'This is the last active admin: make another user an admin before deactivating or changing this one.',
          );
        }
      }
      user.displayName = input.displayName ?? user.displayName;
      user.role = role;
      user.organisationId = organisationId;
      user.active = active;
      await tx.manager.save(user);
      const change = !active
        ? UserAccessChange.DEACTIVATED
        : roleChanged
          ? UserAccessChange.ROLE_CHANGED
          : organisationChanged
            ? UserAccessChange.ORGANISATION_CHANGED
            : null;
      if (change) {
        // Fail closed: a change of access that could leave the user's sessions alive is not made.
        if (this.accessListeners.length === 0)
          throw new Error('nothing ends the sessions of a user whose access changed');
        for (const listener of this.accessListeners) await listener.accessChanged(tx, user.id, change);
      }
      await this.audit.record(tx, { action: 'user.update', entityType: 'User', entityId: user.id });
      return { user, sessionsEnded: change !== null };
    });
    if (sessionsEnded) for (const listener of this.accessListeners) listener.accessChangeCommitted(user.id);
    return toUser(user);
  }

  /**
   * ADMIN: every user, or one organisation's; a provider's coordinator: their provider's (to link
   * support workers). Ordered by name.
   */
  async list(ctx: RequestContext, organisationId: string | null | undefined): Promise<User[]> {
    if (organisationId != null && !isUUID(organisationId)) {
      throw DomainError.badInput('organisationId', 'organisationId is not a valid id.');
    }
    const scope = this.access.listableUsers(ctx, organisationId ?? null);
    const rows = await ctx.manager
      .createQueryBuilder(UserEntity, 'u')
      .where(scope.where, scope.params)
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.email', 'ASC')
      .getMany();
    return rows.map(toUser);
  }

  /** A role must fit its organisation's kind (ROLE_ORGANISATION_KIND); an ADMIN has none. */
  private async assertFits(
    ctx: RequestContext,
    role: Role,
    organisationId: string | null,
    organisationGiven: boolean,
  ): Promise<void> {
    const kind = ROLE_ORGANISATION_KIND[role];
    const field = organisationGiven ? 'input.organisationId' : 'input.role';
    if (kind === null) {
      if (organisationId)
        throw DomainError.badInput(field, 'An ADMIN belongs to no organisation: set organisationId to null.');
      return;
    }
    if (!organisationId) throw DomainError.badInput(field, `A ${role} needs an organisationId.`);
    const organisation = await this.organisations.find(ctx, organisationId);
    if (!organisation)
      throw DomainError.badInput('input.organisationId', 'input.organisationId names no organisation.');
    if (organisation.kind !== kind) {
      throw DomainError.badInput(
        field,
        `A ${role} must belong to a ${kind.toLowerCase()} organisation, not a ${organisation.kind.toLowerCase()} one.`,
      );
    }
  }

  async get(ctx: RequestContext, id: string): Promise<User> {
    const user = await ctx.manager.findOneBy(UserEntity, { id });
    if (!user) throw DomainError.unauthenticated('Your account no longer exists; please sign in again.');
    return toUser(user);
  }

  /** A user by id, batched per request; null when there is none (an audit event's actor). */
  find(ctx: RequestContext, id: string): Promise<User | null> {
    return ctx
      .loader<string, User | null>('users.find', async (ids) => {
        const rows = await ctx.manager.findBy(UserEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, toUser(row)]));
        return ids.map((key) => byId.get(key) ?? null);
      })
      .load(id);
  }

  /**
   * Active users to tell of something (notifications): those named by id, and every one with one of
   * the given roles in the given organisation. Their email addresses too: a message goes to them.
   * Read under a share lock until the caller's transaction ends: a change of their access (which
   * locks the row, then drops their waiting notices) waits for the notices being written here, or
   * is waited for and leaves them out, never a notice written for who they no longer are.
   */
  async notifiable(
    ctx: RequestContext,
    who: { userIds?: readonly string[]; members?: readonly { organisationId: string; role: Role }[] },
  ): Promise<{ id: string; email: string; role: Role }[]> {
    const userIds = who.userIds ?? [];
    const members = who.members ?? [];
    if (userIds.length === 0 && members.length === 0) return [];
    return ctx.manager.query(
      `SELECT u.id, u.email, u.role FROM user_account u
        WHERE u.active
          AND (u.id = ANY($1::uuid[])
               OR EXISTS (SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS m("organisationId" uuid, role text)
                           WHERE m."organisationId" = u.organisation_id AND m.role = u.role))
        ORDER BY u.id
          FOR SHARE OF u`,
      [userIds, JSON.stringify(members)],
    );
  }

  /** The users with these email addresses (as stored: trimmed, lower case), those that exist. */
  async findByEmails(ctx: RequestContext, emails: readonly string[]): Promise<User[]> {
    if (emails.length === 0) return [];
    const rows = await ctx.manager.findBy(UserEntity, { email: In([...emails]) });
    return rows.map(toUser);
  }

  /** The account with this email (trimmed, lower case), for signing in; null when there is none. */
  async credentialsByEmail(ctx: RequestContext, email: string): Promise<UserCredentials | null> {
    const row = await ctx.manager.findOneBy(UserEntity, { email });
    return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
  }

  /** The caller's own account, for changing their password; null when it no longer exists. */
  async credentialsById(ctx: RequestContext, id: string): Promise<UserCredentials | null> {
    const row = await ctx.manager.findOneBy(UserEntity, { id });
    return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
  }

  /** A new password (changePassword): ending the user's sessions with it is the caller's part. */
  async setPasswordHash(tx: RequestContext, id: string, passwordHash: string): Promise<void> {
    await tx.manager.update(UserEntity, { id }, { passwordHash });
  }

  /** A user by id, batched per request (e.g. the referrers of a page of placements). */
  load(ctx: RequestContext, id: string): Promise<User> {
    return ctx
      .loader<string, User | Error>('users.byId', async (ids) => {
        const rows = await ctx.manager.findBy(UserEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, toUser(row)]));
        return ids.map((key) => byId.get(key) ?? new Error(`user ${key} is missing`));
      })
      .load(id) as Promise<User>;
  }

  /** Whether anyone can administer the service (and so let others in). */
  async hasAdmin(ctx: RequestContext): Promise<boolean> {
    return ctx.manager.existsBy(UserEntity, { role: Role.ADMIN });
  }

  /** Creates the first ADMIN from HAVEN_ADMIN_EMAIL/PASSWORD when there is no admin; never changes one. */
  async ensureFirstAdmin(ctx: RequestContext, email: string, password: string): Promise<boolean> {
    const hasAdmin = await ctx.manager.existsBy(UserEntity, { role: Role.ADMIN });
    if (hasAdmin) return false;
    const passwordHash = await this.hasher.hash(password);
    return ctx.transaction(async (tx) => {
      await tx.manager.query('LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE'); // instances starting together
      if (await tx.manager.existsBy(UserEntity, { role: Role.ADMIN })) return false;
      const user = await tx.manager.save(
        tx.manager.create(UserEntity, {
          email: email.trim().toLowerCase(),
          passwordHash,
          displayName: 'Administrator',
          role: Role.ADMIN,
          organisationId: null,
        }),
      );
      await this.audit.record(tx, { action: 'user.create', entityType: 'User', entityId: user.id });
      this.logger.log('Created the first admin from HAVEN_ADMIN_EMAIL');
      return true;
    });
  }
}
