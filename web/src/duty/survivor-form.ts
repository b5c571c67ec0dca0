import type { FieldErrors } from './field-errors';
import type { Gender, NrmStatus } from './model';
import { wholeNumber } from './search-input';
import type { SearchRun } from './store';

/**
 * The person's details on the hold view, as typed, their rules (the API's, said before sending), and
 * the `survivor` of confirmPlacement they make. Only what the provider needs: never immigration status.
 */

export interface SurvivorForm {
  reference: string;
  preferredName: string;
  gender: Gender | '';
  dependants: string;
  languages: string[];
  needsAccessibleBed: boolean;
  accessibilityNeeds: string;
  prefersWorkerGender: Gender | '';
  nrmStatus: NrmStatus | '';
  adult: boolean;
  consentToReferral: boolean;
}

/** The API's fields, as the form's controls. */
export const SURVIVOR_CONTROLS = {
  'input.survivor.reference': { id: 'reference', label: 'Case reference' },
  'input.survivor.preferredName': { id: 'preferred-name', label: 'Preferred name' },
  'input.survivor.gender': { id: 'survivor-gender', label: 'Gender' },
  'input.survivor.dependants': { id: 'survivor-dependants', label: 'Dependants' },
  'input.survivor.languages': { id: 'add-language', label: 'Languages' },
  'input.survivor.accessibilityNeeds': { id: 'accessibility-needs', label: 'Access needs' },
  'input.survivor.prefersWorkerGender': { id: 'worker-gender', label: 'Support worker' },
  'input.survivor.nrmStatus': { id: 'nrm-status', label: 'NRM status' },
  'input.survivor.adult': { id: 'adult', label: 'Adult' },
  'input.survivor.consentToReferral': { id: 'consent', label: 'Consent' },
};

/** The form filled with what the search already said about the person. */
export function blankSurvivorForm(guest: SearchRun['guest'] | undefined): SurvivorForm {
  return {
    reference: '',
    preferredName: '',
    gender: guest?.gender ?? '',
    dependants: String(guest?.dependants ?? 0),
    languages: guest?.language ? [guest.language] : [],
    needsAccessibleBed: guest?.needsAccessibleBed ?? false,
    accessibilityNeeds: '',
    prefersWorkerGender: '',
    nrmStatus: '',
    adult: false,
    consentToReferral: false,
  };
}

/**
 * Checks the form the way the API does; the `survivor` to send, or the errors by control (in the
 * form's order, so the first is focused).
 */
export function buildSurvivor(form: SurvivorForm): { survivor?: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (form.reference.length > 100) errors.reference = 'Case reference must be at most 100 characters.';
  if (form.preferredName.length > 100) errors['preferred-name'] = 'Preferred name must be at most 100 characters.';
  if (!form.gender) errors['survivor-gender'] = "Choose the person's gender.";
  const dependants = wholeNumber(form.dependants);
  if (dependants === null || dependants > 10)
    errors['survivor-dependants'] = 'Dependants must be a whole number from 0 to 10.';
  if (form.accessibilityNeeds.length > 500)
    errors['accessibility-needs'] = 'Access needs must be at most 500 characters.';
  if (!form.nrmStatus) errors['nrm-status'] = 'Choose where the person is with the NRM.';
  if (!form.adult)
    errors.adult =
      "Adult safehouses take adults only. For anyone under 18, contact the local authority children's services.";
  if (!form.consentToReferral)
    errors.consent = 'The person must agree to the referral before it can be sent to the provider.';
  if (Object.keys(errors).length > 0) return { errors };

  const survivor: Record<string, unknown> = {
    gender: form.gender,
    dependants: Number(form.dependants),
    languages: form.languages,
    needsAccessibleBed: form.needsAccessibleBed,
    nrmStatus: form.nrmStatus,
    adult: form.adult,
    consentToReferral: form.consentToReferral,
  };
  if (form.reference.trim()) survivor.reference = form.reference.trim();
  if (form.preferredName.trim()) survivor.preferredName = form.preferredName.trim();
  if (form.accessibilityNeeds.trim()) survivor.accessibilityNeeds = form.accessibilityNeeds.trim();
  if (form.prefersWorkerGender) survivor.prefersWorkerGender = form.prefersWorkerGender;
  return { survivor, errors };
}
