import { randomUUID } from 'node:crypto';
import { SessionService } from '../../src/auth/sessions.service';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { CommissioningEntity } from '../../src/commissioners/commissioning.entity';
import { RequestContext } from '../../src/common/request-context';
import { OrganisationKind, ROLE_ORGANISATION_KIND, Role } from '../../src/common/roles';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { BedEntity } from '../../src/safehouses/bed.entity';
import { Gender } from '../../src/safehouses/gender';
import { SafehouseKind } from '../../src/safehouses/safehouse-kind';
import { SafehouseEntity, publicPoint } from '../../src/safehouses/safehouse.entity';
import { UserEntity } from '../../src/users/user.entity';
import type { TestApp } from './test-app';

export interface Login {
  userId: string;
  email: string;
  role: Role;
  organisationId: string | null;
  token: string;
}

let hashOfPassword: Promise<string> | undefined;
export const WORLD_PASSWORD = 'correct horse battery staple';

/** Factories for test data, straight into the database: each call makes something new. */
export class World {
  constructor(private readonly t: TestApp) {}

  private get manager() {
    return this.t.dataSource.manager;
  }

  async organisation(kind: OrganisationKind, fields: Partial<OrganisationEntity> = {}): Promise<OrganisationEntity> {
    return this.manager.save(
      this.manager.create(OrganisationEntity, {
        name: `${kind.toLowerCase()} ${randomUUID().slice(0, 8)}`,
        kind,
        outOfHoursPhone: kind === OrganisationKind.PROVIDER ? '+44 20 7946 0000' : null,
        region: null,
        ...fields,
      }),
    );
  }

  provider(fields: Partial<OrganisationEntity> = {}) {
    return this.organisation(OrganisationKind.PROVIDER, fields);
  }

  commissioner(fields: Partial<OrganisationEntity> = {}) {
    return this.organisation(OrganisationKind.COMMISSIONER, fields);
  }

  responder(fields: Partial<OrganisationEntity> = {}) {
    return this.organisation(OrganisationKind.RESPONDER, fields);
  }

  async commission(commissionerId: string, providerId: string, startsOn = '2020-01-01', endsOn: string | null = null) {
    return this.manager.save(
      this.manager.create(CommissioningEntity, { commissionerId, providerId, startsOn, endsOn }),
    );
  }

  /** A user of the role (in a new organisation of the right kind unless one is given) and a token. */
  async login(role: Role, organisationId?: string): Promise<Login> {
    const kind = ROLE_ORGANISATION_KIND[role];
    const orgId = kind === null ? null : (organisationId ?? (await this.organisation(kind)).id);
    hashOfPassword ??= this.t.app.get(PasswordHasher).hash(WORLD_PASSWORD);
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
    const user = await this.manager.save(
      this.manager.create(UserEntity, {
        email,
        passwordHash: await hashOfPassword,
        displayName: `Test ${role}`,
        role,
        organisationId: orgId,
      }),
    );
    const token = await this.startSession(user.id);
    return { userId: user.id, email, role, organisationId: orgId, token };
  }

  /** The same user signed in afresh at the test clock's now (after the clock was moved far). */
  async signInAgain(login: Login): Promise<Login> {
    return { ...login, token: await this.startSession(login.userId) };
  }

  /** A session as a sign-in starts one (without the password check), at the test clock's now. */
  private async startSession(userId: string): Promise<string> {
    const ctx = RequestContext.system(this.t.dataSource, this.t.clock);
    const { accessToken } = await this.t.app.get(SessionService).start(ctx, userId);
    this.t.logs?.note(accessToken);
    return accessToken;
  }

  /** A house of the provider: by default a women's safehouse in central Manchester, open 24 hours. */
  async safehouse(providerId: string, fields: Partial<SafehouseEntity> = {}): Promise<SafehouseEntity> {
    const latitude = fields.latitude ?? 53.4808;
    const longitude = fields.longitude ?? -2.2426;
    const point = publicPoint(latitude, longitude);
    return this.manager.save(
      this.manager.create(SafehouseEntity, {
        providerId,
        name: `house ${randomUUID().slice(0, 8)}`,
        kind: SafehouseKind.SAFEHOUSE,
        area: 'Manchester',
        address: `${Math.floor(Math.random() * 200) + 1} Secret Street`,
        postcode: 'M1 1AA',
        acceptsGenders: [Gender.WOMAN],
        acceptsDependants: false,
        stepFreeAccess: false,
        languages: ['en'],
        open24Hours: true,
        opensAt: null,
        closesAt: null,
        instantBooking: false,
        referralsSuspended: false,
        suspensionReason: null,
        capacityConfirmedAt: this.t.clock.now(),
        ...fields,
        latitude,
        longitude,
        publicLatitude: point.latitude,
        publicLongitude: point.longitude,
      }),
    );
  }

  async bed(safehouseId: string, fields: Partial<BedEntity> = {}): Promise<BedEntity> {
    return this.manager.save(
      this.manager.create(BedEntity, {
        safehouseId,
        label: `Room ${randomUUID().slice(0, 4)}`,
        sleeps: 1,
        accessible: false,
        removedAt: null,
        ...fields,
      }),
    );
  }

  /** A claim on a bed straight into the occupancy table (holds and placements arrive with issue 4). */
  async occupy(
    bedId: string,
    from: Date | string,
    until: Date | string | null,
    fields: { kind?: 'HOLD' | 'PLACEMENT' | 'BLOCK'; expiresAt?: Date | string | null; live?: boolean } = {},
  ): Promise<void> {
    const kind = fields.kind ?? 'PLACEMENT';
    await this.manager.query(
      `INSERT INTO bed_occupation (bed_id, kind, period, live, expires_at) VALUES ($1, $2, tstzrange($3, $4, '[)'), $5, $6)`,
      [
        bedId,
        kind,
        new Date(from),
        until === null ? null : new Date(until),
        fields.live ?? true,
        kind === 'HOLD' ? new Date(fields.expiresAt ?? new Date(Date.now() + 45 * 60_000)) : null,
      ],
    );
  }
}
