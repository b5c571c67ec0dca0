import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The rules for a password someone chooses (createUser, changePassword). */
export const ChosenPassword = () =>
  applyDecorators(
    IsString(),
    MinLength(12, { message: '$property must be at least 12 characters' }),
    MaxLength(200, { message: '$property must be at most 200 characters' }),
  );
