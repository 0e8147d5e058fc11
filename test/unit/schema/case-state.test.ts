import { describeWorkflow } from '../../../src/machines/case-workflow';
import { CASE_PHASES } from '../../../src/machines/case-state';
import { CASE_STATE_NODE_PATHS, CaseStateNodeEnum, caseStateOf, phaseOfPath, stateNodeName } from '../../../src/schema/case-state.type';

describe('CaseState: the stored state path as nodes and phase', () => {
  it('names every leaf state node of the chart, generated from the chart, each once', () => {
    const leaves = describeWorkflow().states.filter((s) => s.type === 'atomic' || s.type === 'final').map((s) => s.path);
    expect([...CASE_STATE_NODE_PATHS].sort()).toEqual(leaves.sort());
    expect([...new Set(Object.values(CaseStateNodeEnum))].sort()).toEqual([...CASE_STATE_NODE_PATHS].sort());
    expect(CaseStateNodeEnum.OPEN_PHASE_PARTICIPATING_PLAN_CURRENT).toBe('open.phase.participating.plan.current');
    expect(stateNodeName('open.exemption.notExempt')).toBe('OPEN_EXEMPTION_NOT_EXEMPT');
    expect(stateNodeName('postTa')).toBe('POST_TA');
  });

  it('reads a stored path back as its leaf nodes and its phase', () => {
    // Compliance, exemption and the time limit run in every open phase: the phase node names it.
    for (const path of CASE_STATE_NODE_PATHS.filter((p) => p.startsWith('open.phase.') || !p.startsWith('open.'))) expect(CASE_PHASES).toContain(phaseOfPath(path));
    expect(phaseOfPath('open.compliance.penalized, open.exemption.exempt, open.phase.planning.awaitingSignature, open.timeLimit.withinLimit')).toBe('PLANNING');
    expect(caseStateOf('open.phase.referral.awaitingContact')).toEqual({ nodes: ['open.phase.referral.awaitingContact'], phase: 'REFERRAL', path: 'open.phase.referral.awaitingContact' });
    expect(phaseOfPath('postTa')).toBe('POST_TA');
    expect(() => phaseOfPath('nowhere')).toThrow(/No lifecycle phase/);
  });

  it('keeps parallel regions apart: exempt and notExempt are different nodes', () => {
    const exempt = caseStateOf('open.compliance.compliant, open.exemption.exempt, open.phase.participating.plan.current');
    expect(exempt).toMatchObject({ phase: 'PARTICIPATING' });
    expect(exempt.nodes).toContain(CaseStateNodeEnum.OPEN_EXEMPTION_EXEMPT);
    expect(exempt.nodes).not.toContain(CaseStateNodeEnum.OPEN_EXEMPTION_NOT_EXEMPT);
  });

  it('issue 10: reads the paths machine version 1 wrote (append-only history) in today\'s nodes and phase', () => {
    const v1 = 'open.participating.compliance.penalized, open.participating.exemption.exempt, open.participating.plan.current, open.participating.timeLimit.withinLimit, open.participating.track.steady';
    expect(caseStateOf(v1)).toEqual({
      nodes: ['open.compliance.penalized', 'open.exemption.exempt', 'open.phase.participating.plan.current', 'open.timeLimit.withinLimit', 'open.phase.participating.track.steady'],
      phase: 'PARTICIPATING', path: v1,
    });
    expect(caseStateOf('open.referral.j016Issued')).toMatchObject({ nodes: ['open.phase.referral.j016Issued'], phase: 'REFERRAL' });
    expect(caseStateOf('exit.summaryPending').nodes).toEqual(['exit.summaryPending']);
  });

  it('issue 10: keeps the version-1 enum names as deprecated aliases of the same nodes, so old filters still match', () => {
    expect(CaseStateNodeEnum.OPEN_PARTICIPATING_COMPLIANCE_PENALIZED).toBe('open.compliance.penalized');
    expect(CaseStateNodeEnum.OPEN_REFERRAL_AWAITING_CONTACT).toBe('open.phase.referral.awaitingContact');
    expect(CaseStateNodeEnum.OPEN_PARTICIPATING_PLAN_CURRENT).toBe('open.phase.participating.plan.current');
    // Answers use today's names: graphql-js serializes to the last name holding a value.
    const names = Object.keys(CaseStateNodeEnum);
    expect(names.lastIndexOf('OPEN_COMPLIANCE_PENALIZED')).toBeGreaterThan(names.indexOf('OPEN_PARTICIPATING_COMPLIANCE_PENALIZED'));
    expect(names).not.toContain('OPEN_PHASE_COMPLIANCE_PENALIZED');
  });
});
