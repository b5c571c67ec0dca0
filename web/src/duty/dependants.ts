import type { Gender } from './model';
import type { FieldErrors } from './field-errors';

/**
 * Dependants one by one (CONTRACT.md, People): each an age band and a gender, as the API's
 * DependantInput holds them. Described so, a house's rule on boys' age is applied by the API (search
 * and eligibility alike), where a bare count could not say whether a child is a boy of 14.
 */

export type DependantAgeBand = 'UNDER_5' | 'AGE_5_TO_11' | 'AGE_12_TO_15' | 'AGE_16_TO_17' | 'ADULT';

/** A dependant as the API takes it (DependantInput) and gives it back (Dependant). */
export interface Dependant {
  ageBand: DependantAgeBand;
  gender: Gender;
}

/** A dependant as typed: either may still be unchosen. */
export interface DependantRow {
  ageBand: DependantAgeBand | '';
  gender: Gender | '';
}

export const AGE_BANDS: readonly { value: DependantAgeBand; label: string }[] = [
  { value: 'UNDER_5', label: 'Under 5' },
  { value: 'AGE_5_TO_11', label: '5 to 11' },
  { value: 'AGE_12_TO_15', label: '12 to 15' },
  { value: 'AGE_16_TO_17', label: '16 or 17' },
  { value: 'ADULT', label: '18 or over' },
];

/** The genders a dependant's select offers: a child is a boy or a girl in the words of a house's rules. */
export const DEPENDANT_GENDERS: readonly { value: Gender; label: string }[] = [
  { value: 'WOMAN', label: 'Girl or woman' },
  { value: 'MAN', label: 'Boy or man' },
  { value: 'NON_BINARY', label: 'Non-binary' },
];

/** The control ids of dependant `index` in a list whose controls start with `prefix`. */
export function dependantIds(prefix: string, index: number): { ageBand: string; gender: string } {
  return { ageBand: `${prefix}-${index + 1}-age`, gender: `${prefix}-${index + 1}-gender` };
}

/** The id of the list's "Add a dependant" button, where an error about the whole list is said. */
export function addDependantId(prefix: string): string {
  return `${prefix}-add`;
}

export function emptyDependant(): DependantRow {
  return { ageBand: '', gender: '' };
}

/** Whether a stored value is a list of dependant rows (an older tab may have kept a count). */
export function isDependantRows(value: unknown): value is DependantRow[] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) =>
        row !== null &&
        typeof row === 'object' &&
        typeof (row as DependantRow).ageBand === 'string' &&
        typeof (row as DependantRow).gender === 'string',
    )
  );
}

/**
 * The dependants as the API takes them (`dependantsDetail`), or the errors by control: each
 * dependant's age and gender must be chosen, and there may be at most `max` (the API's limit: 19 in
 * the search, 10 for the person placed). An error names the dependant ("Dependant 2: choose…").
 */
export function buildDependantsDetail(
  rows: readonly DependantRow[],
  prefix: string,
  max: number,
): { detail?: Dependant[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (rows.length > max) {
    errors[addDependantId(prefix)] = `At most ${max} dependants: remove ${rows.length - max}.`;
  }
  rows.forEach((row, index) => {
    const ids = dependantIds(prefix, index);
    if (!row.ageBand) errors[ids.ageBand] = `Dependant ${index + 1}: choose their age.`;
    if (!row.gender) errors[ids.gender] = `Dependant ${index + 1}: choose boy or girl.`;
  });
  if (Object.keys(errors).length > 0) return { errors };
  return { detail: rows.map((row) => ({ ageBand: row.ageBand, gender: row.gender }) as Dependant), errors };
}

/** A dependant in words: "boy 12 to 15", "girl under 5", "woman 18 or over". */
export function dependantWords(dependant: Dependant): string {
  const adult = dependant.ageBand === 'ADULT';
  const who =
    dependant.gender === 'NON_BINARY'
      ? 'non-binary'
      : dependant.gender === 'MAN'
        ? adult
          ? 'man'
          : 'boy'
        : adult
          ? 'woman'
          : 'girl';
  const band = AGE_BANDS.find((option) => option.value === dependant.ageBand)?.label ?? '';
  return `${who} ${band.charAt(0).toLowerCase()}${band.slice(1)}`;
}

/** What a house's limit on boys' age means, in the words of a results card. */
export function boysLimitWords(acceptsBoysUpToAge: number | null): string | undefined {
  if (acceptsBoysUpToAge === null) return undefined;
  return acceptsBoysUpToAge === 0 ? 'Takes no boys as dependants' : `Takes boys up to ${acceptsBoysUpToAge}`;
}
