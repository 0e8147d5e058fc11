import type { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { CurrentUser } from '../auth/current-user';
import { centiHoursOf } from '../activities/hours-entry-rules';
import type { RuleViolation } from '../activities/rule-violation';
import { alaskaDateOf, type PlainDate } from '../dates';
import { badInputs, notFound } from '../errors';
import { ActivityRepository } from '../repositories/activity.repository';
import { WorksiteRepository, type EmployerRow, type WorksiteRow, type PlacementRow, type PositionRow, type ProgressNoteRow, type SiteAgreementRow } from '../repositories/worksite.repository';
import { lockCaseForWrite } from '../services/case-for-write';
import type { Clock } from '../services/clock';
import { assertRecordId } from '../services/ids';
import { writeTransaction } from '../services/transaction';
import {
  agreementSignatureViolations, blankTextViolations, placementEndViolations, placementViolations, positionViolations, progressNoteViolations,
  siteAgreementViolations, type WorksiteKind,
} from './worksite-rules';

export interface ContactFacts { name: string; address: string; phone: string; contactName: string }
export interface PositionRequest { title: string; hoursPerWeek: number; skills: string[]; slots: number; active?: boolean | null }
export interface PlacementRequest { caseId: string; positionId: string; assignmentId: string; startsOn: PlainDate; hoursPerWeek: number; supervisorName: string }

export function refuse(what: string, violations: readonly RuleViolation[]): void {
  if (violations.length > 0) throw badInputs(`Invalid ${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

function centi(hours: number, field: string): number {
  const result = centiHoursOf(hours, field);
  if (!result.ok) throw badInputs(result.violation.message, [result.violation]);
  return result.value;
}

/**
 * SITE-1 / TRK-5: the office's CWE/BWE worksites and their positions, site agreements, and
 * placements of clients (each the site of the client's WORK_EXPERIENCE assignment), with progress
 * monitored. Office records are written by the office's case managers and supervisors.
 */
export class WorksiteService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  private today(): PlainDate {
    return alaskaDateOf(this.clock.now());
  }

  /** The worksite, checked: it exists and belongs to the user's office (a write on it). */
  private async worksiteForWrite(repo: WorksiteRepository, user: CurrentUser, worksiteId: string): Promise<WorksiteRow> {
    assertRecordId('Worksite', worksiteId);
    const [site] = await repo.worksitesByIds([worksiteId]);
    if (!site) throw notFound('Worksite', worksiteId);
    AccessPolicy.assertCanActOnOfficeRecord(user, site.officeId);
    return site;
  }

  async createEmployer(user: CurrentUser, request: ContactFacts): Promise<EmployerRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    refuseBlankFacts('employer', request);
    return writeTransaction(this.dataSource, (m) => new WorksiteRepository(m).insertEmployer({
      officeId: user.officeId, ...trimmed(request), recordedBy: user.id, recordedAt: this.clock.now(),
    }));
  }

  async createWorksite(user: CurrentUser, request: ContactFacts & { kind: WorksiteKind; employerId?: string | null }): Promise<WorksiteRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    refuseBlankFacts('worksite', request);
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const employerId = request.employerId ?? null;
      if (employerId) {
        assertRecordId('Employer', employerId);
        const [employer] = await repo.employersByIds([employerId]);
        if (!employer) throw notFound('Employer', employerId);
        AccessPolicy.assertCanActOnOfficeRecord(user, employer.officeId);
      }
      return repo.insertWorksite({
        officeId: user.officeId, employerId, kind: request.kind, ...trimmed(request), recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  /** SITE-1: an employer's name or contact facts from now on: its next version (the earlier ones are kept). */
  async changeEmployer(user: CurrentUser, request: ContactFacts & { employerId: string }): Promise<EmployerRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    assertRecordId('Employer', request.employerId);
    refuseBlankFacts('employer', request);
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      await repo.lockRecord(`employer:${request.employerId}`);
      const [employer] = await repo.employersByIds([request.employerId]);
      if (!employer) throw notFound('Employer', request.employerId);
      AccessPolicy.assertCanActOnOfficeRecord(user, employer.officeId);
      await repo.addEmployerVersion({ employerId: employer.id, number: employer.number + 1, ...trimmed(request), recordedBy: user.id, recordedAt: this.clock.now() });
      return (await repo.employersByIds([employer.id]))[0];
    });
  }

  /** SITE-1: a worksite's name or contact facts from now on: its next version. */
  async changeWorksite(user: CurrentUser, request: ContactFacts & { worksiteId: string }): Promise<WorksiteRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    refuseBlankFacts('worksite', request);
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      assertRecordId('Worksite', request.worksiteId);
      await repo.lockRecord(`worksite:${request.worksiteId}`);
      const site = await this.worksiteForWrite(repo, user, request.worksiteId);
      await repo.addWorksiteVersion({ worksiteId: site.id, number: site.number + 1, ...trimmed(request), recordedBy: user.id, recordedAt: this.clock.now() });
      return (await repo.worksitesByIds([site.id]))[0];
    });
  }

  async addPosition(user: CurrentUser, request: PositionRequest & { worksiteId: string }): Promise<PositionRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    const facts = { title: request.title.trim(), centiHoursPerWeek: centi(request.hoursPerWeek, 'hoursPerWeek'), skills: request.skills.map((s) => s.trim()), slots: request.slots };
    refuse('position', positionViolations(facts));
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const site = await this.worksiteForWrite(repo, user, request.worksiteId);
      return repo.insertPosition({ worksiteId: site.id, recordedBy: user.id, recordedAt: this.clock.now() }, { ...facts, active: request.active ?? true });
    });
  }

  /** A change of a position is its next version; its placements stay (fewer slots than placed refuses new ones only). */
  async changePosition(user: CurrentUser, request: PositionRequest & { positionId: string; active: boolean }): Promise<PositionRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    assertRecordId('Worksite position', request.positionId);
    const facts = { title: request.title.trim(), centiHoursPerWeek: centi(request.hoursPerWeek, 'hoursPerWeek'), skills: request.skills.map((s) => s.trim()), slots: request.slots };
    refuse('position', positionViolations(facts));
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const position = await repo.lockPosition(request.positionId);
      if (!position) throw notFound('Worksite position', request.positionId);
      AccessPolicy.assertCanActOnOfficeRecord(user, position.officeId);
      await repo.addPositionVersion({ positionId: position.id, number: position.number + 1, ...facts, active: request.active, recordedBy: user.id, recordedAt: this.clock.now() });
      return (await repo.positionsByIds([position.id]))[0];
    });
  }

  async recordSiteAgreement(user: CurrentUser, request: { worksiteId: string; signedOn: PlainDate; effectiveFrom: PlainDate; effectiveTo?: PlainDate | null; agencySigner: string; siteSigner: string }): Promise<SiteAgreementRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    const effectiveTo = request.effectiveTo ?? null;
    refuse('site agreement', [
      ...siteAgreementViolations({ ...request, effectiveTo }, this.today()), ...agreementSignatureViolations(request),
      ...blankTextViolations({ agencySigner: request.agencySigner, siteSigner: request.siteSigner }),
    ]);
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const site = await this.worksiteForWrite(repo, user, request.worksiteId);
      return repo.insertSiteAgreement({
        worksiteId: site.id, signedOn: request.signedOn, effectiveFrom: request.effectiveFrom, effectiveTo,
        agencySigner: request.agencySigner.trim(), siteSigner: request.siteSigner.trim(), recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  /**
   * Places the client: the case first (the lock order of every write on a case), then the
   * position FOR UPDATE, so two placements into its last slot queue and the second sees the first.
   */
  async place(user: CurrentUser, request: PlacementRequest): Promise<PlacementRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    const centiHoursPerWeek = centi(request.hoursPerWeek, 'hoursPerWeek');
    assertRecordId('Worksite position', request.positionId);
    assertRecordId('Activity assignment', request.assignmentId);
    return writeTransaction(this.dataSource, async (m) => {
      const kase = await lockCaseForWrite(m, user, request.caseId);
      const repo = new WorksiteRepository(m);
      const [assignment] = await new ActivityRepository(m).assignmentsByIds([request.assignmentId]);
      if (!assignment) throw notFound('Activity assignment', request.assignmentId);
      const position = await repo.lockPosition(request.positionId);
      if (!position) throw notFound('Worksite position', request.positionId);
      AccessPolicy.assertCanReadOffice(user, position.officeId);
      const placements = await repo.placementsAtPositions([position.id]);
      const facts = { caseId: kase.id, startsOn: request.startsOn, centiHoursPerWeek, supervisorName: request.supervisorName };
      refuse('placement', placementViolations(facts, { ...assignment, activityType: assignment.activityType }, { ...position, placements }, { referralDate: kase.referralDate }));
      if (placements.some((p) => p.assignmentId === assignment.id)) {
        refuse('placement', [{ field: 'assignmentId', constraint: 'notPlaced', message: 'This assignment already has its placement' }]);
      }
      return repo.insertPlacement({
        caseId: kase.id, positionId: position.id, assignmentId: assignment.id, startsOn: request.startsOn, centiHoursPerWeek,
        supervisorName: request.supervisorName.trim(), recordedBy: user.id, recordedAt: this.clock.now(),
      });
    });
  }

  /** The placement with its case locked for a write on it. */
  private async placementForWrite(repo: WorksiteRepository, m: EntityManager, user: CurrentUser, placementId: string): Promise<PlacementRow> {
    assertRecordId('Worksite placement', placementId);
    const [found] = await repo.placementsByIds([placementId]);
    if (!found) throw notFound('Worksite placement', placementId);
    await lockCaseForWrite(m, user, found.caseId);
    return (await repo.placementsByIds([placementId]))[0];
  }

  async endPlacement(user: CurrentUser, request: { placementId: string; endedOn: PlainDate; reason: string }): Promise<PlacementRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const placement = await this.placementForWrite(repo, m, user, request.placementId);
      refuse('placement end', [...placementEndViolations(placement, request.endedOn, this.today()), ...blankTextViolations({ reason: request.reason })]);
      await repo.endPlacement({ placementId: placement.id, endedOn: request.endedOn, reason: request.reason.trim(), recordedBy: user.id, recordedAt: this.clock.now() });
      return { ...placement, endedOn: request.endedOn, endReason: request.reason.trim() };
    });
  }

  async addProgressNote(user: CurrentUser, request: { placementId: string; notedOn: PlainDate; text: string }): Promise<ProgressNoteRow> {
    AccessPolicy.assertMay(user, 'manageWorksites');
    return writeTransaction(this.dataSource, async (m) => {
      const repo = new WorksiteRepository(m);
      const placement = await this.placementForWrite(repo, m, user, request.placementId);
      refuse('progress note', progressNoteViolations(placement, request, this.today()));
      return repo.insertProgressNote({ placementId: placement.id, notedOn: request.notedOn, text: request.text.trim(), recordedBy: user.id, recordedAt: this.clock.now() }, placement.caseId);
    });
  }

  /** The office's employers: the user's own office, or (WSTA) the one asked for. */
  employers(user: CurrentUser, officeId?: string | null): Promise<EmployerRow[]> {
    AccessPolicy.assertMay(user, 'readWorksites');
    return new WorksiteRepository(this.dataSource.manager).employersOfOffice(AccessPolicy.officeScope(user, officeId) ?? user.officeId);
  }

  /** The office's worksites: the user's own office, or (WSTA) the one asked for. */
  worksites(user: CurrentUser, officeId?: string | null): Promise<WorksiteRow[]> {
    AccessPolicy.assertMay(user, 'readWorksites');
    return new WorksiteRepository(this.dataSource.manager).worksitesOfOffice(AccessPolicy.officeScope(user, officeId) ?? user.officeId);
  }

  repository(): WorksiteRepository {
    return new WorksiteRepository(this.dataSource.manager);
  }
}

/** SITE-1: an employer's or worksite's name and contact facts are not blank (BAD_USER_INPUT, nothing written). */
function refuseBlankFacts(what: string, request: ContactFacts): void {
  refuse(what, blankTextViolations({ ...trimmed(request) }));
}

function trimmed(facts: ContactFacts): ContactFacts {
  return { name: facts.name.trim(), address: facts.address.trim(), phone: facts.phone.trim(), contactName: facts.contactName.trim() };
}
