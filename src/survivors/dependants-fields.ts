import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateBy, ValidateNested } from 'class-validator';
import { DependantInput } from './dependant.input';

const detailOf = (object: object): unknown => (object as { dependantsDetail?: unknown }).dependantsDetail;

/**
 * `dependants`, a count, beside `dependantsDetail`, the same dependants one by one (CONTRACT.md,
 * People). Given the list, the count is its length: a count left at its default (0) takes the
 * list's length, any other count must equal it (BAD_USER_INPUT naming `dependants`). So every
 * reader of a validated input finds the number in `dependants`.
 */
export const DependantsCount = (max: number) =>
  applyDecorators(
    Transform(({ value, obj }) => {
      const detail = detailOf(obj as object);
      return Array.isArray(detail) && (value === undefined || value === 0) ? detail.length : value;
    }),
    IsOptional(),
    IsInt(),
    Min(0),
    Max(max),
    ValidateBy({
      name: 'dependantsMatchDetail',
      validator: {
        validate: (value, args) => {
          const detail = detailOf(args!.object);
          return !Array.isArray(detail) || value === detail.length;
        },
        defaultMessage: (args) =>
          `$property must equal the number of dependants in dependantsDetail (${(detailOf(args!.object) as unknown[]).length}), or be left out`,
      },
    }),
  );

/** The dependants one by one, at most as many as the count allows. */
export const DependantsDetail = (max: number) =>
  applyDecorators(
    IsOptional(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => DependantInput),
  );
