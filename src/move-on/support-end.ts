import { NrmDecisionKind } from './nrm-decision-kind';
import { addDays, addWorkingDays } from './working-days';

export interface SupportPolicy {
  positiveConclusiveDays: number;
  negativeWorkingDays: number;
}

export interface SupportEnd {
  supportEndsOn: string | null;
  /** The rule as applied, kept on the plan: a later change of policy does not move this date. */
  rule: string;
}

/** When support ends after an NRM decision (CONTRACT.md, Move-on). */
export function supportEnd(decision: NrmDecisionKind, decidedOn: string, policy: SupportPolicy): SupportEnd {
  switch (decision) {
    case NrmDecisionKind.POSITIVE_CONCLUSIVE_GROUNDS:
      return {
        supportEndsOn: addDays(decidedOn, policy.positiveConclusiveDays),
        rule: `${decision}: ${policy.positiveConclusiveDays} calendar days`,
      };
    case NrmDecisionKind.NEGATIVE_REASONABLE_GROUNDS:
    case NrmDecisionKind.NEGATIVE_CONCLUSIVE_GROUNDS:
      return {
        supportEndsOn: addWorkingDays(decidedOn, policy.negativeWorkingDays),
        rule: `${decision}: ${policy.negativeWorkingDays} working days (England and Wales)`,
      };
    default:
      return { supportEndsOn: null, rule: `${decision}: support continues to the conclusive decision` };
  }
}
