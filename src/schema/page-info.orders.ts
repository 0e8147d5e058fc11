import { isUUID } from 'class-validator';
import { isMonth, isPlainDate } from '../dates';
import type { CaseHistoryEntity, CaseNoteEntity, ClientNoteEntity } from '../entities';
import type { CaseAlertRow } from '../repositories/note.repository';
import type { ObligationRow } from '../repositories/obligation.repository';
import type { ActivityAssignmentView, HoursEntryView } from '../services/activity.service';
import type { ListOrder } from './page-info.cursor';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?Z$/;
/** A cursor's instant: a real day in the supported range and a real time (PostgreSQL refuses 2026-02-30 or 25:00 with an error). */
export const isInstant = (v: unknown) => typeof v === 'string' && isPlainDate(INSTANT.exec(v)?.[1] ?? '');
/** A bigint row id as decimal text, 1 up to PostgreSQL's bigint maximum (a larger one fails the statement). */
export const isRowIdText = (v: unknown) => typeof v === 'string' && /^[1-9]\d{0,18}$/.test(v) && BigInt(v) <= 9223372036854775807n;
const isUuid = (v: unknown) => typeof v === 'string' && isUUID(v);
const isDate = (v: unknown) => typeof v === 'string' && isPlainDate(v);
const isRowNumber = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const iso = (d: Date) => d.toISOString();

/**
 * How each list of a case is ordered, which is also its keyset cursor: the cursor holds the sort
 * key of its entry, so it stays valid while entries are added (the same order the statements use).
 */
export const CASE_LIST_ORDERS = {
  history: { name: 'CaseHistoryEntry', keyOf: (h) => [h.version], valid: [isRowNumber] } satisfies ListOrder<CaseHistoryEntity>,
  clientNotes: { name: 'ClientNote', keyOf: (n) => [iso(n.enteredAt), n.id], valid: [isInstant, isUuid] } satisfies ListOrder<ClientNoteEntity>,
  caseNotes: { name: 'CaseNote', keyOf: (n) => [iso(n.enteredAt), n.id], valid: [isInstant, isUuid] } satisfies ListOrder<CaseNoteEntity>,
  alerts: { name: 'CaseAlert', keyOf: (a) => [a.cursorAt, Number(a.id)], valid: [isInstant, isRowNumber], descending: true } satisfies ListOrder<CaseAlertRow>,
  obligations: { name: 'Obligation', keyOf: (o) => [o.dueDate, Number(o.id)], valid: [isDate, isRowNumber] } satisfies ListOrder<ObligationRow>,
  activities: {
    name: 'ActivityAssignment', keyOf: (a) => [a.startDate, iso(a.assignedAt), a.id], valid: [isDate, isInstant, isUuid],
  } satisfies ListOrder<ActivityAssignmentView>,
  hoursEntries: {
    name: 'HoursEntry', keyOf: (e) => [e.month, e.weekStart, iso(e.enteredAt), e.id], valid: [(v) => typeof v === 'string' && isMonth(v), isDate, isInstant, isUuid],
  } satisfies ListOrder<HoursEntryView>,
};

/** Top-level lists paged in SQL: their cursor validators (the keys are the statement's ORDER BY). */
export const TOP_LEVEL_CURSORS = {
  eligibilityNotices: { name: 'EligibilityNotice', valid: [isInstant, isRowNumber] },
  caseAlerts: { name: 'CaseAlerts', valid: [isInstant, isRowNumber] },
  /** The change feed: the writing transaction's id, then the row's position (both bigint as text). */
  changes: { name: 'ChangeEvent', valid: [isRowIdText, isRowIdText] },
} as const;
