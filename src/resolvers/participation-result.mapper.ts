import { centiHoursToHours, type ParticipationResult } from '../participation';
import type { ParticipationEstimateType } from '../schema/participation-estimate.type';

/** The one mapping of a computed month to GraphQL hours (centi-hours / 100), for estimates and stored cases alike. */
export function toParticipationView(r: ParticipationResult): ParticipationEstimateType {
  return {
    status: r.status,
    exclusionReason: r.exclusionReason,
    exclusionText: r.exclusionText,
    requirementReason: r.requirementReason,
    requiredWeeklyHours: r.requiredWeeklyHours,
    requiredWeeklyCoreHours: r.requiredWeeklyCoreHours,
    countableHours: centiHoursToHours(r.countableTotalCentiHours),
    countableCoreHours: centiHoursToHours(r.countableCoreCentiHours),
    additionalHoursNeeded: centiHoursToHours(r.additionalHoursNeeded.centiHours),
    additionalCoreHoursNeeded: centiHoursToHours(r.additionalHoursNeeded.coreCentiHours),
    inAllFamiliesRate: r.inAllFamiliesRate,
    inTwoParentRate: r.inTwoParentRate,
    notCounted: r.notCounted.map((n) => ({
      adultId: n.adultId,
      weekStart: n.weekStart ?? null,
      activity: n.activity ?? null,
      kind: n.kind,
      hours: centiHoursToHours(n.centiHours),
      reason: n.reason,
      rule: n.rule,
      text: n.text,
    })),
  };
}

