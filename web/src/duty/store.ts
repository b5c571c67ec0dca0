import type { AvailabilitySearchInput } from '../gql/graphql';
import { AttemptStore, type AttemptStorage } from './attempts';
import { isDependantRows, type Dependant, type DependantRow } from './dependants';
import { newKey, type Availability, type Gender, type GeoPoint, type SafehouseKind } from './model';

/** Where to search from: a town from the list, or the phone's own location. */
export interface Place extends GeoPoint {
  label: string;
  town?: string;
}

export interface AvoidArea extends GeoPoint {
  label: string;
  radiusKm: number;
}

/** The search form as typed (numbers as strings, so a half-typed value is kept and checked). */
export interface SearchForm {
  place: Place | null;
  radiusKm: string;
  guestGender: Gender | '';
  /** Each dependant coming too, one by one. */
  dependants: DependantRow[];
  needsAccessibleBed: boolean;
  needsStepFreeAccess: boolean;
  /** The person's language: houses whose staff speak it first (preferLanguage)… */
  language: string;
  /** …or, when nothing else will do, only those houses (language). */
  languageOnly: boolean;
  /** Not for the search: carried to the person's details when a bed is held. */
  interpreterNeeded: boolean;
  kinds: SafehouseKind | 'ANY';
  arriving: 'now' | 'later';
  arrivingAt: string;
  nights: string;
  avoid: AvoidArea[];
}

/** The fields behind "More needs": everything but where and who. */
export const NEED_FIELDS = [
  'dependants',
  'needsAccessibleBed',
  'needsStepFreeAccess',
  'language',
  'languageOnly',
  'interpreterNeeded',
  'kinds',
  'arriving',
  'arrivingAt',
  'nights',
  'avoid',
] as const satisfies readonly (keyof SearchForm)[];

export type Needs = Pick<SearchForm, (typeof NEED_FIELDS)[number]>;

/** The input of the last search that ran, and its answer. */
export interface SearchRun {
  input: AvailabilitySearchInput & { near: GeoPoint; radiusKm: number; nights: number };
  results: Availability[];
  at: Date;
  /** Who the bed is for, to fill the survivor form with what is already known. */
  guest: {
    gender: Gender;
    dependants: number;
    dependantsDetail: Dependant[];
    needsAccessibleBed: boolean;
    language: string;
    interpreterNeeded: boolean;
  };
  /** Every bed this search has shown, so a bed it showed and the officer now holds is known as theirs. */
  shown: string[];
}

/**
 * The search survives moving between views (hold, back to search) in this tab's memory; where and
 * who go with a reload or sign-out. "More needs" (open or not, and its values) and the hold attempts
 * are kept in the tab's sessionStorage, so a reload on a bad signal keeps them; sign-out clears them.
 */
export const searchState: { form?: SearchForm; run?: SearchRun } = {};

const NEEDS_KEY = 'haven.duty.needs';
const NEEDS_OPEN_KEY = 'haven.duty.needs-open';

function tabStorage(): AttemptStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage refused (a browser's privacy setting)
  }
}

function remember(key: string, value: string | undefined): void {
  try {
    if (value === undefined) tabStorage()?.removeItem(key);
    else tabStorage()?.setItem(key, value);
  } catch {
    // storage full or refused: it lasts as long as the page
  }
}

/** "More needs" values as left in this tab. */
export function storedNeeds(): Partial<Needs> {
  try {
    const stored: unknown = JSON.parse(tabStorage()?.getItem(NEEDS_KEY) ?? 'null');
    if (!stored || typeof stored !== 'object') return {};
    const needs = { ...stored } as Partial<Needs>;
    // A tab left open across a release may hold dependants as a count: it starts the list afresh.
    if (!isDependantRows(needs.dependants)) delete needs.dependants;
    return needs;
  } catch {
    return {};
  }
}

export function storeNeeds(form: SearchForm): void {
  remember(NEEDS_KEY, JSON.stringify(Object.fromEntries(NEED_FIELDS.map((field) => [field, form[field]]))));
}

/** Whether "More needs" was left open in this tab. */
export function needsOpen(): boolean {
  try {
    return tabStorage()?.getItem(NEEDS_OPEN_KEY) === 'open';
  } catch {
    return false;
  }
}

export function storeNeedsOpen(open: boolean): void {
  remember(NEEDS_OPEN_KEY, open ? 'open' : undefined);
}

/** The hold attempts of this tab, each with its one idempotency key. */
export const holdAttempts = new AttemptStore(tabStorage(), newKey, () => Date.now());

export function forgetSearch(): void {
  searchState.form = undefined;
  searchState.run = undefined;
  holdAttempts.clear();
  remember(NEEDS_KEY, undefined);
  remember(NEEDS_OPEN_KEY, undefined);
}
