import { blankForm, buildSearch } from '../../web/src/duty/search-input';
import { needsSet, summary } from '../../web/src/duty/search-words';
import type { SearchForm, SearchRun } from '../../web/src/duty/store';

const NOW = new Date('2026-12-06T02:40:00Z');

/** A form with where and who filled in, and `change` on top. */
function form(change: Partial<SearchForm> = {}): SearchForm {
  return {
    ...blankForm(),
    place: { label: 'Leeds', town: 'Leeds', latitude: 53.8008, longitude: -1.5491 },
    guestGender: 'WOMAN',
    ...change,
  };
}

function run(change: Partial<SearchForm>): Omit<SearchRun, 'results' | 'at' | 'shown'> {
  const built = buildSearch(form(change), NOW);
  expect(built.errors).toEqual({});
  return built.run!;
}

describe('the search input', () => {
  it('asks for no language and no dependants when none are given', () => {
    const { input } = run({});
    expect(input).not.toHaveProperty('language');
    expect(input).not.toHaveProperty('preferLanguage');
    expect(input).not.toHaveProperty('dependantsDetail');
    expect(input.dependants).toBe(0);
  });

  it("sends the person's language as a preference, so houses that speak it rank first and the rest still show", () => {
    const { input, guest } = run({ language: 'ro' });
    expect(input.preferLanguage).toBe('ro');
    expect(input).not.toHaveProperty('language');
    expect(guest.language).toBe('ro');
  });

  it('sends it as a filter only when the officer asks for those houses only', () => {
    const { input } = run({ language: 'ro', languageOnly: true });
    expect(input.language).toBe('ro');
    expect(input).not.toHaveProperty('preferLanguage');
  });

  it('ignores "only" with no language chosen', () => {
    const { input } = run({ language: '', languageOnly: true });
    expect(input).not.toHaveProperty('language');
    expect(input).not.toHaveProperty('preferLanguage');
  });

  it('describes the dependants one by one, their number beside them, and carries them to the person', () => {
    const { input, guest } = run({
      dependants: [
        { ageBand: 'AGE_12_TO_15', gender: 'MAN' },
        { ageBand: 'UNDER_5', gender: 'WOMAN' },
      ],
      interpreterNeeded: true,
    });
    expect(input.dependants).toBe(2);
    expect(input.dependantsDetail).toEqual([
      { ageBand: 'AGE_12_TO_15', gender: 'MAN' },
      { ageBand: 'UNDER_5', gender: 'WOMAN' },
    ]);
    expect(guest).toMatchObject({
      dependants: 2,
      dependantsDetail: input.dependantsDetail,
      interpreterNeeded: true,
    });
    expect(input).not.toHaveProperty('interpreterNeeded');
  });

  it('names a dependant not fully described, and runs nothing', () => {
    const built = buildSearch(form({ dependants: [{ ageBand: 'AGE_5_TO_11', gender: '' }] }), NOW);
    expect(built.run).toBeUndefined();
    expect(built.errors).toEqual({ 'dependant-1-gender': 'Dependant 1: choose boy or girl.' });
  });

  it('still checks where, who and nights, each on its control', () => {
    const built = buildSearch({ ...form({ nights: '0' }), place: null, guestGender: '' }, NOW);
    expect(built.errors).toEqual({
      town: 'Choose a town, or use your location.',
      gender: "Choose the person's gender.",
      nights: 'Nights must be a whole number from 1 to 365.',
    });
  });

  it('says the search in words: the dependants described, the language first or only, an interpreter', () => {
    const typed = form({
      dependants: [{ ageBand: 'AGE_12_TO_15', gender: 'MAN' }],
      language: 'ro',
      interpreterNeeded: true,
    });
    const ran = { ...buildSearch(typed, NOW).run!, results: [], at: NOW, shown: [] };
    expect(summary(ran, typed)).toBe(
      'Within 50 km of Leeds, Woman with a boy 12 to 15, arriving now, 1 night, staff who speak Romanian first, needs an interpreter.',
    );
    expect(needsSet(typed)).toEqual(['1 dependant', 'Romanian first', 'interpreter']);
    expect(needsSet({ ...typed, languageOnly: true })).toContain('Romanian only');
    const only = { ...buildSearch({ ...typed, languageOnly: true }, NOW).run!, results: [], at: NOW, shown: [] };
    expect(summary(only, typed)).toContain('only staff who speak Romanian');
  });
});
