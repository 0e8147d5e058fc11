import type { ExtensionCriterion } from '../machines/case-lifecycle.types';

/**
 * Which facts the API shows are medical information (ROI-1: shared with a partner only under a
 * HIPAA release). Pure, so the lists are tested and read in one place.
 * - An exemption's reason and the date of the TA10 or physician's documentation it rests on.
 *   Every reason is withheld, not only the medical ones: a withheld reason beside shown ones
 *   would itself say "medical".
 * - An extension's criteria resting on a TA10 or on a disability.
 */
export const MEDICAL_PAYLOAD_KEYS: Readonly<Record<string, readonly string[]>> = {
  START_EXEMPTION: ['reason', 'documentedOn'],
  END_EXEMPTION: ['reason', 'documentedOn'],
  DECIDE_EXTENSION: ['criteria'],
};

export const MEDICAL_EXTENSION_CRITERIA: ReadonlySet<ExtensionCriterion> = new Set<ExtensionCriterion>(['MEDICAL_INABILITY_TA10', 'CARE_OF_DISABLED_FAMILY_MEMBER']);

/** Whether an event's recorded facts hold medical information. */
export function payloadHasMedical(event: string, payload: Record<string, unknown>): boolean {
  return (MEDICAL_PAYLOAD_KEYS[event] ?? []).some((key) => payload[key] !== undefined);
}

/**
 * The recorded facts of an event without its medical ones.
 *
 * @example
 * withoutMedicalFacts('START_EXEMPTION', { reason: 'MEDICAL_INABILITY', startedOn: '2026-11-02', documentedOn: '2026-11-02' })
 * // { startedOn: '2026-11-02' }
 */
export function withoutMedicalFacts(event: string, payload: Record<string, unknown>): Record<string, unknown> {
  const keys = MEDICAL_PAYLOAD_KEYS[event] ?? [];
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !keys.includes(key)));
}

/** A parent's extension criteria without those that rest on medical information. */
export function withoutMedicalCriteria(criteria: readonly ExtensionCriterion[]): ExtensionCriterion[] {
  return criteria.filter((c) => !MEDICAL_EXTENSION_CRITERIA.has(c));
}

export const criteriaHaveMedical = (criteria: readonly ExtensionCriterion[]): boolean => criteria.some((c) => MEDICAL_EXTENSION_CRITERIA.has(c));
