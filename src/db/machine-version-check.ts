import type { DataSource } from 'typeorm';
import { KNOWN_MACHINE_VERSIONS, UnknownMachineVersionError } from '../machines/case-snapshot';
import { CaseRepository } from '../repositories/case.repository';

/** Start-up refuses stored snapshots whose machine version this build does not know. */
export async function assertKnownMachineVersions(dataSource: DataSource): Promise<void> {
  const versions = await new CaseRepository(dataSource.manager).machineVersions();
  const unknown = versions.filter((v) => !KNOWN_MACHINE_VERSIONS.includes(v));
  if (unknown.length) throw new UnknownMachineVersionError(unknown);
}
