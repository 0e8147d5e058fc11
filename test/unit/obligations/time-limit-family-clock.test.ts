import { buildCase, type Command, middayAk, one, ofRule, toParticipation } from './case-builder';

const REFERRAL = '2026-11-06';
const SPOUSE = '11111111-1111-4111-8111-111111111111';
const clientMonth = (month: string, day: string): Command => ({ type: 'RECORD_ASSISTANCE_MONTH', month, at: middayAk(day) });
const spouseMonth = (month: string, day: string): Command => ({ type: 'RECORD_ASSISTANCE_MONTH', month, householdMemberId: SPOUSE, at: middayAk(day) });
/** The second parent's earlier months, recorded the day of referral (2021-01 onwards). */
const spouseHistory = (n: number): Command[] =>
  Array.from({ length: n }, (_, i) => spouseMonth(`${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, REFERRAL));

describe('TL-1 obligations on the family\'s clock (DOMAIN.md "Time limit": either parent reaches 60)', () => {
  it('TL-1: the month-58 staffing is due when the second parent reaches 58, though the client has 10', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 10 }, [...toParticipation(), ...spouseHistory(57), spouseMonth('2026-12', '2026-12-01')]);
    expect(one(record, '2026-12-10', 'TL-1')).toMatchObject({ ruleId: 'TL-1', dueDate: '2026-12-31', status: 'OPEN' });
  });

  it('TL-1: none while both parents are under 58', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 10 }, [...toParticipation(), ...spouseHistory(57)]);
    expect(ofRule(record, '2026-11-30', 'TL-1')).toEqual({});
  });

  it('TL-1: close or extend at the end of the month the second parent used the 60th month', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 10 }, [
      ...toParticipation(), ...spouseHistory(58), spouseMonth('2026-11', '2026-11-20'), clientMonth('2026-11', '2026-11-20'), spouseMonth('2026-12', '2026-12-01'),
    ]);
    expect(one(record, '2026-12-10', 'TL-1:month60')).toMatchObject({ ruleId: 'TL-1', dueDate: '2026-12-31', status: 'OPEN' });
  });

  it('TL-1: the client\'s own months still date the clock when the client is ahead', () => {
    const record = buildCase({ referralDate: REFERRAL, monthsUsed: 58 }, [...toParticipation(), spouseMonth('2026-11', '2026-11-20'), clientMonth('2026-11', '2026-11-20'), clientMonth('2026-12', '2026-12-01')]);
    expect(one(record, '2026-12-10', 'TL-1:month60').dueDate).toBe('2026-12-31');
  });
});
