import { In, type EntityManager } from 'typeorm';
import type { Month, PlainDate } from '../dates';
import { FileReviewCorrectionEntity, FileReviewDrawEntity, FileReviewEntity, FileReviewSampleEntity } from '../entities';
import type { ReviewerCandidate, SampledCase } from '../file-reviews/file-review-reviewers';
import { selectRow, selectRows } from './sql';

/**
 * MGT-2: the case's file reviews with their failed items and corrections, one JSON column of the
 * obligation record query ($1 is the case; file_review_case_idx, file_review_correction_item_key).
 */
export const FILE_REVIEW_FACTS_SQL = `,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'reviewedOn', to_char(r.reviewed_on, 'YYYY-MM-DD'),
          'recordedOn', to_char(r.recorded_at AT TIME ZONE 'America/Anchorage', 'YYYY-MM-DD'),
          'failedItems', (SELECT coalesce(json_agg(i->>'item'), '[]') FROM jsonb_array_elements(r.items) i WHERE i->>'result' = 'FAIL'),
          'corrections', (SELECT coalesce(json_agg(json_build_object('id', c.id, 'item', c.item, 'correctedOn', to_char(c.corrected_on, 'YYYY-MM-DD'))), '[]')
                            FROM file_review_correction c WHERE c.review_id = r.id))), '[]')
         FROM file_review r WHERE r.case_id = $1) AS "fileReviews"`;

/** MGT-3: one staff member's QA rate (or the office's, caseManagerId null) over a period. */
export interface QaRateRow { caseManagerId: string | null; reviews: number; rate: number | null }

/**
 * MGT-3: each case manager's QA rate (the average score, passed / applicable, of the reviews of
 * their files reviewed from `from` to `to`) and the office's (the average over all of them), in
 * one statement. Every active case manager of the office is listed (0 reviews: rate null), and so
 * is anyone whose files were reviewed then. Ordered by case manager id, the office last.
 * For the supervisor's view too (src/supervision).
 */
export async function qaRates(db: EntityManager, officeId: string, from: PlainDate, to: PlainDate): Promise<{ office: QaRateRow; staff: QaRateRow[] }> {
  const rows = await selectRows<QaRateRow & { office: boolean }>(db, `
    WITH r AS (
      SELECT case_manager_id, passed::float8 / applicable AS score FROM file_review
       WHERE office_id = $1 AND reviewed_on BETWEEN $2::date AND $3::date
    ), people AS (
      SELECT id FROM staff WHERE office_id = $1 AND role = 'CASE_MANAGER' AND active
      UNION SELECT case_manager_id FROM r
    )
    SELECT false AS office, p.id AS "caseManagerId", count(r.score)::int AS reviews, avg(r.score) AS rate
      FROM people p LEFT JOIN r ON r.case_manager_id = p.id GROUP BY p.id
    UNION ALL
    SELECT true, NULL, count(*)::int, avg(score) FROM r
    ORDER BY 1, 2`, [officeId, from, to]);
  const strip = ({ caseManagerId, reviews, rate }: QaRateRow): QaRateRow => ({ caseManagerId, reviews, rate: rate === null ? null : Number(rate) });
  const office = rows.find((r) => r.office);
  return { office: strip(office ?? { caseManagerId: null, reviews: 0, rate: null }), staff: rows.filter((r) => !r.office).map(strip) };
}

/** The file-review tables (append-only): draws, sample rows, reviews, corrections. */
export class FileReviewRepository {
  constructor(private readonly db: EntityManager) {}

