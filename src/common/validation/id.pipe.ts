import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** An `id` argument must look like one of ours before it goes near SQL. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      const field = metadata.data ?? 'id';
      throw DomainError.badInput(field, `${field} is not a valid id.`);
    }
    return value;
  }
}
