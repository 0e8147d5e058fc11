import type { EntityManager } from 'typeorm';
import { CaseVisitEntity, ContactLogEntity, ContactResponseEntity } from '../entities';
import { entityColumns, selectRows } from './sql';

/** A logged contact with its response, if any (ENG-7). */
export type ContactRow = ContactLogEntity & { response: ContactResponseEntity | null };

/** JSON-aggregated timestamps arrive as text: back to Dates. */
function hydrate(row: ContactRow): ContactRow {
  const r = row.response;
  return { ...row, response: r ? { ...r, respondedAt: new Date(r.respondedAt), recordedAt: new Date(r.recordedAt) } : null };
}

/** The contact log, its responses (ENG-7) and visits (ENG-8); all append-only. */
export class ContactRepository {
  constructor(private readonly db: EntityManager) {}

  private select(where: string): string {
    return `SELECT ${entityColumns(this.db, ContactLogEntity, 'c')},
        (SELECT row_to_json(x) FROM (SELECT ${entityColumns(this.db, ContactResponseEntity, 'y')} FROM contact_response y WHERE y.contact_id = c.id) x) AS response
      FROM contact_log c WHERE ${where}`;
  }

  async add(contact: Omit<ContactLogEntity, 'id'>): Promise<ContactRow> {
    const id = (await this.db.insert(ContactLogEntity, contact)).identifiers[0]?.id as string;
    return (await this.byIds([id]))[0];
  }

  async addResponse(response: ContactResponseEntity): Promise<ContactRow> {
    await this.db.insert(ContactResponseEntity, response);
    return (await this.byIds([response.contactId]))[0];
  }

  async byIds(ids: readonly string[]): Promise<ContactRow[]> {
    return (await selectRows<ContactRow>(this.db, this.select('c.id = ANY($1::uuid[])'), [ids])).map(hydrate);
  }

  /** The contacts of several cases, oldest first, in one statement. */
  async ofCases(caseIds: readonly string[]): Promise<ContactRow[]> {
    return (await selectRows<ContactRow>(this.db, `${this.select('c.case_id = ANY($1::uuid[])')} ORDER BY c.received_at, c.id`, [caseIds])).map(hydrate);
  }

  async addVisit(visit: Omit<CaseVisitEntity, 'id'>): Promise<CaseVisitEntity> {
    const id = (await this.db.insert(CaseVisitEntity, visit)).identifiers[0]?.id as string;
    return (await this.visitsWhere('v.id = $1', [id]))[0];
  }

  /** The visits of several cases, oldest first, in one statement. */
  visitsOfCases(caseIds: readonly string[]): Promise<CaseVisitEntity[]> {
    return this.visitsWhere('v.case_id = ANY($1::uuid[]) ORDER BY v.visited_on, v.recorded_at, v.id', [caseIds]);
  }

  async visitById(id: string): Promise<CaseVisitEntity | null> {
    return (await this.visitsWhere('v.id = $1', [id]))[0] ?? null;
  }

  private visitsWhere(where: string, params: unknown[]): Promise<CaseVisitEntity[]> {
    return selectRows<CaseVisitEntity>(this.db, `SELECT ${entityColumns(this.db, CaseVisitEntity, 'v')} FROM case_visit v WHERE ${where}`, params);
  }
}
