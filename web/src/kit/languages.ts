/**
 * Languages a duty officer is most likely to need on a night shift (BCP 47 primary tags), by the
 * English name, for the search's language and the survivor's languages.
 */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'sq', name: 'Albanian' },
  { code: 'am', name: 'Amharic' },
  { code: 'ar', name: 'Arabic' },
  { code: 'bn', name: 'Bengali' },
  { code: 'bg', name: 'Bulgarian' },
  { code: 'zh', name: 'Chinese' },
  { code: 'cs', name: 'Czech' },
  { code: 'en', name: 'English' },
  { code: 'fa', name: 'Farsi (Persian)' },
  { code: 'fr', name: 'French' },
  { code: 'hi', name: 'Hindi' },
  { code: 'hu', name: 'Hungarian' },
  // The individual languages, never the macrolanguage `ku`: Sorani and Kurmanji speakers do not
  // understand each other, and Haven matches `ku` only to `ku` (CONTRACT.md, People).
  { code: 'kmr', name: 'Kurdish (Kurmanji)' },
  { code: 'ckb', name: 'Kurdish (Sorani)' },
  { code: 'lt', name: 'Lithuanian' },
  { code: 'ps', name: 'Pashto' },
  { code: 'pl', name: 'Polish' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'pa', name: 'Punjabi' },
  { code: 'ro', name: 'Romanian' },
  { code: 'ru', name: 'Russian' },
  { code: 'sk', name: 'Slovak' },
  { code: 'so', name: 'Somali' },
  { code: 'es', name: 'Spanish' },
  { code: 'ti', name: 'Tigrinya' },
  { code: 'tr', name: 'Turkish' },
  { code: 'uk', name: 'Ukrainian' },
  { code: 'ur', name: 'Urdu' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'cy', name: 'Welsh' },
];

const NAMES = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** The language's English name: the page's own list first, then the browser's names, else the tag. */
export function languageName(code: string): string {
  const listed = LANGUAGES.find((language) => language.code === code)?.name;
  if (listed) return listed;
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
