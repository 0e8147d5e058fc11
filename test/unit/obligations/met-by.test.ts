import { joinMetBy, metByText, parseMetBy } from '../../../src/obligations/met-by';

describe('met_by text and its typed references', () => {
  it('reads a history entry, a client note and the WV-1 month verification back from the text the derivation writes', () => {
    expect(parseMetBy(metByText({ kind: 'HISTORY_ENTRY', event: 'RECORD_CONTACT_ATTEMPT', version: 2 }), 'ENG-1'))
      .toEqual([{ kind: 'HISTORY_ENTRY', event: 'RECORD_CONTACT_ATTEMPT', version: 2 }]);
    expect(parseMetBy('CLNO 0b7e6f7e-2c1a-4f57-9d59-0c6f1a3e2b10', 'TRK-2:2026-12'))
      .toEqual([{ kind: 'CLIENT_NOTE', noteId: '0b7e6f7e-2c1a-4f57-9d59-0c6f1a3e2b10' }]);
    // WV-1: the note and the month's verification together; the month is the obligation's.
    const wv1 = joinMetBy(metByText({ kind: 'CLIENT_NOTE', noteId: 'v-1' }), metByText({ kind: 'MONTH_VERIFICATION', month: '2026-11' }));
    expect(wv1).toBe('CLNO v-1 + verifyMonth');
    expect(parseMetBy(wv1, 'WV-1:2026-11')).toEqual([{ kind: 'CLIENT_NOTE', noteId: 'v-1' }, { kind: 'MONTH_VERIFICATION', month: '2026-11' }]);
  });

  it('reads ENG-3\'s two acts together, and nothing for an obligation not met', () => {
    expect(parseMetBy('COMPLETE_EA (history v3) + SIGN_FSSP (history v6)', 'ENG-3:2026-11-02')).toEqual([
      { kind: 'HISTORY_ENTRY', event: 'COMPLETE_EA', version: 3 },
      { kind: 'HISTORY_ENTRY', event: 'SIGN_FSSP', version: 6 },
    ]);
    expect(parseMetBy(null, 'ENG-1')).toEqual([]);
  });

  it('refuses text this build does not write, rather than guessing', () => {
    expect(() => parseMetBy('test', 'ENG-1')).toThrow(/not one this build writes/);
    expect(() => parseMetBy('verifyMonth', 'ENG-1')).toThrow(/not one this build writes/);
  });
});
