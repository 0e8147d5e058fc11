import { describeWorkflow } from '../../../src/machines/case-workflow';
import { CASE_PHASES } from '../../../src/machines/case-state';
import { CASE_STATE_NODE_PATHS, CaseStateNodeEnum, caseStateOf, phaseOfPath, stateNodeName } from '../../../src/schema/case-state.type';

describe('CaseState: the stored state path as nodes and phase', () => {
  it('names every leaf state node of the chart, generated from the chart, each once', () => {
    const leaves = describeWorkflow().states.filter((s) => s.type === 'atomic' || s.type === 'final').map((s) => s.path);
    expect([...CASE_STATE_NODE_PATHS].sort()).toEqual(leaves.sort());
    expect(Object.values(CaseStateNodeEnum).sort()).toEqual([...CASE_STATE_NODE_PATHS].sort());
    expect(CaseStateNodeEnum.OPEN_PARTICIPATING_PLAN_CURRENT).toBe('open.participating.plan.current');
    expect(stateNodeName('open.participating.exemption.notExempt')).toBe('OPEN_PARTICIPATING_EXEMPTION_NOT_EXEMPT');
    expect(stateNodeName('postTa')).toBe('POST_TA');
  });

  it('reads a stored path back as its leaf nodes and its phase', () => {
    for (const path of CASE_STATE_NODE_PATHS) expect(CASE_PHASES).toContain(phaseOfPath(path));
    expect(caseStateOf('open.referral.awaitingContact')).toEqual({ nodes: ['open.referral.awaitingContact'], phase: 'REFERRAL', path: 'open.referral.awaitingContact' });
    expect(phaseOfPath('postTa')).toBe('POST_TA');
    expect(() => phaseOfPath('nowhere')).toThrow(/No lifecycle phase/);
  });

  it('keeps parallel regions apart: exempt and notExempt are different nodes', () => {
    const exempt = caseStateOf('open.participating.compliance.compliant, open.participating.exemption.exempt, open.participating.plan.current');
    expect(exempt).toMatchObject({ phase: 'PARTICIPATING' });
    expect(exempt.nodes).toContain(CaseStateNodeEnum.OPEN_PARTICIPATING_EXEMPTION_EXEMPT);
    expect(exempt.nodes).not.toContain(CaseStateNodeEnum.OPEN_PARTICIPATING_EXEMPTION_NOT_EXEMPT);
  });
});
