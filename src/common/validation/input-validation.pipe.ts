import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { ValidityPlans } from './validity-plan';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object, Date]);

/** @nestjs/graphql's GqlParamtype.ARGS, which the package does not export. */
const GRAPHQL_ARGS = 3;

/**
 * Validates every input class (class-validator) and answers BAD_USER_INPUT naming the field,
 * e.g. `input.survivor.languages.0`. The message never repeats the value that was sent. What holds
 * for every value whatever its class (no control characters, no unexplained null) was checked for
 * the whole operation before any resolver ran (operation-input.ts).
 *
 * Most inputs pass: that is decided by a plan compiled once per class from the same decorators
 * (validity-plan.ts); class-validator itself runs only for an input that does not, for its error.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  private readonly plans = new ValidityPlans();

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    const isArgument = (metadata.type as unknown) === GRAPHQL_ARGS || metadata.type === 'body';
    if (!isArgument || !type || PRIMITIVES.has(type) || value == null || typeof value !== 'object') return value;
    const instance = plainToInstance(type, value) as object;
    if (this.plans.passes(instance)) return instance;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) {
      const { path, message } = firstProblem(errors[0], metadata.data ? [metadata.data] : []);
      const field = path.join('.');
      throw DomainError.badInput(field, `${field}: ${message}`);
    }
    return instance;
  }
}

function firstProblem(error: ValidationError, parents: string[]): { path: string[]; message: string } {
  const path = [...parents, error.property];
  if (error.constraints) {
    const message = Object.values(error.constraints)[0];
    // class-validator starts its messages with the property name; the path says it already.
    return {
      path,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    };
  }
  const child = error.children?.[0];
  return child ? firstProblem(child, path) : { path, message: 'is not valid' };
}
