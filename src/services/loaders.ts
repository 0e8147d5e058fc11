import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LATEST_DOCUMENTATION_SQL } from './documentation-rules';
import { CaseHistoryEntity, ClientEntity, HouseholdMemberEntity, OfficeEntity, StaffEntity } from '../entities';

/** Rows in the order of the keys DataLoader asked for (missing ones as null). */
function byKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

function groupByKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Per-request batch loaders: a page of cases loads its clients, households and case managers in
 * one statement each, whatever the page size.
 */
export function createLoaders(dataSource: DataSource) {
  const m = dataSource.manager;
  return {
    officeById: new DataLoader<string, OfficeEntity | null>(async (ids) =>
      byKey(ids, await m.findBy(OfficeEntity, { id: In([...ids]) }), (r) => r.id)),
    staffById: new DataLoader<string, StaffEntity | null>(async (ids) =>
      byKey(ids, await m.findBy(StaffEntity, { id: In([...ids]) }), (r) => r.id)),
    clientById: new DataLoader<string, ClientEntity | null>(async (ids) =>
      byKey(ids, await m.findBy(ClientEntity, { id: In([...ids]) }), (r) => r.id)),
    householdByClientId: new DataLoader<string, HouseholdMemberEntity[]>(async (ids) =>
      groupByKey(ids, await m.find(HouseholdMemberEntity, { where: { clientId: In([...ids]) }, order: { dateOfBirth: 'ASC' } }), (r) => r.clientId)),
    /** Latest note date per documentation kind, for the documented transitions in Case.actions. */
    documentationByCaseId: new DataLoader<string, Map<string, string>>(async (ids) => {
      const rows: Array<{ caseId: string; kind: string; latest: string }> = await m.query(LATEST_DOCUMENTATION_SQL, [[...ids]]);
      return groupByKey(ids, rows, (r) => r.caseId).map((group) => new Map(group.map((r) => [r.kind, r.latest])));
    }),
    historyByCaseId: new DataLoader<string, CaseHistoryEntity[]>(async (ids) =>
      groupByKey(ids, await m.find(CaseHistoryEntity, { where: { caseId: In([...ids]) }, order: { version: 'ASC' } }), (r) => r.caseId)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
