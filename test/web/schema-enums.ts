import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The values of `enum name` in the committed schema.graphql, sorted: the page's lists are checked against them. */
export function schemaEnum(name: string): string[] {
  const schema = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`schema.graphql has no enum ${name}`);
  return body
    .replace(/"""[\s\S]*?"""/g, '')
    .split(/\s+/)
    .filter((word) => /^[A-Z0-9_]+$/.test(word))
    .sort();
}
