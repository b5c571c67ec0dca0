import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength, registerDecorator, ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../graphql/date.scalar';

export { CONTROL_CHARACTERS } from './input-rules';

/**
 * A required piece of text: trimmed, not blank, at most `max` characters. Control characters and
 * line breaks are refused for every field before this runs (operation-input.ts; `@MultiLine()`).
 */
export const Text = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: '$property must not be blank' }),
    MaxLength(max),
  );

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
