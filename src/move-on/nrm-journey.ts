import { NrmStatus } from '../survivors/nrm-status';
import { NrmDecisionKind } from './nrm-decision-kind';

/**
 * A person's way through the National Referral Mechanism (CONTRACT.md, The NRM journey and the end
 * of support), as pure rules: the status given at intake is where it starts, and each recorded step
 * either follows from what came before or is refused with the reason in words. Nothing here reads a
 * clock or a database.
 */

export type Stage = 'REASONABLE_GROUNDS' | 'CONCLUSIVE_GROUNDS';

export type NrmStep =
  | { kind: 'REFERRAL'; on: string }
  | { kind: 'DECISION'; decision: NrmDecisionKind; on: string; reconsideration: boolean }
  | { kind: 'RECONSIDERATION_REQUEST'; on: string }
  | { kind: 'WITHDRAWAL'; on: string };

export interface NrmState {
  status: NrmStatus;
  /** A positive reasonable-grounds decision stands (recorded, or the status the person came with). */
  positiveReasonableGrounds: boolean;
  /** A conclusive decision has been made. */
  conclusive: boolean;
  /** The stage of the negative decision being reconsidered, while one is. */
  reconsidering: Stage | null;
  /** The date of the latest recorded step: no later step may be dated before it. */
  latestOn: string | null;
}

export const stageOf = (decision: NrmDecisionKind): Stage =>
  decision === NrmDecisionKind.POSITIVE_REASONABLE_GROUNDS || decision === NrmDecisionKind.NEGATIVE_REASONABLE_GROUNDS
    ? 'REASONABLE_GROUNDS'
    : 'CONCLUSIVE_GROUNDS';

/** Where the history starts: the status the person was referred with, before any recorded step. */
export function intakeState(status: NrmStatus): NrmState {
  const conclusive =
    status === NrmStatus.POSITIVE_CONCLUSIVE_GROUNDS || status === NrmStatus.NEGATIVE_CONCLUSIVE_GROUNDS;
  return {
    status,
    // A conclusive decision of either kind came after a positive reasonable-grounds one.
    positiveReasonableGrounds: status === NrmStatus.POSITIVE_REASONABLE_GROUNDS || conclusive,
    conclusive,
    reconsidering: null,
    latestOn: null,
  };
}

/** A step that cannot follow the history, with why, in words a coordinator reads. */
export class OutOfOrder extends Error {}

/** The state after `step`, or OutOfOrder with the reason. */
export function follow(state: NrmState, step: NrmStep): NrmState {
  if (state.latestOn && step.on < state.latestOn) {
    throw new OutOfOrder(
      `This is dated before the latest step recorded (${state.latestOn}): a late entry cannot rewrite what came after it.`,
    );
  }
  const next = { ...state, latestOn: step.on };
  switch (step.kind) {
    case 'REFERRAL':
      if (state.status !== NrmStatus.NOT_REFERRED && state.status !== NrmStatus.WITHDRAWN) {
        throw new OutOfOrder('This person has already been referred to the NRM.');
      }
      return {
        ...next,
        status: NrmStatus.REFERRED,
        positiveReasonableGrounds: false,
        conclusive: false,
        reconsidering: null,
      };
    case 'WITHDRAWAL':
      if (state.status === NrmStatus.NOT_REFERRED || state.status === NrmStatus.WITHDRAWN) {
        throw new OutOfOrder('Only a person in the NRM can withdraw from it.');
      }
      return { ...next, status: NrmStatus.WITHDRAWN, reconsidering: null };
    case 'RECONSIDERATION_REQUEST': {
      const stage =
        state.status === NrmStatus.NEGATIVE_REASONABLE_GROUNDS
          ? 'REASONABLE_GROUNDS'
          : state.status === NrmStatus.NEGATIVE_CONCLUSIVE_GROUNDS
            ? 'CONCLUSIVE_GROUNDS'
            : null;
      if (!stage) throw new OutOfOrder('A reconsideration can be requested only of a negative decision.');
      return { ...next, status: NrmStatus.RECONSIDERATION_REQUESTED, reconsidering: stage };
    }
    case 'DECISION':
      return decide(state, next, step);
  }
}

function decide(
  state: NrmState,
  next: NrmState,
  step: { decision: NrmDecisionKind; reconsideration: boolean },
): NrmState {
  const stage = stageOf(step.decision);
  if (state.status === NrmStatus.WITHDRAWN) {
    throw new OutOfOrder('The person withdrew from the NRM: only a new referral can follow.');
  }
  if (state.status === NrmStatus.NOT_REFERRED) {
    throw new OutOfOrder('Record the referral to the NRM before a decision on it.');
  }
  if (step.reconsideration) {
    if (state.reconsidering === null) {
      throw new OutOfOrder('No reconsideration was requested: request one of the negative decision first.');
    }
    if (state.reconsidering !== stage) {
      throw new OutOfOrder('A reconsideration decides again the stage of the decision reconsidered, not another.');
    }
  } else if (state.reconsidering !== null) {
    throw new OutOfOrder('A reconsideration is pending: the next decision is its outcome (reconsideration: true).');
  }
  if (stage === 'REASONABLE_GROUNDS' && state.conclusive) {
    throw new OutOfOrder('A reasonable-grounds decision cannot follow a conclusive one.');
  }
  if (stage === 'CONCLUSIVE_GROUNDS' && !state.positiveReasonableGrounds) {
    throw new OutOfOrder('A conclusive decision needs a positive reasonable-grounds decision before it.');
  }
  return {
    ...next,
    status: step.decision as unknown as NrmStatus,
    // A new reasonable-grounds outcome replaces the last; a conclusive one leaves it standing.
    positiveReasonableGrounds:
      stage === 'REASONABLE_GROUNDS'
        ? step.decision === NrmDecisionKind.POSITIVE_REASONABLE_GROUNDS
        : state.positiveReasonableGrounds,
    conclusive: state.conclusive || stage === 'CONCLUSIVE_GROUNDS',
    reconsidering: null,
  };
}

/** The state after the whole history, from intake. */
export function journey(intake: NrmStatus, steps: readonly NrmStep[]): NrmState {
  return steps.reduce(follow, intakeState(intake));
}
