import { createHash } from 'node:crypto';

/**
 * JSON with every object's keys sorted, so the same arguments give the same text whatever order
 * the client wrote them in. Dates become their ISO instant (as JSON.stringify writes them);
 * `undefined` members are left out, as JSON leaves them out.
 *
 * @example
 * canonicalJson({ b: 1, a: { d: [2, 1], c: null } }) // '{"a":{"c":null,"d":[2,1]},"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member);
    }
    return sorted;
  }
  return value;
}

/**
 * The SHA-256 (hex) of a mutation's arguments as canonical JSON: what a retry must repeat exactly.
 *
 * @example
 * inputHash({ input: { caseId: 'c1', clientMutationId: 'k1' } }) === inputHash({ input: { clientMutationId: 'k1', caseId: 'c1' } }) // true
 * inputHash({ input: { caseId: 'c1' } }) === inputHash({ input: { caseId: 'c1', note: null } }) // true
 */
export function inputHash(args: unknown): string {
  return createHash('sha256').update(canonicalJson(withoutNullMembers(args))).digest('hex');
}

/**
 * GraphQL treats an optional input field sent as null like one left out; a client's serializer may
 * add the nulls on a retry, so they do not make the input different.
 */
function withoutNullMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullMembers);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNullMembers(v)]));
  }
  return value;
}

/** How a Date is kept inside a stored response, so a replay gets a Date back and not a string. */
const DATE_TAG = '$date';

/**
 * A write's result as JSON that `decodeStoredResponse` turns back into the same value: Dates are
 * tagged (`{ "$date": "2026-11-02T18:00:00.000Z" }`), everything else is plain JSON. Strings that
 * merely look like instants (inside a case snapshot, say) stay strings.
 *
 * @example
 * decodeStoredResponse(encodeStoredResponse({ at: new Date(0) })) // { at: Date(1970-01-01T00:00:00.000Z) }
 */
export function encodeStoredResponse(value: unknown): unknown {
  if (value === undefined) return null;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, member: unknown) {
    // JSON.stringify has already called Date#toJSON on `member`; the holder still has the Date.
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toISOString() } : member;
  });
  return JSON.parse(text) as unknown;
}

/** The value `encodeStoredResponse` stored, with its Dates revived. */
export function decodeStoredResponse(stored: unknown): unknown {
  if (Array.isArray(stored)) return stored.map(decodeStoredResponse);
  if (stored && typeof stored === 'object') {
    const entries = Object.entries(stored as Record<string, unknown>);
    if (entries.length === 1 && entries[0][0] === DATE_TAG && typeof entries[0][1] === 'string') return new Date(entries[0][1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, decodeStoredResponse(v)]));
  }
  return stored;
}
