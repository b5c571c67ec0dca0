import type { SurvivorInput } from '../gql/graphql';
import { buildDependantsDetail, type DependantRow } from './dependants';
import type { AgeStatus, Gender, NrmStatus } from './model';
import type { FieldErrors } from './field-errors';
import type { SearchRun } from './store';

/**
 * The person's details on the hold view, as typed, their rules (the API's, said before sending), and
 * the `survivor` of confirmPlacement they make. Only what the provider needs: never immigration status.
 */

export interface SurvivorForm {
  reference: string;
  preferredName: string;
  gender: Gender | '';
  dependants: DependantRow[];
  languages: string[];
  interpreterNeeded: boolean;
  needsAccessibleBed: boolean;
  accessibilityNeeds: string;
  prefersWorkerGender: Gender | '';
  nrmStatus: NrmStatus | '';
  ageStatus: AgeStatus | '';
  consentToReferral: boolean;
}

/** The most dependants placed with a person (the API's limit). */
export const SURVIVOR_MAX_DEPENDANTS = 10;
/** The first part of each dependant's control ids in the person's details. */
export const SURVIVOR_DEPENDANTS_PREFIX = 'survivor-dependant';

/** The person's age, in plain words (CONTRACT.md, People: only an adult may be placed). */
export const AGE_STATUSES: readonly { value: AgeStatus; id: string; label: string }[] = [
  { value: 'ADULT', id: 'age-status', label: '18 or over' },
  { value: 'CHILD', id: 'age-status-child', label: 'Under 18' },
  { value: 'AGE_UNCERTAIN', id: 'age-status-uncertain', label: 'Not sure: they may be under 18' },
];

export const CHILD_GUIDANCE =
  "Adult safehouses take adults only. For anyone under 18, or who may be (they are treated as a child until the local authority assesses their age), contact the local authority children's services: out of hours, their emergency duty team.";

/** The API's fields, as the form's controls. */
export const SURVIVOR_CONTROLS = {
  'input.survivor.reference': { id: 'reference', label: 'Case reference' },
  'input.survivor.preferredName': { id: 'preferred-name', label: 'Preferred name' },
  'input.survivor.gender': { id: 'survivor-gender', label: 'Gender' },
  'input.survivor.dependants': { id: 'survivor-dependant-add', label: 'Dependants' },
  'input.survivor.dependantsDetail': { id: 'survivor-dependant-add', label: 'Dependants' },
  'input.survivor.languages': { id: 'add-language', label: 'Languages' },
  'input.survivor.interpreterNeeded': { id: 'interpreter', label: 'Interpreter' },
  'input.survivor.accessibilityNeeds': { id: 'accessibility-needs', label: 'Access needs' },
  'input.survivor.prefersWorkerGender': { id: 'worker-gender', label: 'Support worker' },
  'input.survivor.nrmStatus': { id: 'nrm-status', label: 'NRM status' },
  'input.survivor.ageStatus': { id: 'age-status', label: 'Age' },
  'input.survivor.adult': { id: 'age-status', label: 'Age' },
  'input.survivor.consentToReferral': { id: 'consent', label: 'Consent' },
};

/** The form filled with what the search already said about the person; their age is asked, never assumed. */
export function blankSurvivorForm(guest: SearchRun['guest'] | undefined): SurvivorForm {
  return {
    reference: '',
    preferredName: '',
    gender: guest?.gender ?? '',
    dependants: (guest?.dependantsDetail ?? []).map((dependant) => ({ ...dependant })),
    languages: guest?.language ? [guest.language] : [],
    interpreterNeeded: guest?.interpreterNeeded ?? false,
    needsAccessibleBed: guest?.needsAccessibleBed ?? false,
    accessibilityNeeds: '',
    prefersWorkerGender: '',
    nrmStatus: '',
    ageStatus: '',
    consentToReferral: false,
  };
}

/**
 * Checks the form the way the API does; the `survivor` to send, or the errors by control (in the
 * form's order, so the first is focused).
 */
export function buildSurvivor(form: SurvivorForm): { survivor?: SurvivorInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (form.reference.length > 100) errors.reference = 'Case reference must be at most 100 characters.';
  if (form.preferredName.length > 100) errors['preferred-name'] = 'Preferred name must be at most 100 characters.';
  if (!form.gender) errors['survivor-gender'] = "Choose the person's gender.";
  if (!form.ageStatus) errors['age-status'] = 'Age: say whether the person is 18 or over.';
  else if (form.ageStatus !== 'ADULT') errors['age-status'] = CHILD_GUIDANCE;
  const dependants = buildDependantsDetail(form.dependants, SURVIVOR_DEPENDANTS_PREFIX, SURVIVOR_MAX_DEPENDANTS);
  Object.assign(errors, dependants.errors);
  if (form.accessibilityNeeds.length > 500)
    errors['accessibility-needs'] = 'Access needs must be at most 500 characters.';
  if (!form.nrmStatus) errors['nrm-status'] = 'Choose where the person is with the NRM.';
  if (!form.consentToReferral)
    errors.consent = 'The person must agree to the referral before it can be sent to the provider.';
  if (Object.keys(errors).length > 0 || !dependants.detail) return { errors };

  if (!form.gender || !form.ageStatus || !form.nrmStatus) return { errors }; // said above; narrows the types
  const survivor: SurvivorInput = {
    gender: form.gender,
    ageStatus: form.ageStatus,
    dependants: dependants.detail.length,
    languages: form.languages,
    interpreterNeeded: form.interpreterNeeded,
    needsAccessibleBed: form.needsAccessibleBed,
    nrmStatus: form.nrmStatus,
    consentToReferral: form.consentToReferral,
  };
  if (dependants.detail.length > 0) survivor.dependantsDetail = dependants.detail;
  if (form.reference.trim()) survivor.reference = form.reference.trim();
  if (form.preferredName.trim()) survivor.preferredName = form.preferredName.trim();
  if (form.accessibilityNeeds.trim()) survivor.accessibilityNeeds = form.accessibilityNeeds.trim();
  if (form.prefersWorkerGender) survivor.prefersWorkerGender = form.prefersWorkerGender;
  return { survivor, errors };
}
