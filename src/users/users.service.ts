import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { ROLE_ORGANISATION_KIND, Role } from '../common/roles';
import { UNIQUE_VIOLATION, sqlState } from '../database/postgres-errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreateUserInput } from './create-user.input';
import { UserEntity } from './user.entity';
import { User } from './user.model';

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    role: entity.role,
    organisationId: entity.organisationId,
  };
}

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    const kind = ROLE_ORGANISATION_KIND[input.role];
    const passwordHash = await this.hasher.hash(input.password); // before the transaction: it is slow
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
        const organisation = await tx.manager.findOneBy(OrganisationEntity, { id: input.organisationId });
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

  async get(ctx: RequestContext, id: string): Promise<User> {
    const user = await ctx.manager.findOneBy(UserEntity, { id });
    if (!user) throw DomainError.unauthenticated('Your account no longer exists; please sign in again.');
    return toUser(user);
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
