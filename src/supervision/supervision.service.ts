import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInput, notFound } from '../errors';
import { pendingApprovalCounts } from '../repositories/approval.repository';
import { qaRates } from '../repositories/file-review.repository';
import { SupervisionRepository, type CaseManagerFiguresRow, type OfficeFiguresRow } from '../repositories/supervision.repository';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { OPEN_CASE_PHASES } from './reassignment-rules';
import { qaPeriod, QA_TARGET, supervisionView, type SupervisionView } from './supervision-rules';

/** A case manager of the view, as the Staff type reads it, and whether the account is still active. */
export type SupervisedStaff = Omit<CaseManagerFiguresRow, 'openCases' | 'overdueByRule'>;

export interface OfficeSupervision extends SupervisionView<SupervisedStaff> {
  officeRecord: OfficeFiguresRow['office'];
  /** The Alaska day "overdue" is decided against (the injected clock's). */
  asOf: PlainDate;
  qaTarget: number;
  qaFrom: PlainDate;
  qaTo: PlainDate;
}

export interface SupervisionRequest { officeId?: string | null; qaFrom?: PlainDate | null; qaTo?: PlainDate | null }

/**
 * A supervisor's view of an office (issue 13 item 6): per case manager and for the office, open
 * cases, overdue obligations by rule, pending approvals (the approvals queue) and the QA rate of
 * the file reviews (MGT-3). Three statements whatever the number of case managers and cases:
 * the office's caseloads and overdue obligations, its pending approvals, its QA rates.
 */
export class SupervisionService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  async office(user: CurrentUser, request: SupervisionRequest): Promise<OfficeSupervision> {
    AccessPolicy.assertMay(user, 'superviseOffice', 'The supervision view is for SUPERVISOR, MANAGER and WSTA');
    const id = request.officeId ?? (user.role === 'WSTA' ? null : user.officeId);
    if (!id) throw badInput('WSTA reads every office: name the office', 'officeId', 'isNotEmpty');
    assertRecordId('Office', id);
    AccessPolicy.assertCanReadOffice(user, id);
    const today = alaskaDateOf(this.clock.now());
    const period = qaPeriod(today, request.qaFrom, request.qaTo);
    if ('field' in period) throw badInput(period.message, period.field, period.constraint);
    const m = this.dataSource.manager;
    const [row, approvals, qa] = await Promise.all([
      new SupervisionRepository(m).officeFigures(id, today, OPEN_CASE_PHASES),
      pendingApprovalCounts(m, id),
      qaRates(m, id, period.from, period.to),
    ]);
    if (!row) throw notFound('Office', id);
    const counts = row.caseManagers.map(({ openCases, overdueByRule, ...staff }) => ({ staff, openCases, overdueByRule }));
    return {
      officeRecord: row.office, asOf: today, qaTarget: QA_TARGET, qaFrom: period.from, qaTo: period.to,
      ...supervisionView(counts, approvals, qa.staff),
    };
  }
}
