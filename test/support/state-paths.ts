/**
 * The stored state text of an open case (work_case.state, CaseState.path): the phase leaves beside
 * the compliance, exemption and time-limit regions, sorted as stateString sorts them. Regions not
 * given are at rest: nothing reported, not exempt, within the limit.
 *
 * @example
 * openState('open.phase.referral.awaitingContact')
 * // 'open.compliance.compliant, open.exemption.notExempt, open.phase.referral.awaitingContact, open.timeLimit.withinLimit'
 */
export function openState(phase: string | string[], regions: { compliance?: string; exemption?: string; timeLimit?: string } = {}): string {
  const { compliance = 'compliant', exemption = 'notExempt', timeLimit = 'withinLimit' } = regions;
  return [`open.compliance.${compliance}`, `open.exemption.${exemption}`, ...[phase].flat(), `open.timeLimit.${timeLimit}`].sort().join(', ');
}
