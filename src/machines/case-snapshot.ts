import { type SnapshotFrom } from 'xstate';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from './case-lifecycle.machine';
import type { CaseContext } from './case-lifecycle.types';

export type CaseSnapshot = SnapshotFrom<typeof caseLifecycleMachine>;

/** What work_case.snapshot holds: the state value and the context, nothing that depends on code. */
export interface StoredCaseSnapshot {
  value: CaseSnapshot['value'];
  context: CaseContext;
}

/** Machine definition versions this build can read. Older ones are moved by a database migration. */
export const KNOWN_MACHINE_VERSIONS: readonly number[] = [CASE_MACHINE_VERSION];

export class UnknownMachineVersionError extends Error {
  constructor(readonly versions: number[]) {
    super(`Stored case snapshots use machine version(s) ${versions.join(', ')}; this build knows ${KNOWN_MACHINE_VERSIONS.join(', ')}. Run the migration that moves them.`);
  }
}

export const toStored = (snapshot: CaseSnapshot): StoredCaseSnapshot => ({ value: snapshot.value, context: snapshot.context });

/** Rebuilds a snapshot from the database; refuses a machine version this build does not know. */
export function restoreCaseSnapshot(stored: StoredCaseSnapshot, machineVersion: number): CaseSnapshot {
  if (!KNOWN_MACHINE_VERSIONS.includes(machineVersion)) throw new UnknownMachineVersionError([machineVersion]);
  return caseLifecycleMachine.resolveState({ value: stored.value, context: stored.context });
}
