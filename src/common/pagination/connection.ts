import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type named `${name}Connection` with `${name}Edge` edges. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

/** Keyset pages: the cursor is the last row's sort key, opaque to clients. */
export interface PageRequest {
  first: number;
  after?: string;
}

export function checkPageRequest(first: number | undefined | null, after: string | undefined | null): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw DomainError.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  if (after != null && decodeCursor(after) === undefined) {
    throw DomainError.badInput('after', 'after is not a cursor this service gave out.');
  }
  return { first: size, after: after ?? undefined };
}

export function encodeCursor(key: string): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | undefined {
  if (cursor.length > 200) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('c:') ? text.slice(2) : undefined;
}

/** Builds a connection from rows fetched with `first + 1` (the extra row says there is a next page). */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  key: (row: T) => string,
  totalCount: number,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
