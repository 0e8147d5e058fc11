import { OBLIGATION_RULE_IDS, WAIVER_REASON_CODES, WAIVER_REASONS, waiverReasonApplies, waiverReasonsFor } from '../../../src/obligations';

describe('waiver reasons: a coded list that says which rules may be waived at all', () => {
  it('EA-2: extenuating circumstances a supervisor approved waive the EA CLNO deadline (the one waiver the policy names)', () => {
    expect(waiverReasonApplies('EXTENUATING_CIRCUMSTANCES', 'EA-2')).toBe(true);
    expect(waiverReasonsFor('EA-2')).toEqual(['EXTENUATING_CIRCUMSTANCES']);
  });

  it('ENG-1, ENG-3, TRK-4: may never be waived, whatever the reason', () => {
    for (const ruleId of ['ENG-1', 'ENG-3', 'TRK-4']) {
      expect(waiverReasonsFor(ruleId)).toEqual([]);
      for (const code of WAIVER_REASON_CODES) expect(waiverReasonApplies(code, ruleId)).toBe(false);
    }
  });

  it('EXIT-3: a former client who declined Post-TA services; that reason waives nothing else', () => {
    expect(waiverReasonApplies('CLIENT_DECLINED_POST_TA', 'EXIT-3')).toBe(true);
    expect(waiverReasonApplies('CLIENT_DECLINED_POST_TA', 'EA-2')).toBe(false);
  });

  it('every reason is described and names only rules that have obligations', () => {
    for (const code of WAIVER_REASON_CODES) {
      expect(WAIVER_REASONS[code].description.length).toBeGreaterThan(20);
      for (const ruleId of WAIVER_REASONS[code].waives) expect(OBLIGATION_RULE_IDS).toContain(ruleId);
    }
  });
});
