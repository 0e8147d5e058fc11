import { In, type EntityManager } from 'typeorm';
import {
  FsspGoalEntity, FsspMailingEntity, FsspReviewEntity, FsspServicePlanEntity, FsspSignatureEntity, FsspStepEntity, FsspStepProgressEntity,
  FsspUpdateAppointmentEntity, FsspVersionEntity,
} from '../entities';

export type NewFsspVersion = Omit<FsspVersionEntity, 'id'>;
export type NewFsspGoal = Omit<FsspGoalEntity, 'id'>;
export type NewFsspStep = Omit<FsspStepEntity, 'id'>;
/** A review with the progress it recorded per step. */
export type FsspReviewRow = FsspReviewEntity & { progress: FsspStepProgressEntity[] };

/**
 * The FSSP document (issue 12): versions, their goals, steps and service plans, mailings,
 * signatures, reviews with progress, update appointments. Append-only (trigger): inserts and
 * reads only; every read takes many versions or cases at once, for the loaders.
 */
export class FsspRepository {
  constructor(private readonly db: EntityManager) {}

  async insertVersion(version: NewFsspVersion): Promise<FsspVersionEntity> {
    const id = (await this.db.insert(FsspVersionEntity, version)).identifiers[0]?.id as string;
    return { ...version, id };
  }

  async insertGoal(goal: NewFsspGoal): Promise<string> {
    return (await this.db.insert(FsspGoalEntity, goal)).identifiers[0]?.id as string;
  }

  async insertSteps(steps: NewFsspStep[]): Promise<void> {
    if (steps.length) await this.db.insert(FsspStepEntity, steps);
  }

  async insertServicePlans(plans: Array<Omit<FsspServicePlanEntity, 'id'>>): Promise<void> {
    if (plans.length) await this.db.insert(FsspServicePlanEntity, plans);
  }

  async insertMailing(mailing: Omit<FsspMailingEntity, 'id'>): Promise<void> {
    await this.db.insert(FsspMailingEntity, mailing);
  }

  async insertSignature(signature: Omit<FsspSignatureEntity, 'id'>): Promise<void> {
    await this.db.insert(FsspSignatureEntity, signature);
  }

  async insertReview(review: Omit<FsspReviewEntity, 'id'>, progress: Array<Omit<FsspStepProgressEntity, 'reviewId'>>): Promise<string> {
    const id = (await this.db.insert(FsspReviewEntity, review)).identifiers[0]?.id as string;
    await this.db.insert(FsspStepProgressEntity, progress.map((p) => ({ ...p, reviewId: id })));
    return id;
  }

  async insertUpdateAppointment(appointment: Omit<FsspUpdateAppointmentEntity, 'id'>): Promise<FsspUpdateAppointmentEntity> {
    const id = (await this.db.insert(FsspUpdateAppointmentEntity, appointment)).identifiers[0]?.id as string;
    return { ...appointment, id };
  }

  versionById(id: string): Promise<FsspVersionEntity | null> {
    return this.db.findOneBy(FsspVersionEntity, { id });
  }

  versionsByIds(ids: readonly string[]): Promise<FsspVersionEntity[]> {
    return this.db.findBy(FsspVersionEntity, { id: In([...ids]) });
  }

  /** Every version of these cases, newest first per case. */
  versionsOfCases(caseIds: readonly string[]): Promise<FsspVersionEntity[]> {
    return this.db.find(FsspVersionEntity, { where: { caseId: In([...caseIds]) }, order: { caseId: 'ASC', number: 'DESC' } });
  }

