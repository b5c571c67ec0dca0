import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';

const RESOLVER_TYPE = 'graphql:resolver_type'; // @Query, @Mutation, @Subscription
const RESOLVER_PROPERTY = 'graphql:resolve_property'; // @ResolveField

/**
 * Resolver methods (operations and field resolvers) that declare neither who may call them nor
 * `@Public()`, as `Class.method`. The access guard refuses such a method; a test keeps the list empty.
 */
export function undeclaredOperations(classes: (abstract new (...args: never[]) => unknown)[]): {
  resolvers: number;
  undeclared: string[];
} {
  let resolvers = 0;
  const undeclared: string[] = [];
  for (const type of classes) {
    const prototype = type.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const method = prototype[name];
      if (name === 'constructor' || typeof method !== 'function') continue;
      if (!Reflect.getMetadata(RESOLVER_TYPE, method) && !Reflect.getMetadata(RESOLVER_PROPERTY, method)) continue;
      resolvers += 1;
      const declared = [ROLES_KEY, PUBLIC_KEY].some(
        (key) => Reflect.getMetadata(key, method) !== undefined || Reflect.getMetadata(key, type) !== undefined,
      );
      if (!declared) undeclared.push(`${type.name}.${name}`);
    }
  }
  return { resolvers, undeclared };
}
