import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { DocumentationOnFile } from '../machines/documentation-rules';
import { CaseRepository } from '../repositories/case.repository';
import { ClientRepository } from '../repositories/client.repository';
import { DocumentationRepository } from '../repositories/documentation.repository';
import { StaffRepository } from '../repositories/staff.repository';
import type { CaseHistoryEntity, ClientEntity, HouseholdMemberEntity, OfficeEntity, StaffEntity } from '../entities';

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
  const staff = new StaffRepository(m);
  const clients = new ClientRepository(m);
  return {
    officeById: new DataLoader<string, OfficeEntity | null>(async (ids) =>
      byKey(ids, await staff.officesByIds(ids), (r) => r.id)),
    staffById: new DataLoader<string, StaffEntity | null>(async (ids) =>
      byKey(ids, await staff.byIds(ids), (r) => r.id)),
    clientById: new DataLoader<string, ClientEntity | null>(async (ids) =>
      byKey(ids, await clients.byIds(ids), (r) => r.id)),
    householdByClientId: new DataLoader<string, HouseholdMemberEntity[]>(async (ids) =>
      groupByKey(ids, await clients.householdsOf(ids), (r) => r.clientId)),
    /** Latest note date per documentation kind, for the documented transitions in Case.actions. */
    documentationByCaseId: new DataLoader<string, DocumentationOnFile>(async (ids) => {
      const onFile = await new DocumentationRepository(m).onFile(ids);
      return ids.map((id) => onFile.get(id) ?? new Map());
    }),
    historyByCaseId: new DataLoader<string, CaseHistoryEntity[]>(async (ids) =>
      groupByKey(ids, await new CaseRepository(m).historyOf(ids), (r) => r.caseId)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
