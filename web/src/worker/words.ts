import { words } from '../kit/words';

/** An enum value as a label starts: HEALTH -> "Health", LEGAL_ADVICE -> "Legal advice". */
export function label(value: string): string {
  const text = words(value);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
