import type { EntityManager } from 'typeorm';
import type { CaseEntity, FsspMailingEntity, FsspSignatureEntity, FsspVersionEntity } from '../entities';
import type { PlainDate } from '../dates';
import { FsspRepository } from '../repositories/fssp.repository';
import { lastStepReviewOn, type FsspViolation, type VersionDraft } from './fssp-rules';

/** What an FSSP write answers: the version it wrote or acted on, the case as it left it. */
export interface FsspResult { versionId: string; kase: CaseEntity; appointmentId?: string }

/** A version with its signature and latest mailing, as the writes check it. */
export type VersionOnFile = FsspVersionEntity & { signature: FsspSignatureEntity | null; mailing: FsspMailingEntity | null };

/** The case's versions, newest first, with their signatures and latest mailings (read under the case's lock). */
export async function versionsOnFile(manager: EntityManager, caseId: string): Promise<VersionOnFile[]> {
  const repo = new FsspRepository(manager);
  const versions = await repo.versionsOfCases([caseId]);
  if (!versions.length) return [];
  const ids = versions.map((v) => v.id);
  const [signatures, mailings] = await Promise.all([repo.signaturesOf(ids), repo.mailingsOf(ids)]);
  return versions.map((v) => ({
    ...v, signature: signatures.find((s) => s.versionId === v.id) ?? null, mailing: mailings.filter((m) => m.versionId === v.id).at(-1) ?? null,
  }));
}

/** Only the newest version is mailed or signed: an older draft was replaced by a later one. */
export function latestViolation(versions: readonly VersionOnFile[], version: VersionOnFile): FsspViolation[] {
  return versions[0]?.id === version.id ? [] : [{ field: 'versionId', constraint: 'latestVersion', message: `Version ${version.number} was replaced by version ${versions[0]?.number}` }];
}

/**
 * FSSP-1 / FSSP-2: a review is of the signed version in force on its day: the last one signed on or
 * before it (a later draft waiting for its signature does not replace it yet).
 */
export function inForceViolation(versions: readonly VersionOnFile[], version: VersionOnFile, on: PlainDate): FsspViolation[] {
  const inForce = versions.filter((v) => v.signature && v.signature.signedOn <= on).sort((a, b) => b.number - a.number)[0];
  if (!inForce || inForce.id === version.id) return [];
  return [{ field: 'versionId', constraint: 'versionInForce', message: `On ${on} the plan in force was version ${inForce.number}, not version ${version.number} (FSSP-2)` }];
}

/** A checked draft's rows: the version, its goals (intermediate ones under their goal), steps and service plans. */
export async function insertDraft(
  manager: EntityManager, caseId: string, number: number, supersedesVersionId: string | null, draft: VersionDraft, staffId: string, now: Date,
): Promise<FsspVersionEntity> {
  const repo = new FsspRepository(manager);
  const version = await repo.insertVersion({
    caseId, number, draftedOn: draft.draftedOn, draftedBy: staffId, draftedAt: now, supersedesVersionId,
    changeSummary: number > 1 ? draft.changeSummary!.trim() : draft.changeSummary?.trim() || null, lastStepReviewOn: lastStepReviewOn(draft.goals)!,
  });
  let goalPosition = 0;
  let stepPosition = 0;
  const steps = (goalId: string, list: VersionDraft['goals'][number]['steps']) => (list ?? []).map((s) => ({
    versionId: version.id, goalId, position: stepPosition++, text: s.text.trim(), startsOn: s.startsOn, endsOn: s.endsOn ?? null, reviewOn: s.reviewOn,
  }));
  for (const goal of draft.goals) {
    const goalId = await repo.insertGoal({
      versionId: version.id, position: goalPosition++, kind: 'GOAL', parentGoalId: null, text: goal.text.trim(), measure: goal.measure.trim(), targetOn: goal.targetOn,
    });
    await repo.insertSteps(steps(goalId, goal.steps));
    for (const ig of goal.intermediateGoals ?? []) {
      const igId = await repo.insertGoal({
        versionId: version.id, position: goalPosition++, kind: 'INTERMEDIATE', parentGoalId: goalId, text: ig.text.trim(), measure: ig.measure.trim(), targetOn: ig.targetOn,
      });
      await repo.insertSteps(steps(igId, ig.steps));
    }
  }
  await repo.insertServicePlans((draft.servicePlans ?? []).map((p, i) => ({ versionId: version.id, position: i, agency: p.agency.trim(), summary: p.summary.trim() })));
  return version;
}
