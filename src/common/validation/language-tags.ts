import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag`): language, extended language, script,
 * region, variants, extensions, private use; any letter case. Two narrowings, where a tag would be
 * well-formed but name no language anyone speaks: the primary language subtag is two or three
 * letters (four is reserved and no five-to-eight-letter one is registered, so `English` is a typo,
 * not a tag), and private-use-only (`x-…`) and grandfathered (`i-klingon`) tags are refused, having
 * no primary language to compare.
 */
const LANGUAGE_TAG = new RegExp(
  [
    '^[a-z]{2,3}(?:-[a-z]{3}){0,3}', // language, extlang
    '(?:-[a-z]{4})?', // script
    '(?:-(?:[a-z]{2}|[0-9]{3}))?', // region
    '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*', // variants
    '(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*', // extensions
    '(?:-x(?:-[a-z0-9]{1,8})+)?$', // private use
  ].join(''),
  'i',
);

/** RFC 5646 asks implementations to take at least 35 characters; nothing a person speaks needs more. */
const MAX_TAG_LENGTH = 35;

export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TAG_LENGTH && LANGUAGE_TAG.test(value);
}

/**
 * What languages are compared on (CONTRACT.md, People): the primary language subtag, lower-cased.
 * `pt-BR` is `pt`; the individual languages `ckb` (Sorani) and `kmr` (Kurmanji) stay themselves, and
 * the macrolanguage `ku` matches only `ku`: their speakers do not understand each other.
 */
export function primaryLanguage(tag: string): string {
  return tag.trim().split('-')[0].toLowerCase();
}

export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

/** Names a coordinator reads where the platform's names (Intl, CLDR) would mislead or say nothing. */
const LANGUAGE_NAMES_HERE: Record<string, string> = {
  // CLDR folds Kurmanji into Kurdish, which would read the same as `ku`.
  kmr: 'Kurmanji (Northern Kurdish)',
  ckb: 'Sorani (Central Kurdish)',
  bfi: 'British Sign Language',
};
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A tag in English words ("Brazilian Portuguese"), or the tag itself when there is no name for it. */
export function languageName(tag: string): string {
  const here = LANGUAGE_NAMES_HERE[tag.toLowerCase()];
  if (here) return here;
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const IsLanguageTag = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isLanguageTag',
      validator: {
        validate: isLanguageTag,
        defaultMessage: () =>
          options?.each
            ? '$property must be BCP 47 language tags, e.g. ro, ckb or pt-BR'
            : '$property must be a BCP 47 language tag, e.g. ro, ckb or pt-BR',
      },
    },
    options,
  );

/** One language a person or search asks for: trimmed, then a well-formed tag. Stored as given. */
export const LanguageTag = () =>
  applyDecorators(
    Transform(({ value }) => trimmed(value)),
    IsLanguageTag(),
  );

/** The languages a person or staff speak: each trimmed, then a well-formed tag; at most `max`. */
export const LanguageTags = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map(trimmed) : value)),
    ArrayMaxSize(max),
    IsLanguageTag({ each: true }),
  );
