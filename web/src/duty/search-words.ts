import { formatDayAndTime, formatTime } from '../kit/dates';
import { dependantWords } from './dependants';
import { languageName } from '../kit/languages';
import { GENDERS, kindLabel, type Availability } from './model';
import type { SearchForm, SearchRun } from './store';

/** The search in sentences: what was asked, what is set behind "More needs", what changed. */

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function freeBeds(results: Availability[]): number {
  return results.reduce((sum, result) => sum + result.availableBeds.length, 0);
}

/**
 * What changed between two answers to one search, in a sentence. A house whose free bed went to this
 * officer's own hold is said to be theirs, not to have "no free bed any more".
 */
export function describeChange(
  before: Availability[],
  after: Availability[],
  at: Date,
  heldByMe: ReadonlySet<string> = new Set(),
): string {
  const gone = before.filter((old) => !after.some((now) => now.safehouse.id === old.safehouse.id));
  const added = after.filter((now) => !before.some((old) => old.safehouse.id === now.safehouse.id));
  const mine = gone.filter((house) => heldByMe.has(house.safehouse.id));
  const taken = gone.filter((house) => !heldByMe.has(house.safehouse.id));
  const parts: string[] = [];
  if (mine.length > 0) parts.push(`${mine.map((house) => house.safehouse.area).join(', ')}: you hold the bed`);
  if (taken.length > 0) parts.push(`${taken.map((house) => house.safehouse.area).join(', ')}: no free bed any more`);
  if (added.length > 0) parts.push(`${added.map((house) => house.safehouse.area).join(', ')}: a bed came free`);
  const bedsBefore = freeBeds(before);
  const bedsAfter = freeBeds(after);
  if (parts.length === 0 && bedsBefore !== bedsAfter) {
    parts.push(`${plural(Math.abs(bedsAfter - bedsBefore), 'bed')} ${bedsAfter < bedsBefore ? 'taken' : 'freed'}`);
  }
  return `Results updated at ${formatTime(at)}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
}

/** The dependants in words: each one described ("a boy 12 to 15"), else their number. */
function dependantsWords(guest: SearchRun['guest']): string {
  const detail = guest.dependantsDetail ?? [];
  if (detail.length !== guest.dependants) return plural(guest.dependants, 'dependant');
  return detail.map((dependant) => `a ${dependantWords(dependant)}`).join(' and ');
}

/** The search that ran, in one sentence. */
export function summary(run: SearchRun, form: SearchForm): string {
  const input = run.input;
  const who = GENDERS.find((gender) => gender.value === run.guest.gender)?.label ?? '';
  const parts = [
    `Within ${input.radiusKm} km of ${form.place?.label ?? 'the chosen point'}`,
    `${who}${run.guest.dependants > 0 ? ` with ${dependantsWords(run.guest)}` : ''}`,
    input.arrivingAt ? `arriving ${formatDayAndTime(String(input.arrivingAt))}` : 'arriving now',
    plural(input.nights, 'night'),
  ];
  if (run.guest.needsAccessibleBed) parts.push('accessible bed');
  if (input.needsStepFreeAccess) parts.push('step-free');
  if (input.language) parts.push(`only staff who speak ${languageName(String(input.language))}`);
  else if (input.preferLanguage) parts.push(`staff who speak ${languageName(String(input.preferLanguage))} first`);
  if (run.guest.interpreterNeeded) parts.push('needs an interpreter');
  const avoid = input.avoid as unknown[];
  if (avoid.length > 0) parts.push(`avoiding ${plural(avoid.length, 'area')}`);
  return `${parts.join(', ')}.`;
}

/** What is set behind "More needs" beyond the usual (one night, arriving now, nothing else), in words. */
export function needsSet(form: SearchForm): string[] {
  const set: string[] = [];
  if (form.dependants.length > 0) set.push(plural(form.dependants.length, 'dependant'));
  if (form.needsAccessibleBed) set.push('accessible bed');
  if (form.needsStepFreeAccess) set.push('step-free');
  if (form.language) set.push(`${languageName(form.language)}${form.languageOnly ? ' only' : ' first'}`);
  if (form.interpreterNeeded) set.push('interpreter');
  if (form.kinds !== 'ANY') set.push(kindLabel(form.kinds));
  if (form.nights.trim() !== '1') set.push(`${form.nights.trim() || '?'} nights`);
  if (form.arriving === 'later') set.push('arriving later');
  if (form.avoid.length > 0) set.push(`avoiding ${plural(form.avoid.length, 'area')}`);
  return set;
}
