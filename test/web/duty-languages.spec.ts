import { LANGUAGES, languageName } from '../../web/src/duty/languages';

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

  it('names a tag it does not list by the tag', () => {
    expect(languageName('pcm')).toBe('pcm');
  });
});
