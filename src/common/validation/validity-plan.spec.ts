import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import type { MetadataStorage as TransformMetadata } from 'class-transformer/types/MetadataStorage';
import {
  IsDefined,
  IsInt,
  IsOptional,
  ValidateIf,
  ValidateNested,
  getMetadataStorage,
  validateSync,
} from 'class-validator';
import { AppModule } from '../../app.module';
import { ValidityPlans } from './validity-plan';

// Every input class of the service registers its rules as its module loads.
void AppModule;

/** class-transformer's @Type() records, which the package keeps but does not export: the nested input classes. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: TransformMetadata;
};

/** A seeded generator, so a failure names the case that shows it on any machine, any day. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SCALARS: unknown[] = [
  undefined,
  null,
  true,
  false,
  -1,
  0,
  1,
  2,
  5,
  12,
  17,
  18,
  19,
  20,
  50,
  99,
  100,
  101,
  365,
  366,
  1000,
  1001,
  0.5,
  53.48,
  -2.24,
  91,
  -181,
  Number.NaN,
  '',
  ' ',
  'x',
  'WOMAN',
  'MAN',
  'SAFEHOUSE',
  'PRE_NRM_EMERGENCY',
  'GOOD',
  'DUTY_OFFICER',
  'en',
  'pt-BR',
  'english!!',
  '2026-03-01',
  '2026-02-30',
  '2026-03-01T21:30:00Z',
  'someone@example.org',
  'not an email',
  '+44 20 7946 0000',
  '6f1d7a52-4f5e-4d39-9f61-0c1a8d7e2b11',
  'a'.repeat(121),
  'a'.repeat(5001),
  new Date('2026-03-01T21:30:00Z'),
  new Date(Number.NaN),
  [],
  ['en'],
  ['en', 'en'],
  ['WOMAN', 'MAN'],
  [1, 2],
  {},
];

type Plain = Record<string, unknown>;

/** A class whose instances carry class-validator rules. */
type InputClass = abstract new (...args: never[]) => object;

/**
 * Values for each property of a class, leaning on those class-validator accepted before, so most
 * instances pass and the "passes" answer is tried as much as the "fails" one.
 */
class Values {
  private readonly accepted = new Map<string, unknown[]>();

  constructor(private readonly next: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  object(type: InputClass, depth: number): Plain {
    const plain: Plain = {};
    for (const name of propertiesOf(type)) {
      const value = this.value(type, name, depth);
      if (value !== undefined || this.next() < 0.5) plain[name] = value;
    }
    return plain;
  }

  learn(type: InputClass, plain: Plain, failed: Set<string>): void {
    for (const [name, value] of Object.entries(plain)) {
      if (failed.has(name)) continue;
      const key = `${type.name}.${name}`;
      const list = this.accepted.get(key) ?? [];
      if (list.length < 40) list.push(value);
      this.accepted.set(key, list);
    }
  }

  private value(type: InputClass, name: string, depth: number): unknown {
    const known = this.accepted.get(`${type.name}.${name}`);
    if (known && this.next() < 0.8) return this.pick(known);
    const nested = defaultMetadataStorage.findTypeMetadata(type, name)?.typeFunction() as InputClass | undefined;
    if (nested && depth < 3 && this.next() < 0.7) {
      return this.next() < 0.5
        ? this.object(nested, depth + 1)
        : Array.from({ length: Math.floor(this.next() * 3) }, () => this.object(nested, depth + 1));
    }
    return this.pick(SCALARS);
  }
}

function propertiesOf(type: InputClass): string[] {
  const storage = getMetadataStorage();
  return Object.keys(storage.groupByPropertyName(storage.getTargetValidationMetadatas(type, '', false, false)));
}

function inputClasses(): InputClass[] {
  const targets = (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> })
    .validationMetadatas;
  return [...targets.keys()].filter((target): target is InputClass => typeof target === 'function');
}

describe('ValidityPlans', () => {
  it("gives class-validator's answer for every input class of the service, on many values", () => {
    const classes = inputClasses();
    expect(classes.length).toBeGreaterThan(30);
    const plans = new ValidityPlans();
    let passed = 0;
    let failed = 0;
    for (const [index, type] of classes.entries()) {
      const values = new Values(random(index + 1));
      for (let round = 0; round < 300; round++) {
        const plain = values.object(type, 0);
        const instance = plainToInstance(type as new () => object, plain);
        const errors = validateSync(instance, { forbidUnknownValues: false });
        const expected = errors.length === 0;
        if (plans.passes(instance) !== expected) {
          throw new Error(`${type.name}: the plan says ${!expected} of ${JSON.stringify(plain)}`);
        }
        values.learn(type, plain, new Set(errors.map((error) => error.property)));
        if (expected) passed += 1;
        else failed += 1;
      }
    }
    // Both answers were tried, many times each.
    expect(passed).toBeGreaterThan(classes.length * 50);
    expect(failed).toBeGreaterThan(classes.length * 50);
  });

  it('leaves to class-validator what it does not cover, and follows conditions and nesting', () => {
    class Inner {
      @IsInt()
      n: number;
    }
    class Outer {
      @IsOptional()
      @ValidateNested({ each: true })
      inner?: Inner[];

      @ValidateIf((outer: Outer) => outer.inner !== undefined)
      @IsInt()
      count?: number;
    }
    class Defined {
      @IsDefined()
      value: unknown;
    }
    const plans = new ValidityPlans();
    const answers = (instance: object) => [
      plans.passes(instance),
      validateSync(instance, { forbidUnknownValues: false }).length === 0,
    ];
    const outer = (plain: Plain) => plainToInstance(Outer, plain);
    expect(answers(outer({}))).toEqual([true, true]);
    expect(answers(outer({ inner: [], count: 1 }))).toEqual([true, true]);
    expect(answers(outer({ inner: [] }))).toEqual([false, false]);
    // Without @Type the items stay plain objects: a class with no rules, as class-validator sees them.
    expect(answers(outer({ inner: [{ n: 1.5 }], count: 2 }))).toEqual([true, true]);
    const typed = Object.assign(new Outer(), { inner: [Object.assign(new Inner(), { n: 1.5 })], count: 1 });
    expect(answers(typed)).toEqual([false, false]);
    typed.inner![0].n = 1;
    expect(answers(typed)).toEqual([true, true]);
    expect(answers(Object.assign(new Outer(), { inner: [1], count: 1 }))).toEqual([false, false]);
    expect(answers(Object.assign(new Outer(), { inner: [undefined], count: 1 }))).toEqual([true, true]);
    // Not covered: never "passes", so class-validator decides.
    expect(answers(Object.assign(new Defined(), { value: 1 }))).toEqual([false, true]);
  });
});
