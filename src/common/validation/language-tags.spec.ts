import { isLanguageTag, languageName, primaryLanguage, sameLanguage } from './language-tags';

describe('language tags', () => {
  it.each([
    'ro',
    'sq',
    'ckb',
    'kmr',
    'bfi',
    'pcm',
    'pt-BR',
    'PT-br',
    'ku',
    'zh-Hant-TW',
    'sr-Latn-RS',
    'es-419',
    'de-CH-1996',
    'zh-yue',
    'en-GB-u-ca-gregory',
    'en-x-scouse',
  ])('takes %s as well-formed', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each([
    'english!!',
    'English',
    'e',
    '',
    'pt_BR',
    'pt-',
    '-pt',
    'pt--BR',
    'en-GB-',
    'x-private',
    'i-klingon',
    'abcd',
    'en-a',
    'ro ',
    'en-abcdefghi',
    `en-${'a1b2c'.repeat(7)}`,
  ])('refuses %p', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });

  it('refuses what is not text', () => {
    expect(isLanguageTag(42)).toBe(false);
    expect(isLanguageTag(null)).toBe(false);
  });

  it('compares on the primary language subtag, whatever the case', () => {
    expect(primaryLanguage(' pt-BR ')).toBe('pt');
    expect(sameLanguage('pt-BR', 'pt')).toBe(true);
    expect(sameLanguage('PT', 'pt-pt')).toBe(true);
    expect(sameLanguage('en-GB', 'en-US')).toBe(true);
  });

  it('keeps Sorani, Kurmanji and the macrolanguage Kurdish apart', () => {
    expect(sameLanguage('ku', 'ckb')).toBe(false);
    expect(sameLanguage('ku', 'kmr')).toBe(false);
    expect(sameLanguage('ckb', 'kmr')).toBe(false);
    expect(sameLanguage('ku', 'KU')).toBe(true);
  });

  it('names languages in English, Kurmanji and Sign Language too', () => {
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageName('sq')).toBe('Albanian');
    expect(languageName('kmr')).toBe('Kurmanji (Northern Kurdish)');
    expect(languageName('ckb')).not.toBe(languageName('kmr'));
    expect(languageName('bfi')).toBe('British Sign Language');
  });
});