  goalsOf(versionIds: readonly string[]): Promise<FsspGoalEntity[]> {
    return this.db.find(FsspGoalEntity, { where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } });
  }

  stepsOf(versionIds: readonly string[]): Promise<FsspStepEntity[]> {
    return this.db.find(FsspStepEntity, { where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } });
  }

  servicePlansOf(versionIds: readonly string[]): Promise<FsspServicePlanEntity[]> {
    return this.db.find(FsspServicePlanEntity, { where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } });
  }

  signaturesOf(versionIds: readonly string[]): Promise<FsspSignatureEntity[]> {
    return this.db.findBy(FsspSignatureEntity, { versionId: In([...versionIds]) });
  }

  /** Mailings, oldest first (a re-mailing replaces the due-back date). */
  mailingsOf(versionIds: readonly string[]): Promise<FsspMailingEntity[]> {
    return this.db.find(FsspMailingEntity, { where: { versionId: In([...versionIds]) }, order: { mailedOn: 'ASC', recordedAt: 'ASC' } });
  }

  /** Reviews, oldest first, each with its progress rows (two statements for any number of versions). */
  async reviewsOf(versionIds: readonly string[]): Promise<FsspReviewRow[]> {
    const reviews = await this.db.find(FsspReviewEntity, { where: { versionId: In([...versionIds]) }, order: { reviewedOn: 'ASC', recordedAt: 'ASC' } });
    if (!reviews.length) return [];
    const progress = await this.db.findBy(FsspStepProgressEntity, { reviewId: In(reviews.map((r) => r.id)) });
    return reviews.map((r) => ({ ...r, progress: progress.filter((p) => p.reviewId === r.id) }));
  }

  /** Update appointments of these cases, oldest first. */
  appointmentsOfCases(caseIds: readonly string[]): Promise<FsspUpdateAppointmentEntity[]> {
    return this.db.find(FsspUpdateAppointmentEntity, { where: { caseId: In([...caseIds]) }, order: { recordedAt: 'ASC' } });
  }
}

/** FSSP-4: the case's update appointments as a JSON array (a column of the obligations' record query; $1 is the case). */
export const FSSP_RECORD_FACTS_SQL = `,
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'scheduledFor', to_char(a.scheduled_for, 'YYYY-MM-DD'),
          'recordedOn', to_char(a.recorded_on, 'YYYY-MM-DD')) ORDER BY a.recorded_at), '[]')
         FROM fssp_update_appointment a WHERE a.case_id = $1) AS "fsspUpdateAppointments",
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'versionId', v.id, 'versionNumber', v.number, 'mailedOn', to_char(m.mailed_on, 'YYYY-MM-DD'),
          'dueBackOn', to_char(m.due_back_on, 'YYYY-MM-DD'), 'signatureId', s.id, 'signedOn', to_char(s.signed_on, 'YYYY-MM-DD'),
          'superseded', EXISTS (SELECT 1 FROM fssp_version later WHERE later.supersedes_version_id = v.id)) ORDER BY m.recorded_at, m.id), '[]')
         FROM fssp_mailing m JOIN fssp_version v ON v.id = m.version_id LEFT JOIN fssp_signature s ON s.version_id = v.id
         WHERE v.case_id = $1) AS "fsspMailings"`;

/** A row of the document with the case it belongs to, for node(id). */
export type FsspRowOfCase<T> = T & { caseId: string };

/** node(id) lookups: each row by its id, with its case (through its version where it has no case_id). */
export class FsspNodeRepository {
  constructor(private readonly db: EntityManager) {}

  private async withCase<T extends { versionId: string }>(row: T | null): Promise<FsspRowOfCase<T> | null> {
    if (!row) return null;
    const version = await this.db.findOneBy(FsspVersionEntity, { id: row.versionId });
    return version ? { ...row, caseId: version.caseId } : null;
  }

  version(id: string) { return this.db.findOneBy(FsspVersionEntity, { id }); }
  async goal(id: string) { return this.withCase(await this.db.findOneBy(FsspGoalEntity, { id })); }
  async step(id: string) { return this.withCase(await this.db.findOneBy(FsspStepEntity, { id })); }
  async review(id: string): Promise<FsspReviewRow | null> {
    const review = await this.db.findOneBy(FsspReviewEntity, { id });
    return review ? { ...review, progress: await this.db.findBy(FsspStepProgressEntity, { reviewId: id }) } : null;
  }
  appointment(id: string) { return this.db.findOneBy(FsspUpdateAppointmentEntity, { id }); }
}
