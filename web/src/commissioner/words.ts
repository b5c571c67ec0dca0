/** The quality review's words for the API's values. */
import type { Gender, Rating, SafehouseKind, UnmetDemandRow } from './queries';

export const RATING_WORDS: Record<Rating, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
};

/** The theme's colour class for a rating. */
export const RATING_TONE: Record<Rating, string> = {
  OUTSTANDING: 'good',
  GOOD: 'good',
  REQUIRES_IMPROVEMENT: 'warn',
  INADEQUATE: 'bad',
};

export const KEY_QUESTION_WORDS: Record<string, string> = {
  SAFE: 'Safe',
  EFFECTIVE: 'Effective',
  CARING: 'Caring',
  RESPONSIVE: 'Responsive',
  WELL_LED: 'Well-led',
};

export const OUTCOME_WORDS: Record<string, string> = {
  MET: 'Met',
  PARTIALLY_MET: 'Partly met',
  NOT_MET: 'Not met',
};

export const OUTCOME_TONE: Record<string, string> = { MET: 'good', PARTIALLY_MET: 'warn', NOT_MET: 'bad' };

export const INSPECTION_KIND_WORDS: Record<string, string> = {
  ANNOUNCED: 'Announced',
  UNANNOUNCED: 'Unannounced',
  REMOTE: 'Remote',
  HYBRID: 'Hybrid',
};

const GENDER_WORDS: Record<Gender, string> = { WOMAN: 'Woman', MAN: 'Man', NON_BINARY: 'Non-binary person' };

const KIND_WORDS: Record<SafehouseKind, string> = {
  SAFEHOUSE: 'safehouse',
  PRE_NRM_EMERGENCY: 'pre-NRM emergency bed',
};

/** "Woman, with dependants, accessible bed, safehouse": one group of unmet demand. */
export function needWords(row: UnmetDemandRow): string {
  return [
    GENDER_WORDS[row.guestGender],
    row.withDependants ? 'with dependants' : 'no dependants',
    ...(row.needsAccessibleBed ? ['accessible bed'] : []),
    row.kind ? KIND_WORDS[row.kind] : 'either kind',
  ].join(', ');
}
