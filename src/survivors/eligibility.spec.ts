import { DomainError } from '../common/errors/domain-error';
import { Gender } from '../safehouses/gender';
import { SafehouseKind } from '../safehouses/safehouse-kind';
import { AgeStatus } from './age-status';
import { DependantAgeBand } from './dependant-age-band';
import { Candidate, Place, assertEligible, assertMayBeSupported } from './eligibility';
import { NrmStatus } from './nrm-status';

const person: Candidate = {
  gender: Gender.WOMAN,
  ageStatus: AgeStatus.ADULT,
  dependants: 0,
  dependantsDetail: [],
  needsAccessibleBed: false,
  nrmStatus: NrmStatus.REFERRED,
  consentToReferral: true,
};
const place: Place = {
  kind: SafehouseKind.SAFEHOUSE,
  acceptsGenders: [Gender.WOMAN],
  acceptsDependants: false,
  acceptsBoysUpToAge: null,
  bedSleeps: 1,
  bedAccessible: false,
};

function refusalOf(p: Partial<Candidate>, h: Partial<Place> = {}): DomainError | undefined {
  try {
    assertEligible({ ...person, ...p }, { ...place, ...h });
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

const reasonOf = (p: Partial<Candidate>, h: Partial<Place> = {}) => refusalOf(p, h)?.reason;

const boy = (ageBand: DependantAgeBand) => ({ ageBand, gender: Gender.MAN });
const girl = (ageBand: DependantAgeBand) => ({ ageBand, gender: Gender.WOMAN });
const family = { acceptsDependants: true, bedSleeps: 3 };

describe('eligibility', () => {
  it('admits a referred adult woman to a women-only safehouse bed', () => {
    expect(reasonOf({})).toBeUndefined();
  });

  it.each([
    [{ ageStatus: AgeStatus.CHILD }],
    [{ ageStatus: AgeStatus.AGE_UNCERTAIN }],
    [{ ageStatus: undefined, adult: false }],
    [{ ageStatus: undefined }],
  ])('sends %p to the local authority, whatever else', (age) => {
    const refusal = refusalOf({ ...age, consentToReferral: false, gender: Gender.MAN });
    expect(refusal?.reason).toBe('CHILD_REFER_TO_LOCAL_AUTHORITY');
    expect(refusal?.message).toMatch(/Modern Slavery Act 2015 s51/);
    expect(refusal?.message).toMatch(/presumed a child until a local authority assesses their age/);
    expect(refusal?.message).toMatch(/children's services/);
    expect(refusal?.message).toMatch(/out of hours, its emergency duty team/);
  });

  it('takes adult: true for ADULT, as before ageStatus', () => {
    expect(reasonOf({ ageStatus: undefined, adult: true })).toBeUndefined();
  });

  it('needs consent, and says the duty to notify is for public authorities, not a charity', () => {
    const refusal = refusalOf({ consentToReferral: false });
    expect(refusal?.reason).toBe('CONSENT_REQUIRED');
    expect(refusal?.message).toMatch(/duty to notify .*binds public authorities \(the police, a local authority\)/);
    expect(refusal?.message).toMatch(/not a charity's first responder/);
  });

  it('applies the same age and consent rules to a person supported without a bed', () => {
    expect(() => assertMayBeSupported({ ageStatus: AgeStatus.AGE_UNCERTAIN, consentToReferral: true })).toThrow(/s51/);
    expect(() => assertMayBeSupported({ adult: true, consentToReferral: true })).not.toThrow();
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

  it("takes a boy only up to the house's age for boys, by the oldest age of his band", () => {
    const up12 = { ...family, acceptsBoysUpToAge: 12 };
    const refusal = refusalOf({ dependants: 1, dependantsDetail: [boy(DependantAgeBand.AGE_12_TO_15)] }, up12);
    expect(refusal?.reason).toBe('NOT_ELIGIBLE');
    expect(refusal?.message).toBe(
      'This safehouse takes boys only up to the age of 12, and a boy among the dependants may be older.',
    );
    expect(reasonOf({ dependants: 1, dependantsDetail: [boy(DependantAgeBand.AGE_5_TO_11)] }, up12)).toBeUndefined();
    expect(
      reasonOf(
        { dependants: 1, dependantsDetail: [boy(DependantAgeBand.AGE_5_TO_11)] },
        { ...family, acceptsBoysUpToAge: 10 },
      ),
    ).toBe('NOT_ELIGIBLE');
    expect(
      reasonOf(
        { dependants: 1, dependantsDetail: [boy(DependantAgeBand.UNDER_5)] },
        { ...family, acceptsBoysUpToAge: 4 },
      ),
    ).toBeUndefined();
    expect(
      reasonOf(
        { dependants: 1, dependantsDetail: [boy(DependantAgeBand.AGE_16_TO_17)] },
        { ...family, acceptsBoysUpToAge: 17 },
      ),
    ).toBeUndefined();
  });

  it('limits neither girls, nor grown sons, nor boys in a house with no limit, nor dependants only counted', () => {
    const up0 = { ...family, acceptsBoysUpToAge: 0 };
    expect(reasonOf({ dependants: 1, dependantsDetail: [girl(DependantAgeBand.AGE_16_TO_17)] }, up0)).toBeUndefined();
    expect(reasonOf({ dependants: 1, dependantsDetail: [boy(DependantAgeBand.ADULT)] }, up0)).toBeUndefined();
    expect(reasonOf({ dependants: 1, dependantsDetail: [boy(DependantAgeBand.AGE_16_TO_17)] }, family)).toBeUndefined();
    expect(reasonOf({ dependants: 2 }, up0)).toBeUndefined();
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
