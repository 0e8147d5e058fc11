import { CASE_NOTE_CATEGORIES } from '../../../src/notes/note-templates';

describe('NOTE-3: the only reasons for a case note (CANO)', () => {
  it('NOTE-3: the manual\'s list, with information on a potential job-quit disqualification as its own category', () => {
    expect([...CASE_NOTE_CATEGORIES].sort()).toEqual([
      'EXEMPTION_START_OR_END', 'EXTENSION_DECISION', 'JOB_START_OR_OJT_PLACEMENT', 'PENALTY_HOME_VISIT', 'PENALTY_REQUEST', 'POTENTIAL_JOB_QUIT',
    ]);
  });
});
