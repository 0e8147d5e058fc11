import type { DataSource } from 'typeorm';
import { KNOWN_MACHINE_VERSIONS, UnknownMachineVersionError } from '../machines/case-snapshot';

/** Start-up refuses stored snapshots whose machine version this build does not know. */
export async function assertKnownMachineVersions(dataSource: DataSource): Promise<void> {
  const rows: Array<{ machine_version: number }> = await dataSource.query('SELECT DISTINCT machine_version FROM work_case');
  const unknown = rows.map((r) => r.machine_version).filter((v) => !KNOWN_MACHINE_VERSIONS.includes(v));
  if (unknown.length) throw new UnknownMachineVersionError(unknown);
}
