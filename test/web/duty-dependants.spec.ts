import {
  AGE_BANDS,
  DEPENDANT_GENDERS,
  addDependantId,
  boysLimitWords,
  buildDependantsDetail,
  dependantIds,
  dependantWords,
  isDependantRows,
} from '../../web/src/duty/dependants';
import { schemaEnum } from './schema-enums';

describe('dependants one by one', () => {
  it('makes the dependantsDetail the API takes, in the order typed', () => {
    const built = buildDependantsDetail(
      [
        { ageBand: 'AGE_12_TO_15', gender: 'MAN' },
        { ageBand: 'UNDER_5', gender: 'WOMAN' },
      ],
      'dependant',
      19,
    );
    expect(built.errors).toEqual({});
    expect(built.detail).toEqual([
      { ageBand: 'AGE_12_TO_15', gender: 'MAN' },
      { ageBand: 'UNDER_5', gender: 'WOMAN' },
    ]);
  });

  it('makes an empty list for nobody', () => {
    expect(buildDependantsDetail([], 'dependant', 19)).toEqual({ detail: [], errors: {} });
  });

  it('names the dependant and the choice still to make, on its own control', () => {
    const built = buildDependantsDetail(
      [
        { ageBand: 'UNDER_5', gender: 'WOMAN' },
        { ageBand: '', gender: 'MAN' },
        { ageBand: 'AGE_5_TO_11', gender: '' },
      ],
      'survivor-dependant',
      10,
    );
    expect(built.detail).toBeUndefined();
    expect(built.errors).toEqual({
      'survivor-dependant-2-age': 'Dependant 2: choose their age.',
      'survivor-dependant-3-gender': 'Dependant 3: choose boy or girl.',
    });
    expect(dependantIds('survivor-dependant', 1)).toEqual({
      ageBand: 'survivor-dependant-2-age',
      gender: 'survivor-dependant-2-gender',
    });
  });

  it('refuses more than the API takes, on the Add button', () => {
    const rows = Array.from({ length: 11 }, () => ({ ageBand: 'UNDER_5' as const, gender: 'WOMAN' as const }));
    const built = buildDependantsDetail(rows, 'survivor-dependant', 10);
    expect(built.detail).toBeUndefined();
    expect(built.errors).toEqual({ [addDependantId('survivor-dependant')]: 'At most 10 dependants: remove 1.' });
  });

  it("offers every age band and gender of the API's DependantInput", () => {
    expect(AGE_BANDS.map((band) => band.value).sort()).toEqual(schemaEnum('DependantAgeBand'));
    expect(DEPENDANT_GENDERS.map((gender) => gender.value).sort()).toEqual(schemaEnum('Gender'));
  });

  it('says a dependant in words', () => {
    expect(dependantWords({ ageBand: 'AGE_12_TO_15', gender: 'MAN' })).toBe('boy 12 to 15');
    expect(dependantWords({ ageBand: 'UNDER_5', gender: 'WOMAN' })).toBe('girl under 5');
    expect(dependantWords({ ageBand: 'ADULT', gender: 'MAN' })).toBe('man 18 or over');
    expect(dependantWords({ ageBand: 'AGE_16_TO_17', gender: 'NON_BINARY' })).toBe('non-binary 16 or 17');
  });

  it("says a house's limit on boys' age, and nothing when it has none", () => {
    expect(boysLimitWords(12)).toBe('Takes boys up to 12');
    expect(boysLimitWords(0)).toBe('Takes no boys as dependants');
    expect(boysLimitWords(null)).toBeUndefined();
  });

  it('knows dependants kept by this tab from a count kept by an older page', () => {
    expect(isDependantRows([{ ageBand: '', gender: 'MAN' }])).toBe(true);
    expect(isDependantRows([])).toBe(true);
    expect(isDependantRows('2')).toBe(false);
    expect(isDependantRows([{ ageBand: 'UNDER_5' }])).toBe(false);
    expect(isDependantRows([null])).toBe(false);
  });
});
