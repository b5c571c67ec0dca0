import { Injectable } from '@nestjs/common';
import { effectiveStatusSql } from '../../placements/placement-status';
import { openAssignmentSql } from '../../support-workers/open-assignment';
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
        return ofOrganisation(providerIdColumn, organisationId);
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
        return ofOrganisation(commissionerIdColumn, organisationId);
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

  /**
   * Inspections (by their house's provider-id column, their status and commissioner columns) the
   * caller may read: ADMIN all; a commissioner the published ones of providers it commissions
   * today, and its own drafts (a DRAFT belongs to the organisation that recorded it: CONTRACT.md,
   * Inspections); a provider's coordinator its own published ones (DOMAIN.md: the reports go to the
   * provider and the commissioner, nobody else).
   */
  visibleInspections(
    ctx: RequestContext,
    providerIdColumn: string,
    statusColumn: string,
    commissionerIdColumn: string,
  ): Scope {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.COMMISSIONER: {
        const providers = this.visibleProviders(ctx, providerIdColumn);
        return {
          where: `${providers.where} AND (${statusColumn} = 'PUBLISHED' OR ${commissionerIdColumn} = :accessOrganisationId)`,
          params: providers.params,
        };
      }
      case Role.PROVIDER_COORDINATOR:
        return {
          where: `${providerIdColumn} = :accessOrganisationId AND ${statusColumn} = 'PUBLISHED'`,
          params: { accessOrganisationId: organisationId },
        };
      case Role.SUPPORT_WORKER:
      case Role.DUTY_OFFICER:
        return NOTHING;
    }
  }

  /**
   * Changing or publishing an inspection: a commissioner of its provider today (FORBIDDEN
   * otherwise), and while it is a DRAFT only the organisation that recorded it, or ADMIN. Another
   * commissioner's draft is NOT_FOUND, as it is to read (visibleInspections).
   */
  async assertMayChangeInspection(
    ctx: RequestContext,
    providerId: string,
    inspection: { commissionerId: string; status: string },
  ): Promise<void> {
    await this.assertCommissions(ctx, providerId);
    const { role, organisationId } = ctx.user;
    if (role !== Role.ADMIN && inspection.status !== 'PUBLISHED' && inspection.commissionerId !== organisationId) {
      throw DomainError.notFound('inspection');
    }
  }

  /**
   * Acting on a provider's quality (record, correct and publish inspections, verify actions,
   * suspend and resume referrals): a commissioner that commissions it today, or ADMIN.
   */
  async assertCommissions(ctx: RequestContext, providerId: string): Promise<void> {
    const { role, organisationId } = ctx.user;
    if (role === Role.ADMIN) return;
    if (role === Role.COMMISSIONER && organisationId) {
      const [row] = await ctx.manager.query(
        `SELECT EXISTS (SELECT 1 FROM commissioning c WHERE c.commissioner_id = $1 AND c.provider_id = $2 AND ${liveSql('c', '$3')}) AS ok`,
        [organisationId, providerId, ctx.clock.today()],
      );
      if (row?.ok === true) return;
    }
    throw DomainError.forbidden('Only a commissioner of this provider may do that.');
  }

  /**
   * The commissioner whose quality review the caller may read: a commissioner its own (naming
   * another is FORBIDDEN); ADMIN must name one.
   */
  reviewedCommissioner(ctx: RequestContext, commissionerId: string | null | undefined): string {
    const { role, organisationId } = ctx.user;
    if (role === Role.COMMISSIONER && organisationId) {
      if (commissionerId && commissionerId !== organisationId) throw DomainError.forbidden();
      return organisationId;
    }
    if (role === Role.ADMIN) {
      if (!commissionerId) throw DomainError.badInput('commissionerId', 'Name the commissioner whose review to show.');
      return commissionerId;
    }
    throw DomainError.forbidden();
  }

  /**
   * Users (alias `u` of user_account) the caller may list: ADMIN every user, or one
   * organisation's; a provider's coordinator their own provider's (naming another is FORBIDDEN).
   */
  listableUsers(ctx: RequestContext, organisationId: string | null): Scope {
    const { role, organisationId: own } = ctx.user;
    if (role === Role.ADMIN) {
      return organisationId
        ? { where: 'u.organisation_id = :usersOrganisationId', params: { usersOrganisationId: organisationId } }
        : EVERYTHING;
    }
    if (role === Role.PROVIDER_COORDINATOR && own) {
      if (organisationId && organisationId !== own) {
        throw DomainError.forbidden('You may list the users of your own provider only.');
      }
      return { where: 'u.organisation_id = :usersOrganisationId', params: { usersOrganisationId: own } };
    }
    throw DomainError.forbidden();
  }

  /**
   * Placements (alias of the placement table) the caller may read: ADMIN all; a duty officer their
   * organisation's; a coordinator their provider's; a support worker the placements of the cases
   * they are assigned to now, and a referral they were assigned to while it awaits; never a
   * commissioner (they see counts, not people).
   */
  visiblePlacements(ctx: RequestContext, alias: string): Scope {
    const { role, organisationId, userId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.DUTY_OFFICER:
        return ofOrganisation(`${alias}.referrer_organisation_id`, organisationId);
      case Role.PROVIDER_COORDINATOR:
        return ofOrganisation(`${alias}.provider_id`, organisationId);
      case Role.SUPPORT_WORKER:
        return {
          where: `(${assignedToCaseSql(`${alias}.support_case_id`, ':accessUserId')}
            OR ${assignedToReferralSql(`${alias}.id`, ':accessUserId', ':accessNow')})`,
          params: { accessUserId: userId, accessNow: ctx.clock.now() },
        };
      case Role.COMMISSIONER:
        return NOTHING;
    }
  }

  /**
   * Support cases (alias of support_case) the caller may read (CONTRACT.md, Support cases): the
   * provider's coordinators, the support workers assigned to the case now, and ADMIN. Never the
   * referring organisation or a commissioner.
   */
  visibleSupportCases(ctx: RequestContext, alias: string): Scope {
    const { role, organisationId, userId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.PROVIDER_COORDINATOR:
        return ofOrganisation(`${alias}.provider_id`, organisationId);
      case Role.SUPPORT_WORKER:
        return { where: assignedToCaseSql(`${alias}.id`, ':accessUserId'), params: { accessUserId: userId } };
      case Role.DUTY_OFFICER:
      case Role.COMMISSIONER:
        return NOTHING;
    }
  }

  /**
   * Whether the caller's role reads the work on cases at all (assignments, plans): never the
   * referring organisation or a commissioner; which cases, visibleSupportCases says.
   */
  readsCaseWork(ctx: RequestContext): boolean {
    const { role } = ctx.user;
    return role === Role.ADMIN || role === Role.PROVIDER_COORDINATOR || role === Role.SUPPORT_WORKER;
  }

  /**
   * Survivors (alias of the survivor table) whose details the caller may read (CONTRACT.md,
   * Confidentiality): the referring organisation; the provider that screens or supports them (a
   * referral awaiting its answer, or a support case of that provider, open or closed: a provider
   * that declined a referral, or let it lapse, sees nothing of the person from then on); the
   * support workers assigned to them now; and ADMIN. Never commissioners.
   */
  visibleSurvivors(ctx: RequestContext, alias: string): Scope {
    const { role, organisationId, userId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.DUTY_OFFICER:
        return ofOrganisation(`${alias}.referrer_organisation_id`, organisationId);
      case Role.PROVIDER_COORDINATOR:
        return {
          where: `(EXISTS (SELECT 1 FROM support_case sc WHERE sc.survivor_id = ${alias}.id AND sc.provider_id = :accessOrganisationId)
            OR EXISTS (SELECT 1 FROM placement sp WHERE sp.survivor_id = ${alias}.id AND sp.provider_id = :accessOrganisationId
              AND ${screenedOrTakenOnSql('sp', ':accessNow')}))`,
          params: { accessOrganisationId: organisationId, accessNow: ctx.clock.now() },
        };
      case Role.SUPPORT_WORKER:
        return {
          where: `(EXISTS (SELECT 1 FROM support_case sc WHERE sc.survivor_id = ${alias}.id AND ${assignedToCaseSql('sc.id', ':accessUserId')})
            OR EXISTS (SELECT 1 FROM placement sp WHERE sp.survivor_id = ${alias}.id
              AND ${assignedToReferralSql('sp.id', ':accessUserId', ':accessNow')}))`,
          params: { accessUserId: userId, accessNow: ctx.clock.now() },
        };
      case Role.COMMISSIONER:
        return NOTHING;
    }
  }

  /**
   * Move-on plans (alias of move_on_plan), which are about the person and belong to a case: read as
   * the case is (visibleSupportCases), by its provider's coordinators, the support workers assigned
   * to the case now, and ADMIN.
   */
  visibleMoveOnPlans(ctx: RequestContext, alias: string): Scope {
    const { role, organisationId, userId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return EVERYTHING;
      case Role.PROVIDER_COORDINATOR:
        return ofOrganisation(`${alias}.provider_id`, organisationId);
      case Role.SUPPORT_WORKER:
        return {
          where: assignedToCaseSql(`${alias}.support_case_id`, ':accessUserId'),
          params: { accessUserId: userId },
        };
      case Role.DUTY_OFFICER:
      case Role.COMMISSIONER:
        return NOTHING;
    }
  }

  /**
   * Whose bed availability changes (availabilityChanged) a subscriber hears of: every provider's
   * for ADMIN and duty officers, who search them all; a coordinator its own provider's; nobody else.
   */
  hearsAvailabilityOf(ctx: RequestContext, providerId: string): boolean {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
      case Role.DUTY_OFFICER:
        return true;
      case Role.PROVIDER_COORDINATOR:
        return organisationId === providerId;
      case Role.SUPPORT_WORKER:
      case Role.COMMISSIONER:
        return false;
    }
  }

  /**
   * Who may act on a placement (CONTRACT.md, Who may do what): as its referrer, a duty officer of
   * the referring organisation; as its provider, the provider's coordinators; ADMIN either way.
   */
  actsOnPlacement(
    ctx: RequestContext,
    placement: { referrerOrganisationId: string; providerId: string },
    as: 'referrer' | 'provider' | 'either',
  ): boolean {
    const { role, organisationId } = ctx.user;
    if (role === Role.ADMIN) return true;
    const referrer = role === Role.DUTY_OFFICER && placement.referrerOrganisationId === organisationId;
    const provider = role === Role.PROVIDER_COORDINATOR && placement.providerId === organisationId;
    return as === 'referrer' ? referrer : as === 'provider' ? provider : referrer || provider;
  }

  /**
   * Whose placement changes (placementChanged) a subscriber hears of: a provider's staff of its own
   * houses, a duty officer's organisation of its own referrals, ADMIN of all; no personal data rides
   * on the event.
   */
  hearsPlacementChangeOf(ctx: RequestContext, change: { referrerOrganisationId: string; providerId: string }): boolean {
    const { role, organisationId } = ctx.user;
    switch (role) {
      case Role.ADMIN:
        return true;
      case Role.DUTY_OFFICER:
        return change.referrerOrganisationId === organisationId;
      case Role.PROVIDER_COORDINATOR:
      case Role.SUPPORT_WORKER:
        return change.providerId === organisationId;
      case Role.COMMISSIONER:
        return false;
    }
  }

  /** Managing a provider's houses, beds, staff and placements: its coordinators, or ADMIN. */
  assertManagesProvider(ctx: RequestContext, providerId: string): void {
    if (!this.managesProvider(ctx, providerId)) {
      throw DomainError.forbidden('Only a coordinator of this provider may do that.');
    }
  }

  /** The same rule as a question, for callers that answer NOT_FOUND rather than FORBIDDEN. */
  managesProvider(ctx: RequestContext, providerId: string): boolean {
    const { role, organisationId } = ctx.user;
    return role === Role.ADMIN || (role === Role.PROVIDER_COORDINATOR && organisationId === providerId);
  }

  /**
   * Whose inspection the caller records (after assertCommissions): a commissioner's own
   * organisation, naming another being BAD_USER_INPUT; ADMIN names (`input.commissionerId`) a
   * commissioner that commissions the provider today.
   */
  async inspectionCommissioner(
    ctx: RequestContext,
    providerId: string,
    named: string | null | undefined,
  ): Promise<string> {
    const { role, organisationId } = ctx.user;
    if (role === Role.COMMISSIONER && organisationId) {
      if (named && named !== organisationId) {
        throw DomainError.badInput(
          'input.commissionerId',
          'A commissioner records inspections as their own organisation.',
        );
      }
      return organisationId;
    }
    if (!named) {
      throw DomainError.badInput('input.commissionerId', 'Name the commissioner this inspection is recorded for.');
    }
    const [row] = await ctx.manager.query(
      `SELECT EXISTS (SELECT 1 FROM commissioning c WHERE c.commissioner_id = $1 AND c.provider_id = $2 AND ${liveSql('c', '$3')}) AS ok`,
      [named, providerId, ctx.clock.today()],
    );
    if (row?.ok !== true) {
      throw DomainError.badInput('input.commissionerId', 'That commissioner does not commission this provider now.');
    }
    return named;
  }
}

