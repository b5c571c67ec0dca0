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

  it('shares a language on its primary subtag, whatever the case, and keeps Kurdish languages apart', () => {
    const workers = [
      worker('a-portuguese', Gender.WOMAN, ['PT'], 4),
      worker('b-kurdish', Gender.WOMAN, ['ku'], 0),
      worker('c-sorani', Gender.WOMAN, ['ckb'], 5),
    ];
    const brazilian = rankSupportWorkers(workers, { languages: ['pt-BR'], prefersWorkerGender: null });
    expect(brazilian[0].candidate.id).toBe('a-portuguese');
    expect(brazilian[0].reasons[0]).toBe('speaks Portuguese');
    const sorani = rankSupportWorkers(workers, { languages: ['ckb'], prefersWorkerGender: null });
    expect(sorani.map((r) => r.candidate.id)).toEqual(['c-sorani', 'b-kurdish', 'a-portuguese']);
    expect(sorani[0].reasons[0]).toBe('speaks Sorani (Central Kurdish)');
    const kurmanji = rankSupportWorkers(workers, { languages: ['kmr'], prefersWorkerGender: null });
    expect(kurmanji.every((r) => r.score < 100)).toBe(true);
  });

  it('keeps a worker at max − 1 and leaves out one at max', () => {
    const ranked = rankSupportWorkers([worker('x', Gender.MAN, [], 7), worker('y', Gender.MAN, [], 8)], {
      languages: [],
      prefersWorkerGender: null,
    });
    expect(ranked.map((r) => r.candidate.id)).toEqual(['x']);
  });
});
