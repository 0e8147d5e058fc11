import type { EntityManager } from 'typeorm';
import type { DocumentationOnFile } from '../machines/documentation-rules';
import { selectRows } from './sql';

interface LatestNoteRow { caseId: string; kind: string; latest: string }

/**
 * The notes on file that documented transitions wait for (EA-2, PEN-1, PEN-4, NOTE-3): the latest Alaska
 * date of each note subject and category per case, in one statement for any number of cases.
 * The date is the Alaska date the note was entered, not a date typed on it.
 */
export class DocumentationRepository {
  constructor(private readonly db: EntityManager) {}

  async onFile(caseIds: readonly string[]): Promise<Map<string, DocumentationOnFile>> {
    const rows = await selectRows<LatestNoteRow>(this.db, `
      SELECT case_id AS "caseId", 'client_note:' || subject AS kind, max((entered_at AT TIME ZONE 'America/Anchorage')::date)::text AS latest
        FROM client_note WHERE case_id = ANY($1) GROUP BY case_id, subject
      UNION ALL
      SELECT case_id, 'case_note:' || category, max((entered_at AT TIME ZONE 'America/Anchorage')::date)::text
        FROM case_note WHERE case_id = ANY($1) GROUP BY case_id, category`, [caseIds]);
    const byCase = new Map<string, Map<string, string>>(caseIds.map((id) => [id, new Map()]));
    for (const row of rows) byCase.get(row.caseId)?.set(row.kind, row.latest);
    return byCase;
  }

  async onFileFor(caseId: string): Promise<DocumentationOnFile> {
    return (await this.onFile([caseId])).get(caseId) ?? new Map();
  }
}
