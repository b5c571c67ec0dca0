import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  Max,
  Min,
  IsNumber,
} from 'class-validator';
import { LanguageTags } from '../common/validation/language-tags';
import { Gender } from './gender';

/** The shared rules of the create and update inputs' fields. */
export const Latitude = () => applyDecorators(IsNumber(), IsLatitude());
export const Longitude = () => applyDecorators(IsNumber(), IsLongitude());

/** The staff's languages: BCP 47 tags, each once (in any letter case). */
export const LanguageCodes = () =>
  applyDecorators(
    LanguageTags(30),
    ArrayUnique((tag: unknown) => (typeof tag === 'string' ? tag.toLowerCase() : tag), {
      message: 'languages must not name a language twice',
    }),
  );

export const Genders = () =>
  applyDecorators(ArrayMinSize(1), ArrayMaxSize(3), ArrayUnique(), IsEnum(Gender, { each: true }));

export const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export const Sleeps = () => applyDecorators(Min(1), Max(20));

/** A house's age limit for boys: 0 to 17 (a limit of 17 takes every boy under 18). */
export const BoysUpToAge = () => applyDecorators(IsInt(), Min(0), Max(17));
