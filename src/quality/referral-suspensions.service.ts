import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Safehouse } from '../safehouses/safehouse.model';
import { SafehousesService } from '../safehouses/safehouses.service';
import { ReferralSuspensionEntity } from './referral-suspension.entity';

const REASON_MAX = 2000;

/**
 * A commissioner stops (and restarts) referrals to a house. Search filters `referrals_suspended`
 * and holds, confirmations and acceptances refuse a suspended house, so the flag takes effect on
 * the very next request; placements already made stand.
 */
@Injectable()
export class ReferralSuspensionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly safehouses: SafehousesService,
  ) {}

  suspend(ctx: RequestContext, safehouseId: string, reason: string): Promise<Safehouse> {
    const text = checkReason(reason, true)!;
    return this.change(ctx, safehouseId, true, text);
  }

  resume(ctx: RequestContext, safehouseId: string, reason?: string | null): Promise<Safehouse> {
    return this.change(ctx, safehouseId, false, checkReason(reason, false));
  }

  private change(ctx: RequestContext, safehouseId: string, suspended: boolean, reason: string | null) {
    return ctx.transaction(async (tx) => {
      const house = await this.safehouses.setReferralsSuspended(tx, safehouseId, suspended, reason);
      await tx.manager.insert(ReferralSuspensionEntity, {
        safehouseId,
        suspended,
        reason,
        actorId: tx.user.userId,
        at: tx.clock.now(),
      });
      await this.audit.record(tx, {
        action: suspended ? 'safehouse.suspend_referrals' : 'safehouse.resume_referrals',
        entityType: 'Safehouse',
        entityId: safehouseId,
      });
      return house;
    });
  }
}

function checkReason(reason: string | null | undefined, required: boolean): string | null {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (!text) {
    if (required) throw DomainError.badInput('reason', 'reason: say why referrals are suspended.');
    return null;
  }
  if (text.length > REASON_MAX)
    throw DomainError.badInput('reason', `reason must be at most ${REASON_MAX} characters.`);
  return text;
}
