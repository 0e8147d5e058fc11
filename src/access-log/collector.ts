import type { AccessFieldGroup, RecordKey } from './field-groups';

/** One (client or case, group) read, as the insert receives it. */
export interface AccessRead { clientId: string | null; caseId: string | null; group: AccessFieldGroup }

/**
 * The reads of one request, collected while the fields resolve and written once, by the
 * access-log plugin when the response is ready: a caseload page of 50 cases costs one INSERT,
 * not one per case or field. Deduplicated here, so a list that reads the same client's fields
 * 500 times keeps one entry per group.
 */
export class AccessLogCollector {
  private readonly seen = new Set<string>();
  private readonly reads: AccessRead[] = [];

  constructor(private readonly write: (reads: AccessRead[], operationName: string | null) => Promise<unknown>) {}

  record(key: RecordKey, group: AccessFieldGroup): void {
    const id = `${key.clientId ?? ''}|${key.caseId ?? ''}|${group}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.reads.push({ clientId: key.clientId, caseId: key.caseId, group });
  }

  /** Writes the reads collected so far, once: a second flush of the same request writes nothing new. */
  async flush(operationName: string | null): Promise<void> {
    const reads = this.reads.splice(0, this.reads.length);
    if (reads.length > 0) await this.write(reads, operationName);
  }

  get size(): number {
    return this.reads.length;
  }
}
