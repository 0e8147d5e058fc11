import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { DocumentationOnFile } from '../machines/documentation-rules';
import { CaseRepository } from '../repositories/case.repository';
import { ClientRepository } from '../repositories/client.repository';
import { DocumentationRepository } from '../repositories/documentation.repository';
import { NodeRepository } from '../repositories/node.repository';
import { NoteRepository, type CaseAlertRow } from '../repositories/note.repository';
import { ObligationRepository, type ObligationRow } from '../repositories/obligation.repository';
import { StaffRepository } from '../repositories/staff.repository';
import type { UuidNodeType } from '../schema/node.type';
import type {
  CaseEntity, CaseHistoryEntity, CaseNoteEntity, ClientEntity, ClientNoteEntity, HouseholdMemberEntity, OfficeEntity, StaffEntity,
} from '../entities';
import type { ActivityAssignmentView, HoursEntryView } from './activity.service';
import type { Services } from './index';

/** Rows in the order of the keys DataLoader asked for (missing ones as null). */
function byKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Rows grouped by key, each group in the order the statement returned them. */
function groupByKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

const byId = <T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => byKey(ids, await load(ids), (r) => r.id));
const byCase = <T extends { caseId: string }>(load: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T[]>(async (ids) => groupByKey(ids, await load(ids), (r) => r.caseId));

/**
 * Per-request batch loaders: every nested field of a page of cases (client, household, case
 * manager, obligations, notes, alerts, history, activities, hours, the notes actions wait for)
 * loads in one statement per field, whatever the page size; `node(id)` and the `case` fields of
 * obligations, notices and alerts load through the same loaders.
 */
export function createLoaders(dataSource: DataSource, services: Pick<Services, 'obligations' | 'activities' | 'eligibilityNotices'>) {
  const m = dataSource.manager;
  const staff = new StaffRepository(m);
  const clients = new ClientRepository(m);
  const cases = new CaseRepository(m);
  const notes = new NoteRepository(m);
  const obligations = new ObligationRepository(m);
  const entriesByOptions = new Map<string, DataLoader<string, HoursEntryView[]>>();
  return {
    caseById: byId<CaseEntity>((ids) => cases.byIds(ids)),
    officeById: byId<OfficeEntity>((ids) => staff.officesByIds(ids)),
    staffById: byId<StaffEntity>((ids) => staff.byIds(ids)),
    clientById: byId<ClientEntity>((ids) => clients.byIds(ids)),
    householdMemberById: byId<HouseholdMemberEntity>((ids) => clients.householdMembersByIds(ids)),
    householdByClientId: new DataLoader<string, HouseholdMemberEntity[]>(async (ids) =>
      groupByKey(ids, await clients.householdsOf(ids), (r) => r.clientId)),
    /** Latest note date per documentation kind, for the documented transitions in Case.actions. */
    documentationByCaseId: new DataLoader<string, DocumentationOnFile>(async (ids) => {
      const onFile = await new DocumentationRepository(m).onFile(ids);
      return ids.map((id) => onFile.get(id) ?? new Map());
    }),
    historyByCaseId: byCase<CaseHistoryEntity>((ids) => cases.historyOf(ids)),
    historyById: byId<CaseHistoryEntity>((ids) => cases.historyByIds(ids)),
    clientNotesByCaseId: byCase<ClientNoteEntity>((ids) => notes.clientNotesOf(ids)),
    clientNoteById: byId<ClientNoteEntity>((ids) => notes.clientNotesByIds(ids)),
    caseNotesByCaseId: byCase<CaseNoteEntity>((ids) => notes.caseNotesOf(ids)),
    caseNoteById: byId<CaseNoteEntity>((ids) => notes.caseNotesByIds(ids)),
    alertsByCaseId: byCase<CaseAlertRow>((ids) => notes.alertsOf(ids)),
    alertById: byId<CaseAlertRow>((ids) => notes.alertsByIds(ids)),
    obligationsByCaseId: byCase<ObligationRow>((ids) => obligations.forCases(services.obligations.today(), ids)),
    obligationById: byId<ObligationRow>((ids) => obligations.byIds(services.obligations.today(), ids)),
    noticeById: byId((ids) => services.eligibilityNotices.byIds(ids)),
    assignmentsByCaseId: byCase<ActivityAssignmentView>(async (ids) => (await services.activities.assignmentsByCase(ids)).flat()),
    assignmentById: byId<ActivityAssignmentView>((ids) => services.activities.assignmentsByIds(ids)),
    hoursEntryById: byId<HoursEntryView>((ids) => services.activities.entriesByIds(ids)),
    /** Hours entries of assignments, one loader per (month, includeSuperseded) asked for in the request. */
    entriesByAssignmentId(month: string | null, includeSuperseded: boolean): DataLoader<string, HoursEntryView[]> {
      const key = `${month ?? '*'}|${includeSuperseded}`;
      let loader = entriesByOptions.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => services.activities.entriesByAssignment(ids, { month, includeSuperseded }));
        entriesByOptions.set(key, loader);
      }
      return loader;
    },
    /** Which UUID-keyed table each id is a row of (node lookups). */
    nodeTypeById: new DataLoader<string, UuidNodeType | null>(async (ids) =>
      byKey(ids, await new NodeRepository(m).typesOf(ids), (r) => r.id).map((r) => r?.type ?? null)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
