import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../graphql/date.scalar';

/** Control characters (NUL above all: PostgreSQL refuses it in text) have no place in typed text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A required line of text: trimmed, not blank, at most `max` characters, no control characters. */
export const Text = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: '$property must not be blank' }),
    MaxLength(max),
    NotMatches(CONTROL_CHARACTERS, { message: '$property must not contain control characters' }),
  );

/** The value must not match the pattern. */
export function NotMatches(pattern: RegExp, options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notMatches',
      target: object.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value !== 'string' || !pattern.test(value) },
    });
}

/** A calendar date string, YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: object.constructor,
      propertyName,
      options: { message: '$property must be a date, YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,24}$/;
