import { NrmDecisionKind } from './nrm-decision-kind';
import { Stage, stageOf } from './nrm-journey';
import { addDays, addWorkingDays } from '../common/working-days';

/** The periods of support, as configured when a date is given (a later change of setting moves none). */
export interface SupportPolicy {
  positiveConclusiveDays: number;
  negativeReasonableGroundsWorkingDays: number;
  negativeConclusiveGroundsWorkingDays: number;
  /** One-off bank holidays the date library does not know yet (EXTRA_BANK_HOLIDAYS). */
  extraBankHolidays: readonly string[];
}

export interface SupportEnd {
  /** Null: no end date (support continues to the conclusive decision). */
  supportEndsOn: string | null;
  /** The rule in words, kept in the history: "positive conclusive grounds 2026-03-01 + 45 calendar days". */
  rule: string;
}

const WORDS: Record<NrmDecisionKind, string> = {
  [NrmDecisionKind.POSITIVE_REASONABLE_GROUNDS]: 'positive reasonable grounds',
  [NrmDecisionKind.NEGATIVE_REASONABLE_GROUNDS]: 'negative reasonable grounds',
  [NrmDecisionKind.POSITIVE_CONCLUSIVE_GROUNDS]: 'positive conclusive grounds',
  [NrmDecisionKind.NEGATIVE_CONCLUSIVE_GROUNDS]: 'negative conclusive grounds',
};

/** The negative period of a stage, in working days: what a negative decision of it, or a withdrawal at it, leaves. */
function negativeDays(stage: Stage, policy: SupportPolicy): number {
  return stage === 'REASONABLE_GROUNDS'
    ? policy.negativeReasonableGroundsWorkingDays
    : policy.negativeConclusiveGroundsWorkingDays;
}

/**
 * When support ends after an NRM decision (CONTRACT.md, The NRM journey and the end of support),
 * counted from the later of when it was decided and when the provider learned of it.
 */
export function supportEndAfterDecision(
  decision: NrmDecisionKind,
  decidedOn: string,
  notifiedOn: string | null,
  reconsideration: boolean,
  policy: SupportPolicy,
): SupportEnd {
  const from = notifiedOn && notifiedOn > decidedOn ? notifiedOn : decidedOn;
  const what = `${reconsideration ? 'reconsidered: ' : ''}${WORDS[decision]} ${from}`;
  switch (decision) {
    case NrmDecisionKind.POSITIVE_CONCLUSIVE_GROUNDS:
      return {
        supportEndsOn: addDays(from, policy.positiveConclusiveDays),
        rule: `${what} + ${policy.positiveConclusiveDays} calendar days`,
      };
    case NrmDecisionKind.NEGATIVE_REASONABLE_GROUNDS:
    case NrmDecisionKind.NEGATIVE_CONCLUSIVE_GROUNDS: {
      const days = negativeDays(stageOf(decision), policy);
      return {
        supportEndsOn: addWorkingDays(from, days, policy.extraBankHolidays),
        rule: `${what} + ${days} working days (England and Wales)`,
      };
    }
    case NrmDecisionKind.POSITIVE_REASONABLE_GROUNDS:
      return { supportEndsOn: null, rule: `${what}: support continues to the conclusive decision` };
  }
}

/** When support ends after a withdrawal: the negative period of the stage the person was at, from the withdrawal. */
export function supportEndAfterWithdrawal(on: string, stage: Stage, policy: SupportPolicy): SupportEnd {
  const days = negativeDays(stage, policy);
  const period = stage === 'REASONABLE_GROUNDS' ? 'the reasonable-grounds period' : 'the conclusive-grounds period';
  return {
    supportEndsOn: addWorkingDays(on, days, policy.extraBankHolidays),
    rule: `withdrawal from the NRM ${on} + ${days} working days (${period}, England and Wales)`,
  };
}
