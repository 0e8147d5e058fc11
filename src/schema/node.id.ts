import { isUUID } from 'class-validator';
import { SEQUENCE_NODE_TYPES, type SequenceNodeType } from './node.type';

/**
 * Global ids. Most tables are keyed by random UUIDs, unique across tables, so their id is the
 * global id as it always was. Obligations, notices, alerts and history entries are keyed by bigint
 * sequences, which repeat across tables: their id is `base64url("Type:123")`.
 *
 * @example
 * toGlobalId('EligibilityNotice', '42') // 'RWxpZ2liaWxpdHlOb3RpY2U6NDI'
 */
export function toGlobalId(type: SequenceNodeType, rawId: string): string {
  return Buffer.from(`${type}:${rawId}`).toString('base64url');
}

export type ParsedGlobalId = { kind: 'uuid'; id: string } | { kind: 'sequence'; type: SequenceNodeType; id: string };

/**
 * What a global id names: a UUID, or a sequence type and its row id; null when it is neither.
 *
 * @example
 * parseGlobalId(toGlobalId('Obligation', '7')) // { kind: 'sequence', type: 'Obligation', id: '7' }
 */
export function parseGlobalId(id: string): ParsedGlobalId | null {
  if (isUUID(id)) return { kind: 'uuid', id: id.toLowerCase() };
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(id)) return null;
  const [type, raw, ...rest] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (rest.length || !raw || !/^\d{1,18}$/.test(raw) || !(SEQUENCE_NODE_TYPES as readonly string[]).includes(type)) return null;
  return { kind: 'sequence', type: type as SequenceNodeType, id: raw };
}

/**
 * The row id of a sequence-keyed record from its global id; the bare number is still taken, so
 * clients that stored ids before global ids keep working. Null for anything else.
 *
 * @example
 * rowIdOf('EligibilityNotice', toGlobalId('EligibilityNotice', '42')) // '42'
 * rowIdOf('EligibilityNotice', '42') // '42'
 */
export function rowIdOf(type: SequenceNodeType, id: string): string | null {
  if (/^\d{1,18}$/.test(id)) return id;
  const parsed = parseGlobalId(id);
  return parsed?.kind === 'sequence' && parsed.type === type ? parsed.id : null;
}
