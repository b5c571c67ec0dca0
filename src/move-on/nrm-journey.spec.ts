import { NrmStatus } from '../survivors/nrm-status';
import { NrmDecisionKind as D } from './nrm-decision-kind';
import { NrmStep, OutOfOrder, follow, intakeState, journey } from './nrm-journey';

const decision = (kind: D, on: string, reconsideration = false): NrmStep => ({
  kind: 'DECISION',
  decision: kind,
  on,
  reconsideration,
});

describe('the NRM journey', () => {
  it('follows a referral, a positive reasonable-grounds and a positive conclusive decision', () => {
    const state = journey(NrmStatus.NOT_REFERRED, [
      { kind: 'REFERRAL', on: '2026-10-01' },
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-10-05'),
      decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2027-02-01'),
    ]);
    expect(state).toMatchObject({ status: NrmStatus.POSITIVE_CONCLUSIVE_GROUNDS, conclusive: true });
  });

  it.each<[string, NrmStatus, NrmStep[], NrmStep, RegExp]>([
    [
      'a conclusive decision without a positive reasonable-grounds one',
      NrmStatus.REFERRED,
      [],
      decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2026-11-01'),
      /needs a positive reasonable-grounds/,
    ],
    [
      'a reasonable-grounds decision after a conclusive one',
      NrmStatus.POSITIVE_REASONABLE_GROUNDS,
      [decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2026-11-01')],
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-02'),
      /cannot follow a conclusive/,
    ],
    [
      'a decision dated before the latest recorded one',
      NrmStatus.REFERRED,
      [decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-01')],
      decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2026-10-01'),
      /dated before the latest/,
    ],
    [
      'a reconsideration with nothing negative to reconsider',
      NrmStatus.POSITIVE_REASONABLE_GROUNDS,
      [],
      { kind: 'RECONSIDERATION_REQUEST', on: '2026-11-01' },
      /only of a negative decision/,
    ],
    [
      'a reconsideration outcome of another stage',
      NrmStatus.REFERRED,
      [decision(D.NEGATIVE_REASONABLE_GROUNDS, '2026-11-01'), { kind: 'RECONSIDERATION_REQUEST', on: '2026-11-02' }],
      decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2026-11-10', true),
      /stage of the decision reconsidered/,
    ],
    [
      'an ordinary decision while a reconsideration is pending',
      NrmStatus.REFERRED,
      [decision(D.NEGATIVE_REASONABLE_GROUNDS, '2026-11-01'), { kind: 'RECONSIDERATION_REQUEST', on: '2026-11-02' }],
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-10'),
      /reconsideration is pending/,
    ],
    [
      'a reconsideration outcome with no request',
      NrmStatus.REFERRED,
      [decision(D.NEGATIVE_REASONABLE_GROUNDS, '2026-11-01')],
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-10', true),
      /No reconsideration was requested/,
    ],
    [
      'a decision after a withdrawal',
      NrmStatus.REFERRED,
      [{ kind: 'WITHDRAWAL', on: '2026-11-01' }],
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-10'),
      /only a new referral/,
    ],
    [
      'a decision before any referral',
      NrmStatus.NOT_REFERRED,
      [],
      decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-10'),
      /Record the referral/,
    ],
    ['a second referral', NrmStatus.REFERRED, [], { kind: 'REFERRAL', on: '2026-11-10' }, /already been referred/],
  ])('refuses %s', (_name, intake, before, step, reason) => {
    const state = journey(intake, before);
    expect(() => follow(state, step)).toThrow(OutOfOrder);
    expect(() => follow(state, step)).toThrow(reason);
  });

  it('reconsiders a negative decision of the same stage and keeps it in the history', () => {
    const state = journey(NrmStatus.REFERRED, [
      decision(D.NEGATIVE_REASONABLE_GROUNDS, '2026-11-02'),
      { kind: 'RECONSIDERATION_REQUEST', on: '2026-11-05' },
    ]);
    expect(state).toMatchObject({ status: NrmStatus.RECONSIDERATION_REQUESTED, reconsidering: 'REASONABLE_GROUNDS' });
    const after = follow(state, decision(D.POSITIVE_REASONABLE_GROUNDS, '2026-11-20', true));
    expect(after).toMatchObject({ status: NrmStatus.POSITIVE_REASONABLE_GROUNDS, positiveReasonableGrounds: true });
    expect(follow(after, decision(D.POSITIVE_CONCLUSIVE_GROUNDS, '2027-01-10')).status).toBe(
      NrmStatus.POSITIVE_CONCLUSIVE_GROUNDS,
    );
  });

  it('takes the status a person was referred with as where the history starts', () => {
    expect(intakeState(NrmStatus.POSITIVE_REASONABLE_GROUNDS).positiveReasonableGrounds).toBe(true);
    expect(
      follow(intakeState(NrmStatus.POSITIVE_REASONABLE_GROUNDS), decision(D.NEGATIVE_CONCLUSIVE_GROUNDS, '2026-11-01'))
        .status,
    ).toBe(NrmStatus.NEGATIVE_CONCLUSIVE_GROUNDS);
  });

  it('lets nothing but a new referral follow a withdrawal', () => {
    const withdrawn = journey(NrmStatus.REFERRED, [{ kind: 'WITHDRAWAL', on: '2026-11-01' }]);
    expect(withdrawn.status).toBe(NrmStatus.WITHDRAWN);
    expect(follow(withdrawn, { kind: 'REFERRAL', on: '2026-12-01' })).toMatchObject({
      status: NrmStatus.REFERRED,
      conclusive: false,
    });
  });
});
