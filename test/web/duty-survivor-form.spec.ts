import {
  AGE_STATUSES,
  CHILD_GUIDANCE,
  blankSurvivorForm,
  buildSurvivor,
  type SurvivorForm,
} from '../../web/src/duty/survivor-form';
import { schemaEnum } from './schema-enums';

/** The least a confirmation needs, and `change` on top. */
function form(change: Partial<SurvivorForm> = {}): SurvivorForm {
  return {
    ...blankSurvivorForm(undefined),
    gender: 'WOMAN',
    ageStatus: 'ADULT',
    nrmStatus: 'REFERRED',
    consentToReferral: true,
    ...change,
  };
}

describe("the person's details for confirmPlacement", () => {
  it('sends ageStatus, never the old adult flag', () => {
    const { survivor, errors } = buildSurvivor(form());
    expect(errors).toEqual({});
    expect(survivor).toEqual({
      gender: 'WOMAN',
      ageStatus: 'ADULT',
      dependants: 0,
      languages: [],
      interpreterNeeded: false,
      needsAccessibleBed: false,
      nrmStatus: 'REFERRED',
      consentToReferral: true,
    });
    expect(survivor).not.toHaveProperty('adult');
  });

  it('asks for the age rather than taking anyone for an adult', () => {
    expect(buildSurvivor(form({ ageStatus: '' })).errors).toEqual({
      'age-status': 'Age: say whether the person is 18 or over.',
    });
  });

  it("sends a child, and anyone whose age is uncertain, to the local authority's children's services", () => {
    for (const ageStatus of ['CHILD', 'AGE_UNCERTAIN'] as const) {
      const built = buildSurvivor(form({ ageStatus }));
      expect(built.survivor).toBeUndefined();
      expect(built.errors).toEqual({ 'age-status': CHILD_GUIDANCE });
    }
    expect(CHILD_GUIDANCE).toContain("local authority children's services");
    expect(CHILD_GUIDANCE).toContain('under 18');
  });

  it("offers each of the API's age statuses, in plain words", () => {
    expect(AGE_STATUSES.map((option) => option.value).sort()).toEqual(schemaEnum('AgeStatus'));
    expect(AGE_STATUSES.map((option) => option.label)).toEqual([
      '18 or over',
      'Under 18',
      'Not sure: they may be under 18',
    ]);
  });

  it('sends the dependants one by one with their number, the interpreter and the trimmed optional details', () => {
    const { survivor } = buildSurvivor(
      form({
        dependants: [{ ageBand: 'AGE_5_TO_11', gender: 'MAN' }],
        languages: ['ro'],
        interpreterNeeded: true,
        reference: '  GMP-1  ',
        preferredName: ' ',
        prefersWorkerGender: 'WOMAN',
      }),
    );
    expect(survivor).toMatchObject({
      dependants: 1,
      dependantsDetail: [{ ageBand: 'AGE_5_TO_11', gender: 'MAN' }],
      languages: ['ro'],
      interpreterNeeded: true,
      reference: 'GMP-1',
      prefersWorkerGender: 'WOMAN',
    });
    expect(survivor).not.toHaveProperty('preferredName');
  });

  it('says every problem at once, each by its control, in the order of the form', () => {
    const { errors } = buildSurvivor({
      ...blankSurvivorForm(undefined),
      reference: 'x'.repeat(101),
      dependants: [{ ageBand: '', gender: 'WOMAN' }],
    });
    expect(Object.keys(errors)).toEqual([
      'reference',
      'survivor-gender',
      'age-status',
      'survivor-dependant-1-age',
      'nrm-status',
      'consent',
    ]);
    expect(errors.reference).toBe('Case reference must be at most 100 characters.');
  });

  it('starts from what the search said about the person, but never their age or consent', () => {
    const guest = {
      gender: 'MAN' as const,
      dependants: 1,
      dependantsDetail: [{ ageBand: 'UNDER_5' as const, gender: 'WOMAN' as const }],
      needsAccessibleBed: true,
      language: 'sq',
      interpreterNeeded: true,
    };
    const started = blankSurvivorForm(guest);
    expect(started).toMatchObject({
      gender: 'MAN',
      dependants: [{ ageBand: 'UNDER_5', gender: 'WOMAN' }],
      languages: ['sq'],
      interpreterNeeded: true,
      needsAccessibleBed: true,
      ageStatus: '',
      consentToReferral: false,
    });
    // A change to the form's dependants leaves the search's as they were.
    started.dependants[0].gender = 'MAN';
    expect(guest.dependantsDetail[0].gender).toBe('WOMAN');
  });
});
