import { LANGUAGES, languageName } from '../../web/src/kit/languages';

describe("the page's languages", () => {
  it('offers Sorani and Kurmanji apart, never the macrolanguage Kurdish that matches neither', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(codes).toEqual(expect.arrayContaining(['ckb', 'kmr']));
    expect(codes).not.toContain('ku');
    expect(languageName('ckb')).toBe('Kurdish (Sorani)');
  });

  it('offers each language once, as a primary tag, in the order of its name', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2,3}$/);
    const names = LANGUAGES.map((language) => language.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('names a tag it does not list as the platform names it, and one nobody knows by the tag', () => {
    expect(languageName('pcm')).toBe('Nigerian Pidgin');
    expect(languageName('qqz')).toBe('qqz');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
