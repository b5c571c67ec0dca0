import { Injectable } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { RequestContext } from '../request-context';
import { Role } from '../roles';

/** A SQL condition with its parameters, for a query builder's `andWhere`. */
export interface Scope {
  where: string;
  params: Record<string, unknown>;
}

const EVERYTHING: Scope = { where: 'TRUE', params: {} };
const NOTHING: Scope = { where: 'FALSE', params: {} };

/**
 * The one place that says which tenant's records a caller may see. Queries by id filter with these
 * conditions in SQL, so another tenant's record is simply not found.
 */
@Injectable()
export class AccessPolicy {
  /** Providers (by a provider-id column) the caller may read. */
  visibleProviders(ctx: RequestContext, providerIdColumn: string): Scope {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
      case Role.DUTY_OFFICER: // every provider's public details and 24/7 line
        return EVERYTHING;
      case Role.PROVIDER_COORDINATOR:
      case Role.SUPPORT_WORKER:
        return {
          where: `${providerIdColumn} = :accessOrganisationId`,
          params: { accessOrganisationId: organisationId },
        };
      case Role.COMMISSIONER:
        return {
          where: `${providerIdColumn} IN (${commissionedNowSql(':accessOrganisationId', ':accessToday')})`,
          params: { accessOrganisationId: organisationId, accessToday: ctx.clock.today() },
        };
    }
  }

  /** Commissioners (by a commissioner-id column) the caller may read. */
  visibleCommissioners(ctx: RequestContext, commissionerIdColumn: string): Scope {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.COMMISSIONER:
        return {
          where: `${commissionerIdColumn} = :accessOrganisationId`,
          params: { accessOrganisationId: organisationId },
        };
      case Role.PROVIDER_COORDINATOR:
      case Role.SUPPORT_WORKER: // those that commission the provider now
        return {
          where: `${commissionerIdColumn} IN (SELECT c.commissioner_id FROM commissioning c WHERE c.provider_id = :accessOrganisationId AND ${liveSql('c', ':accessToday')})`,
          params: { accessOrganisationId: organisationId, accessToday: ctx.clock.today() },
        };
      case Role.DUTY_OFFICER:
        return NOTHING;
    }
  }

  /** Safehouses (by their provider-id column) the caller may read: their public fields and beds. */
  visibleSafehouses(ctx: RequestContext, providerIdColumn: string): Scope {
    return this.visibleProviders(ctx, providerIdColumn);
  }

  /**
   * Who may see a safehouse's address and postcode (CONTRACT.md, Confidentiality): ADMIN, the
   * provider's own staff, a commissioner commissioning the provider today, and a duty officer whose
   * organisation has a CONFIRMED or ARRIVED placement there.
   */
  addressVisible(ctx: RequestContext, safehouseIdColumn: string, providerIdColumn: string): Scope {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.PROVIDER_COORDINATOR:
      case Role.SUPPORT_WORKER:
      case Role.COMMISSIONER:
        return this.visibleProviders(ctx, providerIdColumn);
      case Role.DUTY_OFFICER:
        return {
          where: dutyOfficerBookingSql(safehouseIdColumn, ':accessOrganisationId'),
          params: { accessOrganisationId: organisationId },
        };
    }
  }

  /** Managing a provider's houses, beds, staff and placements: its coordinators, or ADMIN. */
  assertManagesProvider(ctx: RequestContext, providerId: string): void {
    const { role, organisationId } = ctx.user;
    if (role === Role.ADMIN) return;
    if (role === Role.PROVIDER_COORDINATOR && organisationId === providerId) return;
    throw DomainError.forbidden('Only a coordinator of this provider may do that.');
  }
}

/** Commissionings in force on a day (starts and ends inclusive). */
export function liveSql(alias: string, dayParam: string): string {
  return `${alias}.starts_on <= ${dayParam} AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${dayParam})`;
}

/** The provider ids a commissioner commissions on a day. */
export function commissionedNowSql(commissionerParam: string, dayParam: string): string {
  return `SELECT c.provider_id FROM commissioning c WHERE c.commissioner_id = ${commissionerParam} AND ${liveSql('c', dayParam)}`;
}

/**
 * The hook for the placements issue: a safehouse where the duty officer's organisation has a
 * CONFIRMED or ARRIVED placement. There is no placement table yet, so no duty officer has one:
 * replace this with an EXISTS over placement (status IN ('CONFIRMED', 'ARRIVED')) joined to bed.
 */
export function dutyOfficerBookingSql(safehouseIdColumn: string, organisationParam: string): string {
  void safehouseIdColumn;
  void organisationParam;
  return 'FALSE';
}