  /** Serializes the writes on one office's month (the draw, its additions): an advisory lock, as append-only rows cannot be locked FOR UPDATE by the app role. */
  async lockMonth(officeId: string, month: Month): Promise<void> {
    await this.db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`file-review-draw:${officeId}:${month}`]);
  }

  drawOf(officeId: string, month: Month): Promise<FileReviewDrawEntity | null> {
    return this.db.findOneBy(FileReviewDrawEntity, { officeId, month });
  }

  drawsByIds(ids: readonly string[]): Promise<FileReviewDrawEntity[]> {
    return this.db.findBy(FileReviewDrawEntity, { id: In([...ids]) });
  }

  /**
   * MGT-1: the population of a draw: the office's cases open on `day`, i.e. referred on or before
   * it and not CLOSED (TA open, exit pending or Post-TA: still on a case manager's caseload),
   * with their case managers, by id.
   */
  population(officeId: string, day: PlainDate): Promise<SampledCase[]> {
    return selectRows<SampledCase>(this.db, `SELECT id AS "caseId", case_manager_id AS "caseManagerId", office_id AS "officeId" FROM work_case
      WHERE office_id = $1 AND phase <> 'CLOSED' AND referral_date <= $2::date ORDER BY id`, [officeId, day]);
  }

  /** Who could review in the office (whyNotReviewer decides): its staff, any role. */
  staffOf(officeId: string): Promise<ReviewerCandidate[]> {
    return selectRows<ReviewerCandidate>(this.db, `SELECT id, role, office_id AS "officeId", active FROM staff WHERE office_id = $1 ORDER BY id`, [officeId]);
  }

  /** One case's sampling facts (its office and case manager), or null. */
  sampledCase(caseId: string): Promise<SampledCase | null> {
    return selectRow<SampledCase>(this.db, `SELECT id AS "caseId", case_manager_id AS "caseManagerId", office_id AS "officeId" FROM work_case WHERE id = $1`, [caseId]);
  }

  async addDraw(row: Omit<FileReviewDrawEntity, 'id'>): Promise<FileReviewDrawEntity> {
    const id = (await this.db.insert(FileReviewDrawEntity, row)).identifiers[0]?.id as string;
    return (await this.db.findOneBy(FileReviewDrawEntity, { id }))!;
  }

  /** Inserts sample rows in one statement. */
  async addSamples(rows: ReadonlyArray<Omit<FileReviewSampleEntity, 'id'>>): Promise<void> {
    if (rows.length) await this.db.insert(FileReviewSampleEntity, [...rows]);
  }

  async addSample(row: Omit<FileReviewSampleEntity, 'id'>): Promise<FileReviewSampleEntity> {
    const id = (await this.db.insert(FileReviewSampleEntity, row)).identifiers[0]?.id as string;
    return (await this.db.findOneBy(FileReviewSampleEntity, { id }))!;
  }

  /** The sample rows of several draws, in draw order (one statement). */
  samplesOfDraws(drawIds: readonly string[]): Promise<FileReviewSampleEntity[]> {
    return this.db.find(FileReviewSampleEntity, { where: { drawId: In([...drawIds]) }, order: { drawId: 'ASC', position: 'ASC' } });
  }

  samplesByIds(ids: readonly string[]): Promise<FileReviewSampleEntity[]> {
    return this.db.findBy(FileReviewSampleEntity, { id: In([...ids]) });
  }

  async addReview(row: Omit<FileReviewEntity, 'id'>): Promise<FileReviewEntity> {
    const id = (await this.db.insert(FileReviewEntity, row)).identifiers[0]?.id as string;
    return (await this.db.findOneBy(FileReviewEntity, { id }))!;
  }

  reviewsOfSamples(sampleIds: readonly string[]): Promise<FileReviewEntity[]> {
    return this.db.findBy(FileReviewEntity, { sampleId: In([...sampleIds]) });
  }

  /** The reviews of several cases, oldest first (file_review_case_idx). */
  reviewsOfCases(caseIds: readonly string[]): Promise<FileReviewEntity[]> {
    return this.db.find(FileReviewEntity, { where: { caseId: In([...caseIds]) }, order: { reviewedOn: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }

  reviewsByIds(ids: readonly string[]): Promise<FileReviewEntity[]> {
    return this.db.findBy(FileReviewEntity, { id: In([...ids]) });
  }

  async addCorrection(row: Omit<FileReviewCorrectionEntity, 'id'>): Promise<FileReviewCorrectionEntity> {
    const id = (await this.db.insert(FileReviewCorrectionEntity, row)).identifiers[0]?.id as string;
    return (await this.db.findOneBy(FileReviewCorrectionEntity, { id }))!;
  }

  correctionsOfReviews(reviewIds: readonly string[]): Promise<FileReviewCorrectionEntity[]> {
    return this.db.find(FileReviewCorrectionEntity, { where: { reviewId: In([...reviewIds]) }, order: { correctedOn: 'ASC', recordedAt: 'ASC', id: 'ASC' } });
  }

  correctionsByIds(ids: readonly string[]): Promise<FileReviewCorrectionEntity[]> {
    return this.db.findBy(FileReviewCorrectionEntity, { id: In([...ids]) });
  }
}
