import type { Availability, Gender, GeoPoint, SafehouseKind } from './model';

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
  dependants: string;
  needsAccessibleBed: boolean;
  needsStepFreeAccess: boolean;
  language: string;
  kinds: SafehouseKind | 'ANY';
  arriving: 'now' | 'later';
  arrivingAt: string;
  nights: string;
  avoid: AvoidArea[];
}

/** The input of the last search that ran, and its answer. */
export interface SearchRun {
  input: Record<string, unknown> & { near: GeoPoint; radiusKm: number; nights: number };
  results: Availability[];
  at: Date;
  /** Who the bed is for, to fill the survivor form with what is already known. */
  guest: { gender: Gender; dependants: number; needsAccessibleBed: boolean; language: string };
}

/**
 * The search survives moving between views (hold, back to search) in this tab's memory only: it is
 * never written to storage, and it goes with a reload or sign-out.
 */
export const searchState: { form?: SearchForm; run?: SearchRun } = {};

export function forgetSearch(): void {
  searchState.form = undefined;
  searchState.run = undefined;
}
