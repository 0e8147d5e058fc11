import { isUUID } from 'class-validator';
import { notFound } from '../errors';

/** An id that is not a UUID cannot name a record: answer NOT_FOUND instead of letting PostgreSQL fail. */
export function assertRecordId(what: string, id: string): void {
  if (!isUUID(id)) throw notFound(what, id);
}
