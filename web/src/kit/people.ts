/** People as the page names them: never more than the API shows the reader. */

export function survivorName(survivor: { preferredName: string | null; reference: string | null } | null): string {
  if (!survivor) return 'Details not shared';
  return survivor.preferredName ?? (survivor.reference ? `Ref. ${survivor.reference}` : 'Name not given');
}
