import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { isCalendarDate } from '../graphql/date.scalar';

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

/**
 * What a list's sort key is made of, each part checked before it goes near SQL: a cursor is opaque
 * to clients, but nothing stops one from sending a cursor of its own making.
 */
const CURSOR_PARTS = {
  uuid: (part: string) => isUUID(part),
  timestamp: (part: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(part) &&
    !Number.isNaN(Date.parse(part)) &&
    new Date(part).toISOString() === part,
  date: (part: string) => isCalendarDate(part),
  /** A bigint key, well inside PostgreSQL's range. */
  serial: (part: string) => /^[1-9]\d{0,17}$/.test(part),
};

export type CursorPart = keyof typeof CURSOR_PARTS;

/** A list's cursors: named, so one list refuses another's, and the kinds of its sort key's parts. */
export interface CursorShape {
  list: string;
  parts: readonly CursorPart[];
}

/** Keyset pages: `after` is the sort key of the last row of the page before. */
export interface PageRequest {
  first: number;
  after?: string[];
}

export function checkPageRequest(
  first: number | undefined | null,
  after: string | undefined | null,
  shape: CursorShape,
): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw DomainError.badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  if (after == null) return { first: size };
  const key = decodeCursor(shape, after);
  if (!key) throw DomainError.badInput('after', 'after is not a cursor of this list; start again from the first page.');
  return { first: size, after: key };
}

export function encodeCursor(shape: CursorShape, key: readonly string[]): string {
  return Buffer.from(`${shape.list}:${key.join('|')}`, 'utf8').toString('base64url');
}

/** The sort key a cursor of this list holds, or undefined for anything the service would not have made. */
export function decodeCursor(shape: CursorShape, cursor: string): string[] | undefined {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const prefix = `${shape.list}:`;
  if (!text.startsWith(prefix)) return undefined;
  const key = text.slice(prefix.length).split('|');
  if (key.length !== shape.parts.length) return undefined;
  return key.every((part, index) => CURSOR_PARTS[shape.parts[index]](part)) ? key : undefined;
}

/** Builds a connection from rows fetched with `first + 1` (the extra row says there is a next page). */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  shape: CursorShape,
  key: (row: T) => readonly string[],
  totalCount: number,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(shape, key(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
