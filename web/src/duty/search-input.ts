import { buildDependantsDetail } from './dependants';
import { fromLondonInput, toLondonInput } from './london';
import type { Gender } from './model';
import type { FieldErrors } from './field-errors';
import { storedNeeds, type SearchForm, type SearchRun } from './store';

/** The search form's rules, the same as the API's, and the input they make. */

export const PRE_NRM_MAX_NIGHTS = 14;
/** The most dependants the search takes (the API's limit). */
export const SEARCH_MAX_DEPENDANTS = 19;
/** The first part of each dependant's control ids in "More needs". */
export const DEPENDANTS_PREFIX = 'dependant';
export const DISTANCE_ERROR = 'Distance must be more than 0 and at most 1000 km.';

/** The API's fields, as the form's controls. */
export const CONTROLS = {
  'input.near': { id: 'town', label: 'Where' },
  'input.radiusKm': { id: 'radius', label: 'Distance' },
  'input.guestGender': { id: 'gender', label: 'Gender' },
  'input.dependants': { id: 'dependant-add', label: 'Dependants' },
  'input.dependantsDetail': { id: 'dependant-add', label: 'Dependants' },
  'input.language': { id: 'language', label: 'Language' },
  'input.preferLanguage': { id: 'language', label: 'Language' },
  'input.from': { id: 'arriving-at', label: 'Arriving' },
  'input.arrivingAt': { id: 'arriving-at', label: 'Arriving' },
  'input.nights': { id: 'nights', label: 'Nights' },
  'input.avoid': { id: 'avoid-radius', label: 'Area to avoid' },
};

/** The controls on the first screen; every other one is behind "More needs". */
const FIRST_SCREEN = new Set(['town', 'radius', 'gender']);

/** Whether any of these errors is on a control behind "More needs" (which must open to show it). */
export function errorsInNeeds(errors: FieldErrors): boolean {
  return Object.keys(errors).some((id) => !FIRST_SCREEN.has(id));
}

/** A typed whole number (spaces around it allowed), or null. */
export function wholeNumber(value: string): number | null {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : null;
}

/** An empty form, with "More needs" as this tab left them. */
export function blankForm(): SearchForm {
  return {
    place: null,
    radiusKm: '50',
    guestGender: '',
    dependants: [],
    needsAccessibleBed: false,
    needsStepFreeAccess: false,
    language: '',
    languageOnly: false,
    interpreterNeeded: false,
    kinds: 'ANY',
    arriving: 'now',
    arrivingAt: toLondonInput(new Date()),
    nights: '1',
    avoid: [],
    ...storedNeeds(),
  };
}

/** A distance typed in km (a comma as the decimal point too), or null when out of range. */
export function positiveKm(value: string): number | null {
  const km = Number(value.replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(km) && km > 0 && km <= 1000 ? km : null;
}

/** Checks the form the way the API does; the input to send, or the errors by control. */
export function buildSearch(
  form: SearchForm,
  now: Date,
): { run?: Omit<SearchRun, 'results' | 'at' | 'shown'>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.place) errors.town = 'Choose a town, or use your location.';
  const radiusKm = positiveKm(form.radiusKm);
  if (radiusKm === null) errors.radius = DISTANCE_ERROR;
  if (!form.guestGender) errors.gender = "Choose the person's gender.";
  const dependants = buildDependantsDetail(form.dependants, DEPENDANTS_PREFIX, SEARCH_MAX_DEPENDANTS);
  Object.assign(errors, dependants.errors);
  let arrivingAt: Date | null = null;
  if (form.arriving === 'later') {
    arrivingAt = fromLondonInput(form.arrivingAt);
    if (!arrivingAt) errors['arriving-at'] = 'Give the arrival date and time.';
    else if (arrivingAt.getTime() > now.getTime() + 365 * 86_400_000)
      errors['arriving-at'] = 'Arriving must be within a year.';
  }
  const nights = wholeNumber(form.nights);
  if (nights === null || nights < 1 || nights > 365) errors.nights = 'Nights must be a whole number from 1 to 365.';
  else if (form.kinds === 'PRE_NRM_EMERGENCY' && nights > PRE_NRM_MAX_NIGHTS)
    errors.nights = `A pre-NRM emergency stay is at most ${PRE_NRM_MAX_NIGHTS} nights.`;
  if (Object.keys(errors).length > 0 || !form.place || !form.guestGender || !dependants.detail) return { errors };
  const dependantsDetail = dependants.detail;

  // A time already past means arriving now: the stay starts now.
  const later = arrivingAt && arrivingAt.getTime() > now.getTime() + 60_000 ? arrivingAt.toISOString() : undefined;
  const input: SearchRun['input'] = {
    near: { latitude: form.place.latitude, longitude: form.place.longitude },
    radiusKm: radiusKm!,
    guestGender: form.guestGender,
    dependants: dependantsDetail.length,
    needsAccessibleBed: form.needsAccessibleBed,
    needsStepFreeAccess: form.needsStepFreeAccess,
    nights: nights!,
    avoid: form.avoid.map((area) => ({
      near: { latitude: area.latitude, longitude: area.longitude },
      radiusKm: area.radiusKm,
    })),
    limit: 20,
  };
  // Described one by one, so the API applies the houses' rules on boys' age.
  if (dependantsDetail.length > 0) input.dependantsDetail = dependantsDetail;
  // Houses whose staff speak it first, the others still shown; only those when nothing else will do.
  if (form.language) input[form.languageOnly ? 'language' : 'preferLanguage'] = form.language;
  if (form.kinds !== 'ANY') input.kinds = [form.kinds];
  if (later) {
    input.from = later;
    input.arrivingAt = later;
  }
  return {
    errors,
    run: {
      input,
      guest: {
        gender: form.guestGender as Gender,
        dependants: dependantsDetail.length,
        dependantsDetail,
        needsAccessibleBed: form.needsAccessibleBed,
        language: form.language,
        interpreterNeeded: form.interpreterNeeded,
      },
    },
  };
}
