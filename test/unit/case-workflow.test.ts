import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseWorkflowMermaid, describeWorkflow } from '../../src/machines/case-workflow';
import { validateCaseMachine } from '../../src/machines/case-machine-validation';
import { CASE_EVENTS } from '../../src/machines/case-event-catalog';

describe('workflow description generated from the chart', () => {
  it('lists every state and every event with its mutation', () => {
    const wf = describeWorkflow();
    expect(wf.states.map((s) => s.path)).toEqual(expect.arrayContaining(['open.phase.referral.awaitingContact', 'open.compliance.penalized', 'postTa', 'closed']));
    expect(wf.events).toHaveLength(Object.keys(CASE_EVENTS).length);
    expect(wf.transitions).toContainEqual({ from: 'open.phase.participating.track.consultationRequested', event: 'DECIDE_TRACK_CHANGE', mutation: 'decideTrackChange', to: 'open.phase.participating.track.steady', guard: 'trackChangeApproved' });
  });

  it('renders a Mermaid stateDiagram-v2 with every leaf state and parallel regions', () => {
    const mermaid = caseWorkflowMermaid();
    expect(mermaid.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const s of describeWorkflow().states.filter((x) => x.type === 'atomic')) {
      expect(mermaid).toContain(s.path.replace(/\./g, '_'));
    }
    expect(mermaid).toMatch(/open_phase_referral --> open_phase_assessment: RECORD_CONTACT_ATTEMPT \[contactReached\]/);
    expect(mermaid).toContain('--\n');
  });

  it('refuses to start when a chart event has no mutation in the schema', () => {
    const mutations = Object.values(CASE_EVENTS).map((e) => e.mutation);
    expect(() => validateCaseMachine(mutations)).not.toThrow();
    expect(() => validateCaseMachine(mutations.filter((m) => m !== 'decideTrackChange'))).toThrow(/decideTrackChange/);
  });
});

describe('README diagram', () => {
  it('is the one generated from the chart (run `npm run diagram` after changing the chart)', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    expect(readme).toContain('```mermaid\n' + caseWorkflowMermaid() + '```');
  });
});
