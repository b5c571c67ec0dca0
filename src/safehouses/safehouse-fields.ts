import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsLatitude,
  IsLongitude,
  Matches,
  Max,
  Min,
  IsNumber,
} from 'class-validator';
import { Gender } from './gender';

/** The shared rules of the create and update inputs' fields. */
export const Latitude = () => applyDecorators(IsNumber(), IsLatitude());
export const Longitude = () => applyDecorators(IsNumber(), IsLongitude());

export const LanguageCodes = () =>
  applyDecorators(
    ArrayMaxSize(30),
    ArrayUnique(),
    Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter ISO 639-1 codes, e.g. ur' }),
  );

export const Genders = () =>
  applyDecorators(ArrayMinSize(1), ArrayMaxSize(3), ArrayUnique(), IsEnum(Gender, { each: true }));

export const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;

export const Sleeps = () => applyDecorators(Min(1), Max(20));
