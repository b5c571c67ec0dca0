import { MetadataStorage, ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type Constraint = ReturnType<MetadataStorage['getTargetValidatorConstraints']>[number];

/** One rule of a property: a class-validator constraint (`@Min(1)`, `@IsEnum(Gender)`, a custom one). */
interface Check {
  metadata: ValidationMetadata;
  constraints: Constraint[];
}

/** What class-validator does with one decorated property, in its order. */
interface PropertyPlan {
  name: string;
  /** `@IsOptional()`, `@ValidateIf()`: the property's rules apply only when all say so. */
  conditions: ValidationMetadata[];
  checks: Check[];
  /** `@ValidateNested()`: the value (or each item) is validated as its own class. */
  nested: boolean;
}

type Plan = PropertyPlan[];

/** A class whose instances carry class-validator rules. */
type InputClass = abstract new (...args: never[]) => object;

/** What a plan cannot decide; class-validator's own executor does. */
const UNDECIDED = Symbol('undecided');

/**
 * Whether an input instance passes its class-validator rules, decided from the same decorators
 * and constraint functions but without class-validator's executor, which reads and groups the
 * metadata of every object anew and builds an error object per property even when nothing fails:
 * a sizeable part of a search's CPU (issue 19). The plan of a class is read from the metadata
 * once, at its first use. It decides only "passes": when an instance does not, the caller runs
 * class-validator itself for its error, so messages and paths are class-validator's.
 *
 * A plan covers what this service's inputs use, as class-validator's executor does it with the
 * options InputValidationPipe gives (no groups, no whitelist, no skipping): conditional
 * validations (`@IsOptional`, `@ValidateIf`), constraints with `each`, and nested validation of
 * objects, arrays, sets and maps. A class with anything else (`@IsDefined`, promise validation,
 * async constraints, groups), or a constraint that answers with a promise, is left undecided and
 * goes to class-validator whole; `validity-plan.spec.ts` holds the two to the same answers.
 */
export class ValidityPlans {
  private readonly plans = new Map<InputClass, Plan | typeof UNDECIDED>();

  constructor(private readonly storage: MetadataStorage = getMetadataStorage()) {}

  /** True when `instance` passes every rule; false when it fails one or the plan cannot tell. */
  passes(instance: object): boolean {
    return this.check(instance) === true;
  }

  private check(instance: object): boolean | typeof UNDECIDED {
    const plan = this.planOf(instance.constructor as InputClass);
    if (plan === UNDECIDED) return UNDECIDED;
    for (const property of plan) {
      const value = (instance as Record<string, unknown>)[property.name];
      const verdict = this.checkProperty(instance, value, property);
      if (verdict !== true) return verdict;
    }
    return true;
  }

  private checkProperty(instance: object, value: unknown, property: PropertyPlan): boolean | typeof UNDECIDED {
    for (const condition of property.conditions) {
      if (!(condition.constraints[0] as (object: object, value: unknown) => boolean)(instance, value)) return true;
    }
    // One arguments object for the property's checks: a constraint reads it while it runs (async
    // constraints, which could keep it, are never planned).
    const args: ValidationArguments = {
      targetName: instance.constructor?.name,
      property: property.name,
      object: instance,
      value,
      constraints: [],
    };
    for (const { metadata, constraints } of property.checks) {
      if (metadata.validateIf && !metadata.validateIf(instance, value)) continue;
      args.constraints = metadata.constraints;
      for (const constraint of constraints) {
        const verdict =
          metadata.each && isCollection(value)
            ? everyItem(collectionItems(value), constraint, args)
            : passesConstraint(value, constraint, args);
        if (verdict !== true) return verdict;
      }
    }
    return property.nested && value !== undefined ? this.checkNested(value) : true;
  }

  /** As class-validator's nested validation: items in turn; an object by its own class; anything else fails. */
  private checkNested(value: unknown): boolean | typeof UNDECIDED {
    if (isCollection(value)) {
      for (const item of collectionItems(value)) {
        if (item === undefined) continue;
        const verdict = this.checkNested(item);
        if (verdict !== true) return verdict;
      }
      return true;
    }
    return value instanceof Object ? this.check(value) : false;
  }

  private planOf(type: InputClass): Plan | typeof UNDECIDED {
    let plan = this.plans.get(type);
    if (plan === undefined) {
      plan = this.compile(type);
      this.plans.set(type, plan);
    }
    return plan;
  }

  private compile(type: InputClass): Plan | typeof UNDECIDED {
    const metadatas = this.storage.getTargetValidationMetadatas(type, undefined as unknown as string, false, false);
    const plan: Plan = [];
    for (const [name, ofProperty] of Object.entries(this.storage.groupByPropertyName(metadatas))) {
      const property: PropertyPlan = { name, conditions: [], checks: [], nested: false };
      for (const metadata of ofProperty) {
        if (metadata.groups?.length || metadata.always) return UNDECIDED;
        switch (metadata.type) {
          case ValidationTypes.CONDITIONAL_VALIDATION:
            property.conditions.push(metadata);
            break;
          case ValidationTypes.NESTED_VALIDATION:
            property.nested = true;
            break;
          case ValidationTypes.CUSTOM_VALIDATION: {
            const constraints = this.storage.getTargetValidatorConstraints(metadata.constraintCls);
            if (constraints.some((constraint) => constraint.async)) return UNDECIDED;
            property.checks.push({ metadata, constraints });
            break;
          }
          default:
            return UNDECIDED; // IS_DEFINED, WHITELIST, PROMISE_VALIDATION
        }
      }
      plan.push(property);
    }
    return plan;
  }
}

function passesConstraint(
  value: unknown,
  constraint: Constraint,
  args: ValidationArguments,
): boolean | typeof UNDECIDED {
  const valid = (constraint.instance as { validate(value: unknown, args: ValidationArguments): unknown }).validate(
    value,
    args,
  );
  if (isThenable(valid)) return UNDECIDED;
  return Boolean(valid);
}

function everyItem(items: unknown[], constraint: Constraint, args: ValidationArguments): boolean | typeof UNDECIDED {
  for (const item of items) {
    const verdict = passesConstraint(item, constraint, args);
    if (verdict !== true) return verdict;
  }
  return true;
}

function isCollection(value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> {
  return Array.isArray(value) || value instanceof Set || value instanceof Map;
}

function collectionItems(value: unknown[] | Set<unknown> | Map<unknown, unknown>): unknown[] {
  return Array.isArray(value) ? value : Array.from(value.values());
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
