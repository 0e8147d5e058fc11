import type { ChangeEventEntity } from '../entities/change-event.entity';
import type { ChangeEventType } from '../schema/change-event.type';
import { encodeCursor } from '../schema/page-info.cursor';
import { TOP_LEVEL_CURSORS } from '../schema/page-info.orders';

const { name } = TOP_LEVEL_CURSORS.changes;

/** A feed row as the API shows it; its position is its cursor, so an entry alone says where to resume. */
export function changeEventOf(row: ChangeEventEntity): ChangeEventType {
  const payload = row.payload as { stateAfter?: string; penalty?: unknown };
  return {
    position: encodeCursor(name, [row.txId, row.position]), occurredAt: row.occurredAt, topics: row.topics as ChangeEventType['topics'],
    caseEvent: row.subjectType === 'Case' ? (row.event as ChangeEventType['caseEvent']) : null,
    complaintEvent: row.subjectType === 'Complaint' ? row.event : null, subjectType: row.subjectType as ChangeEventType['subjectType'], subjectId: row.subjectId, officeId: row.officeId,
    caseId: row.caseId, caseVersion: row.caseVersion, ruleId: row.ruleId, state: payload.stateAfter ?? null, penalty: payload.penalty ?? null,
  };
}
