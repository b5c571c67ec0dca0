import { Gender } from '../safehouses/gender';
import { rankSupportWorkers } from './suggestions';

const worker = (id: string, gender: Gender, languages: string[], activeCaseload: number, maxCaseload = 8) => ({
  id,
  gender,
  languages,
  activeCaseload,
  maxCaseload,
});

describe('rankSupportWorkers', () => {
  const team = [
    worker('a-busy-albanian-man', Gender.MAN, ['sq', 'en'], 6),
    worker('b-free-english-woman', Gender.WOMAN, ['en'], 0),
    worker('c-albanian-woman', Gender.WOMAN, ['sq'], 3),
    worker('d-full-albanian-woman', Gender.WOMAN, ['sq'], 8),
    worker('e-half-english-woman', Gender.WOMAN, ['en'], 4),
  ];

  it('puts a shared language first, then the preferred gender, then the lowest caseload share, leaving out the full', () => {
    const ranked = rankSupportWorkers(team, { languages: ['sq'], prefersWorkerGender: Gender.WOMAN });
    expect(ranked.map((r) => r.candidate.id)).toEqual([
      'c-albanian-woman',
      'a-busy-albanian-man',
      'b-free-english-woman',
      'e-half-english-woman',
    ]);
    expect(ranked[0].reasons).toEqual(['speaks Albanian', 'woman, as preferred', '3 of 8 cases']);
    expect(ranked[1].reasons).toEqual(['speaks Albanian', '6 of 8 cases']);
  });

  it('ranks by room alone when nothing else tells them apart', () => {
    const ranked = rankSupportWorkers(team, { languages: ['ti'], prefersWorkerGender: null });
    expect(ranked.map((r) => r.candidate.id)).toEqual([
      'b-free-english-woman',
      'c-albanian-woman',
      'e-half-english-woman',
      'a-busy-albanian-man',
    ]);
  });

  it('keeps a worker at max − 1 and leaves out one at max', () => {
    const ranked = rankSupportWorkers([worker('x', Gender.MAN, [], 7), worker('y', Gender.MAN, [], 8)], {
      languages: [],
      prefersWorkerGender: null,
    });
    expect(ranked.map((r) => r.candidate.id)).toEqual(['x']);
  });
});
