import { Rating, overallRating } from './overall-rating';

const { OUTSTANDING: O, GOOD: G, REQUIRES_IMPROVEMENT: R, INADEQUATE: I } = Rating;
const ALL = [O, G, R, I];

/**
 * CQC's wording, written out independently of the service: walk the principles in the order CQC
 * gives them, each as a sentence about the five ratings.
 */
function cqc(ratings: Rating[]): Rating {
  const atLeast = (n: number, rating: Rating) => ratings.filter((r) => r === rating).length >= n;
  const exactly = (n: number, rating: Rating) => ratings.filter((r) => r === rating).length === n;
  // "two or more of the key questions are rated as inadequate" → inadequate
  if (atLeast(2, I)) return I;
  // "one key question is rated as inadequate, or two or more are rated as requires improvement"
  if (exactly(1, I) || atLeast(2, R)) return R;
  // "at least two of the key questions are rated as outstanding and the others are rated as good"
  if (atLeast(2, O) && ratings.every((r) => r === O || r === G)) return O;
  return G;
}

function* combinations(length: number): Generator<Rating[]> {
  if (length === 0) {
    yield [];
    return;
  }
  for (const head of ALL) for (const rest of combinations(length - 1)) yield [head, ...rest];
}

describe('overallRating', () => {
  it.each([
    ['two inadequate', [I, I, G, G, O], I],
    ['two inadequate with the rest outstanding', [I, I, O, O, O], I],
    ['one inadequate, the rest outstanding', [I, O, O, O, O], R],
    ['two requiring improvement', [R, R, G, G, G], R],
    ['two requiring improvement, three outstanding', [R, R, O, O, O], R],
    ['two outstanding, the rest good', [O, O, G, G, G], O],
    ['two outstanding with one requiring improvement: good, not outstanding', [O, O, R, G, G], G],
    ['four outstanding with one requiring improvement', [O, O, O, O, R], G],
    ['one outstanding, one requiring improvement', [O, R, G, G, G], G],
    ['all good', [G, G, G, G, G], G],
    ['all outstanding', [O, O, O, O, O], O],
    ['one requiring improvement', [R, G, G, G, G], G],
  ] as const)('%s', (_name, ratings, rating) => {
    expect(overallRating(ratings)).toBe(rating);
  });

  it("agrees with CQC's wording on every one of the 1,024 combinations of five ratings", () => {
    let checked = 0;
    for (const ratings of combinations(5)) {
      expect([ratings, overallRating(ratings)]).toEqual([ratings, cqc(ratings)]);
      checked += 1;
    }
    expect(checked).toBe(1024);
  });

  it('caps the aggregate at requires improvement when a care standard is not met, and never raises it', () => {
    let capped = 0;
    for (const ratings of combinations(5)) {
      const plain = cqc(ratings);
      const withBreach = overallRating(ratings, true);
      expect([ratings, withBreach]).toEqual([ratings, plain === O || plain === G ? R : plain]);
      if (withBreach !== plain) capped += 1;
    }
    expect(capped).toBeGreaterThan(0);
  });
});
