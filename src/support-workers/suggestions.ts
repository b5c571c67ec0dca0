import { languageName, sameLanguage } from '../common/validation/language-tags';
import { Gender } from '../safehouses/gender';

export interface Candidate {
  id: string;
  gender: Gender;
  languages: string[];
  activeCaseload: number;
  maxCaseload: number;
}

export interface Needs {
  languages: string[];
  prefersWorkerGender: Gender | null;
}

export interface Ranked<C extends Candidate> {
  candidate: C;
  score: number;
  reasons: string[];
}

const GENDER_WORDS: Record<Gender, string> = {
  [Gender.WOMAN]: 'woman',
  [Gender.MAN]: 'man',
  [Gender.NON_BINARY]: 'non-binary',
};

/**
 * Ranks workers with room (CONTRACT.md, Support workers): a language shared with the survivor
 * first, then the survivor's preferred worker gender, then the lowest caseload share. The score
 * keeps that order (language 100, gender 10, room up to 1) and each reason says why in words.
 * Languages are shared on their primary subtag (`pt` speaks to `pt-BR`; `ku` not to `ckb`); the
 * reason names the worker's own.
 */
export function rankSupportWorkers<C extends Candidate>(candidates: C[], needs: Needs): Ranked<C>[] {
  return candidates
    .filter((c) => c.activeCaseload < c.maxCaseload)
    .map((candidate) => {
      const reasons: string[] = [];
      const shared = candidate.languages.filter((language) =>
        needs.languages.some((needed) => sameLanguage(language, needed)),
      );
      let score = 0;
      if (shared.length > 0) {
        score += 100;
        reasons.push(`speaks ${shared.map(languageName).join(' and ')}`);
      }
      if (needs.prefersWorkerGender && candidate.gender === needs.prefersWorkerGender) {
        score += 10;
        reasons.push(`${GENDER_WORDS[candidate.gender]}, as preferred`);
      }
      const share = candidate.activeCaseload / candidate.maxCaseload;
      score += 1 - share;
      reasons.push(`${candidate.activeCaseload} of ${candidate.maxCaseload} cases`);
      return { candidate, score: Math.round(score * 1000) / 1000, reasons };
    })
    .sort((a, b) => b.score - a.score || a.candidate.id.localeCompare(b.candidate.id));
}
