import { CASE_EVENT_TYPES, CASE_EVENTS } from '../../src/machines/case-event-catalog';
import { lifecycle, LIFECYCLE_MUTATIONS } from '../../src/resolvers/lifecycle-mutations';
import { RecordFsspSignedInput } from '../../src/schema/inputs/fssp.input';
import { ReportNonComplianceInput, RequestPenaltyInput } from '../../src/schema/inputs/penalty.input';
import { inputTypeOf } from '../support/case-mutations';

describe('the lifecycle mutation table', () => {
  it('lists every chart event once, in the catalog order', () => {
    expect(LIFECYCLE_MUTATIONS.map((m) => m.event)).toEqual(CASE_EVENT_TYPES);
  });

  it('pairs each event with the input named after its mutation (recordFsspSigned -> RecordFsspSignedInput)', () => {
    for (const m of LIFECYCLE_MUTATIONS) expect(m.input.name).toBe(inputTypeOf(CASE_EVENTS[m.event].mutation));
  });

  it('describes every mutation, citing a rule id', () => {
    for (const m of LIFECYCLE_MUTATIONS) expect(m.description).toMatch(/\b[A-Z]{2,4}-\d\b/);
  });

  it('refuses, at compile time, a payload that is not exactly the event\'s', () => {
    const entries = [
      // @ts-expect-error a field the event does not carry
      lifecycle({ event: 'SIGN_FSSP', input: RecordFsspSignedInput, description: '', command: (i) => ({ signedOn: i.signedOn, extra: 1 }) }),
      // @ts-expect-error a missing field
      lifecycle({ event: 'REPORT_NON_COMPLIANCE', input: ReportNonComplianceInput, description: '', command: (i) => ({ kind: i.kind }) }),
      // @ts-expect-error a field of the wrong type
      lifecycle({ event: 'SIGN_FSSP', input: RecordFsspSignedInput, description: '', command: () => ({ signedOn: 20261120 }) }),
      // @ts-expect-error a field the input class does not have
      lifecycle({ event: 'SIGN_FSSP', input: ReportNonComplianceInput, description: '', command: (i) => ({ signedOn: i.signedOn }) }),
      // @ts-expect-error an event without a payload given one
      lifecycle({ event: 'REQUEST_PENALTY', input: RequestPenaltyInput, description: '', command: () => Promise.resolve({ effectiveOn: '2026-12-01' }) }),
    ];
    expect(entries).toHaveLength(5);
  });
});
