import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = '# Generated from the code by `npm run schema`: do not edit. A test fails when it is stale.\n\n';

/** The schema as committed in schema.graphql: sorted, so a diff shows what changed. */
export function printSchemaOf(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
