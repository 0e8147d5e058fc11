import type { EntityManager } from 'typeorm';
import { EmployerContractEntity, EmployerOutreachEntity, EmployerReimbursementEntity } from '../entities/employer-contract.entity';
import { entityColumns, selectRow, selectRows } from './sql';

/** A contract with the total of its reimbursements so far (cents, as text: bigint). */
export type ContractRow = EmployerContractEntity & { reimbursedCents: string; officeId: string };

/** SITE-2 contracts and reimbursements, SITE-3 outreach. Append-only: inserts and reads. */
export class EmployerRepository {
  constructor(private readonly db: EntityManager) {}

  private contracts(where: string): string {
    return `SELECT ${entityColumns(this.db, EmployerContractEntity, 'k')}, c.office_id AS "officeId",
        coalesce((SELECT sum(r.amount_cents) FROM employer_reimbursement r WHERE r.contract_id = k.id), 0)::text AS "reimbursedCents"
      FROM employer_contract k JOIN work_case c ON c.id = k.case_id WHERE ${where}`;
  }

  async insertContract(row: Omit<EmployerContractEntity, 'id'>): Promise<ContractRow> {
    const id = (await this.db.insert(EmployerContractEntity, row)).identifiers[0]?.id as string;
    return (await this.contractsByIds([id]))[0];
  }

  contractsByIds(ids: readonly string[]): Promise<ContractRow[]> {
    return selectRows<ContractRow>(this.db, this.contracts('k.id = ANY($1::uuid[])'), [ids]);
  }

  /** One contract with its total so far; a reimbursement reads it after locking the contract's case (so totals are serial). */
  contractById(id: string): Promise<ContractRow | null> {
    return selectRow<ContractRow>(this.db, this.contracts('k.id = $1'), [id]);
  }

  contractsOfCases(caseIds: readonly string[]): Promise<ContractRow[]> {
    return selectRows<ContractRow>(this.db, `${this.contracts('k.case_id = ANY($1::uuid[])')} ORDER BY k.starts_on, k.recorded_at, k.id`, [caseIds]);
  }

  async insertReimbursement(row: Omit<EmployerReimbursementEntity, 'id'>): Promise<EmployerReimbursementEntity> {
    const id = (await this.db.insert(EmployerReimbursementEntity, row)).identifiers[0]?.id as string;
    return { ...row, id };
  }

  reimbursementsOf(contractIds: readonly string[]): Promise<EmployerReimbursementEntity[]> {
    return selectRows<EmployerReimbursementEntity>(this.db, `SELECT ${entityColumns(this.db, EmployerReimbursementEntity, 'r')}
      FROM employer_reimbursement r WHERE r.contract_id = ANY($1::uuid[]) ORDER BY r.period_start, r.recorded_at, r.id`, [contractIds]);
  }

  reimbursementById(id: string): Promise<(EmployerReimbursementEntity & { officeId: string }) | null> {
    return selectRow<EmployerReimbursementEntity & { officeId: string }>(this.db, `SELECT ${entityColumns(this.db, EmployerReimbursementEntity, 'r')}, c.office_id AS "officeId"
      FROM employer_reimbursement r JOIN employer_contract k ON k.id = r.contract_id JOIN work_case c ON c.id = k.case_id WHERE r.id = $1`, [id]);
  }

  outreachById(id: string): Promise<EmployerOutreachEntity | null> {
    return selectRow<EmployerOutreachEntity>(this.db, `SELECT ${entityColumns(this.db, EmployerOutreachEntity, 'o')} FROM employer_outreach o WHERE o.id = $1`, [id]);
  }

  async insertOutreach(row: Omit<EmployerOutreachEntity, 'id'>): Promise<EmployerOutreachEntity> {
    const id = (await this.db.insert(EmployerOutreachEntity, row)).identifiers[0]?.id as string;
    return { ...row, id };
  }

  outreachOfOffice(officeId: string): Promise<EmployerOutreachEntity[]> {
    return selectRows<EmployerOutreachEntity>(this.db, `SELECT ${entityColumns(this.db, EmployerOutreachEntity, 'o')}
      FROM employer_outreach o WHERE o.office_id = $1 ORDER BY o.held_on DESC, o.recorded_at DESC, o.id DESC`, [officeId]);
  }
}
