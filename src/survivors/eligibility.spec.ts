import { DomainError } from '../common/errors/domain-error';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { Candidate, Place, assertEligible } from './eligibility';
import { NrmStatus } from './nrm-status';

const person: Candidate = {
  gender: Gender.WOMAN,
  adult: true,
  dependants: 0,
  needsAccessibleBed: false,
  nrmStatus: NrmStatus.REFERRED,
  consentToReferral: true,
};
const place: Place = {
  kind: SafehouseKind.SAFEHOUSE,
  acceptsGenders: [Gender.WOMAN],
  acceptsDependants: false,
  bedSleeps: 1,
  bedAccessible: false,
};

function reasonOf(p: Partial<Candidate>, h: Partial<Place> = {}): string | undefined {
  try {
    assertEligible({ ...person, ...p }, { ...place, ...h });
    return undefined;
  } catch (error) {
    return (error as DomainError).reason;
  }
}

describe('eligibility', () => {
  it('admits a referred adult woman to a women-only safehouse bed', () => {
    expect(reasonOf({})).toBeUndefined();
  });

  it('sends a child to the local authority, whatever else', () => {
    expect(reasonOf({ adult: false, consentToReferral: false, gender: Gender.MAN })).toBe(
      'CHILD_REFER_TO_LOCAL_AUTHORITY',
    );
  });

  it('needs consent', () => {
    expect(reasonOf({ consentToReferral: false })).toBe('CONSENT_REQUIRED');
  });

  it('refuses a gender the house does not take', () => {
    expect(reasonOf({ gender: Gender.MAN })).toBe('NOT_ELIGIBLE');
    expect(reasonOf({ gender: Gender.MAN }, { acceptsGenders: [Gender.WOMAN, Gender.MAN] })).toBeUndefined();
  });

  it('needs a house that takes dependants and a bed that sleeps them all', () => {
    expect(reasonOf({ dependants: 1 }, { bedSleeps: 2 })).toBe('NOT_ELIGIBLE');
    expect(reasonOf({ dependants: 2 }, { acceptsDependants: true, bedSleeps: 2 })).toBe('NOT_ELIGIBLE');
    expect(reasonOf({ dependants: 1 }, { acceptsDependants: true, bedSleeps: 2 })).toBeUndefined();
  });

  it('needs an accessible bed when asked', () => {
    expect(reasonOf({ needsAccessibleBed: true })).toBe('NOT_ELIGIBLE');
    expect(reasonOf({ needsAccessibleBed: true }, { bedAccessible: true })).toBeUndefined();
  });

  it.each([
    [NrmStatus.NOT_REFERRED, 'NRM_REFERRAL_REQUIRED'],
    [NrmStatus.NEGATIVE_REASONABLE_GROUNDS, 'NRM_REFERRAL_REQUIRED'],
    [NrmStatus.NEGATIVE_CONCLUSIVE_GROUNDS, 'NRM_REFERRAL_REQUIRED'],
    [NrmStatus.REFERRED, undefined],
    [NrmStatus.POSITIVE_REASONABLE_GROUNDS, undefined],
    [NrmStatus.POSITIVE_CONCLUSIVE_GROUNDS, undefined],
  ])('a safehouse bed for NRM status %s: %s', (nrmStatus, reason) => {
    expect(reasonOf({ nrmStatus })).toBe(reason);
  });

  it('lets a pre-NRM emergency bed take anyone, referred or not', () => {
    for (const nrmStatus of Object.values(NrmStatus)) {
      expect(reasonOf({ nrmStatus }, { kind: SafehouseKind.PRE_NRM_EMERGENCY })).toBeUndefined();
    }
  });
});
