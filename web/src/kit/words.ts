/** Enum values and short phrases in the words people read. */

/** Words for an enum value: PRE_NRM_EMERGENCY -> "pre NRM emergency". */
export function words(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((part) => (['nrm', 'rg', 'cg'].includes(part) ? part.toUpperCase() : part))
    .join(' ');
}

export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
