import { badInput } from '../errors';
import type { Page } from './connection.type';

/** A keyset position: the sort key values of an entry, its id last. */
export type CursorKey = ReadonlyArray<string | number>;

/**
 * Encodes a keyset position as an opaque cursor (base64url of a tagged JSON array), so a cursor
 * of one list is refused by another.
 *
 * @example
 * encodeCursor('CaseNote', ['2026-10-01T17:00:00.000Z', 'b1f1...']) // 'WyJDYXNlTm90ZSIs...'
 */
export function encodeCursor(list: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString('base64url');
}

/**
 * Decodes a cursor this API issued for `list`, checking each key value with `valid`; anything
 * else is BAD_USER_INPUT on `after`.
 *
 * @example
 * decodeCursor('CaseNote', after, [isIsoInstant, isUUID]) // ['2026-10-01T17:00:00.000Z', 'b1f1...']
 */
export function decodeCursor(list: string, after: string, valid: ReadonlyArray<(value: unknown) => boolean>): Array<string | number> {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value[0] === list && value.length === valid.length + 1) {
      const key = value.slice(1) as Array<string | number>;
      if (key.every((k, i) => (typeof k === 'string' || typeof k === 'number') && valid[i](k))) return key;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after is not a cursor this API issued for this list', 'after', 'isCursor');
}

function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

/** How a list is ordered and its cursors checked. */
export interface ListOrder<T> {
  name: string;
  keyOf: (row: T) => CursorKey;
  valid: ReadonlyArray<(value: unknown) => boolean>;
  /** Newest first: the keys descend (every key, the id too). */
  descending?: boolean;
}

/**
 * One forward page of a list already loaded whole (a case's own notes, history, obligations...):
 * the entries strictly after the cursor's position, so a cursor stays valid as entries are added.
 *
 * @example
 * pageOfList(notes, { name: 'CaseNote', keyOf: (n) => [n.enteredAt.toISOString(), n.id], valid }, 20, null)
 */
export function pageOfList<T>(rows: readonly T[], order: ListOrder<T>, first: number, after: string | null | undefined): Page<T> {
  let start = 0;
  if (after) {
    const cursor = decodeCursor(order.name, after, order.valid);
    const sign = order.descending ? -1 : 1;
    start = rows.findIndex((row) => sign * compareKeys(order.keyOf(row), cursor) > 0);
    if (start < 0) start = rows.length;
  }
  const slice = rows.slice(start, start + first);
  return toPage(slice.map((node) => ({ cursor: encodeCursor(order.name, order.keyOf(node)), node })), {
    hasNextPage: start + first < rows.length, hasPreviousPage: start > 0,
  }, () => rows.length);
}

/** A page from its edges: start and end cursors from the first and last edge. */
export function toPage<T>(edges: Page<T>['edges'], more: { hasNextPage: boolean; hasPreviousPage: boolean }, countTotal: Page<T>['countTotal']): Page<T> {
  return {
    edges,
    pageInfo: { ...more, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal,
  };
}
