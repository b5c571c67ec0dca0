import { Rating, overallRating } from './overall-rating';

const { OUTSTANDING: O, GOOD: G, REQUIRES_IMPROVEMENT: R, INADEQUATE: I } = Rating;

/** The rule written out independently, by counts, to check every one of the 4^5 combinations. */
function expected(ratings: Rating[]): Rating {
  const n = (r: Rating) => ratings.filter((x) => x === r).length;
  if (n(I) > 1) return I;
  if (n(I) > 0 || n(R) > 1) return R;
  return n(O) > 1 ? O : G;
}

describe('overallRating', () => {
  it.each([
    ['two inadequate', [I, I, G, G, O], I],
    ['two inadequate with the rest outstanding', [I, I, O, O, O], I],
    ['one inadequate, the rest outstanding', [I, O, O, O, O], R],
    ['two requiring improvement', [R, R, G, G, G], R],
    ['two requiring improvement, three outstanding', [R, R, O, O, O], R],
    ['two outstanding, the rest good', [O, O, G, G, G], O],
    ['outstanding with one requiring improvement', [O, O, R, G, G], O],
    ['one outstanding, one requiring improvement', [O, R, G, G, G], G],
    ['all good', [G, G, G, G, G], G],
    ['all outstanding', [O, O, O, O, O], O],
    ['one requiring improvement', [R, G, G, G, G], G],
  ] as const)('%s', (_name, ratings, rating) => {
    expect(overallRating(ratings)).toBe(rating);
  });

  it('agrees with the rule on every combination of five ratings', () => {
    const all = [O, G, R, I];
    let checked = 0;
    const walk = (prefix: Rating[]) => {
      if (prefix.length === 5) {
        expect(overallRating(prefix)).toBe(expected(prefix));
        checked += 1;
        return;
      }
      for (const r of all) walk([...prefix, r]);
    };
    walk([]);
    expect(checked).toBe(1024);
  });
});
