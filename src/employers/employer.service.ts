import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { centiHoursOf } from '../activities/hours-entry-rules';
import { alaskaDateOf, type PlainDate } from '../dates';
import type { EmployerOutreachEntity, EmployerReimbursementEntity } from '../entities/employer-contract.entity';
import { badInputs, notFound } from '../errors';
import { EmployerRepository, type ContractRow } from '../repositories/employer.repository';
import { WorksiteRepository } from '../repositories/worksite.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import { refuse } from '../worksites/worksite.service';
import { centsOf, contractStartViolations, contractViolations, outreachViolations, reimbursementViolations, type ContractKind, type OutreachKind } from './employer-rules';

export interface ContractRequest {
  caseId: string; employerId: string; kind: ContractKind; startsOn: PlainDate; hourlyWage: number; hoursPerWeek: number;
  reimbursementPercent: number; reimbursementCap: number; submittedOn: PlainDate;
}
export interface ReimbursementRequest { contractId: string; periodStart: PlainDate; periodEnd: PlainDate; amount: number; paidOn?: PlainDate | null }
export interface OutreachRequest { employerId?: string | null; organizationName?: string | null; kind: OutreachKind; heldOn: PlainDate; notes: string }

/**
 * SITE-2: OJT and Job Start contracts negotiated with an employer for a client, and the employer's
 * reimbursements under them (never above the contract's cap); SITE-3: employer outreach.
 */
export class EmployerService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  private today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  async recordContract(user: CurrentUser, request: ContractRequest): Promise<ContractRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    assertRecordId('Employer', request.employerId);
    const hours = centiHoursOf(request.hoursPerWeek, 'hoursPerWeek');
    if (!hours.ok || hours.value < 1) throw badInputs('hoursPerWeek must be more than 0 with at most 2 decimals', [hours.ok ? { field: 'hoursPerWeek', constraint: 'isPositive', message: 'hoursPerWeek must be more than 0' } : hours.violation]);
    return writeTransaction(this.dataSource, async (m) => {
      const kase = await lockCaseForWrite(m, user, request.caseId);
      const [employer] = await new WorksiteRepository(m).employersByIds([request.employerId]);
      if (!employer) throw notFound('Employer', request.employerId);
      AccessPolicy.assertCanReadOffice(user, employer.officeId);
      const wageCents = centsOf(request.hourlyWage);
      const capCents = centsOf(request.reimbursementCap);
      refuse('contract', [
        ...contractViolations({ ...request, wageCents, capCents }, { referralDate: kase.referralDate, today: this.today() }), ...contractStartViolations(request),
      ]);
      return new EmployerRepository(m).insertContract({
        caseId: kase.id, employerId: employer.id, kind: request.kind, startsOn: request.startsOn, wageCentsPerHour: wageCents!,
        centiHoursPerWeek: hours.value, reimbursementPercent: request.reimbursementPercent, capCents: String(capCents),
        submittedOn: request.submittedOn, recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  /** A reimbursement: the contract's case is locked first, so two claims on one contract total in turn. */
  async recordReimbursement(user: CurrentUser, request: ReimbursementRequest): Promise<EmployerReimbursementEntity> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    assertRecordId('Employer contract', request.contractId);
    return writeTransaction(this.dataSource, async (m) => {
      const contracts = new EmployerRepository(m);
      const found = await contracts.contractById(request.contractId);
      if (!found) throw notFound('Employer contract', request.contractId);
      await lockCaseForWrite(m, user, found.caseId);
      const contract = (await contracts.contractById(found.id))!;
      const amountCents = centsOf(request.amount);
      const paidOn = request.paidOn ?? null;
      refuse('reimbursement', reimbursementViolations(
        { periodStart: request.periodStart, periodEnd: request.periodEnd, amountCents, paidOn },
        { startsOn: contract.startsOn, capCents: Number(contract.capCents) }, Number(contract.reimbursedCents), this.today(),
      ));
      return contracts.insertReimbursement({
        contractId: contract.id, periodStart: request.periodStart, periodEnd: request.periodEnd, amountCents: String(amountCents),
        paidOn, recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  async recordOutreach(user: CurrentUser, request: OutreachRequest): Promise<EmployerOutreachEntity> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    const employerId = request.employerId ?? null;
    const organizationName = request.organizationName?.trim() || null;
    refuse('outreach', outreachViolations({ employerId, organizationName, heldOn: request.heldOn }, this.today()));
    return writeTransaction(this.dataSource, async (m) => {
      if (employerId) {
        assertRecordId('Employer', employerId);
        const [employer] = await new WorksiteRepository(m).employersByIds([employerId]);
        if (!employer) throw notFound('Employer', employerId);
        AccessPolicy.assertCanActOnOfficeRecord(user, employer.officeId);
      }
      return new EmployerRepository(m).insertOutreach({
        officeId: user.officeId, employerId, organizationName, kind: request.kind, heldOn: request.heldOn, notes: request.notes.trim(),
        recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  /** The office's outreach, newest first: the user's own office, or (WSTA) the one asked for. */
  outreach(user: CurrentUser, officeId?: string | null): Promise<EmployerOutreachEntity[]> {
    AccessPolicy.assertMay(user, 'readWorksites');
    return new EmployerRepository(this.dataSource.manager).outreachOfOffice(AccessPolicy.officeScope(user, officeId) ?? user.officeId);
  }

  repository(): EmployerRepository {
    return new EmployerRepository(this.dataSource.manager);
  }
}