/** Rows (by an organisation-id column) of the caller's own organisation. */
function ofOrganisation(column: string, organisationId: string | null): Scope {
  return { where: `${column} = :accessOrganisationId`, params: { accessOrganisationId: organisationId } };
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
  return `EXISTS (SELECT 1 FROM placement booked WHERE booked.safehouse_id = ${safehouseIdColumn}
    AND booked.referrer_organisation_id = ${organisationParam} AND booked.status IN ('CONFIRMED', 'ARRIVED'))`;
}

/**
 * A placement (alias) through which its provider sees the person: one it accepted (whatever became
 * of it since: it belongs to a case), or a referral still awaiting its answer. Not a referral it
 * declined, that lapsed or that was cancelled before it answered (CONTRACT.md, Confidentiality).
 */
function screenedOrTakenOnSql(alias: string, nowParam: string): string {
  return `(${alias}.accepted_at IS NOT NULL OR ${effectiveStatusSql(alias, nowParam)} = 'AWAITING_ACCEPTANCE')`;
}

/** A support worker's open assignment to the case in `caseIdColumn` (an assignment to a case never lapses). */
function assignedToCaseSql(caseIdColumn: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM support_worker_assignment a JOIN support_worker w ON w.id = a.support_worker_id
    WHERE a.support_case_id = ${caseIdColumn} AND a.ended_at IS NULL AND w.user_id = ${userParam})`;
}

/**
 * A support worker's open assignment to the referral in `placementIdColumn`, made while it awaits
 * acceptance (none once it lapses; an accepted referral's assignments are the case's).
 */
function assignedToReferralSql(placementIdColumn: string, userParam: string, nowParam: string): string {
  return `EXISTS (SELECT 1 FROM support_worker_assignment a JOIN support_worker w ON w.id = a.support_worker_id
    WHERE a.placement_id = ${placementIdColumn} AND a.support_case_id IS NULL AND ${openAssignmentSql('a', nowParam)}
      AND w.user_id = ${userParam})`;
}
