import {
  CORE_ACTIVITIES,
  FEDERAL_ACTIVITIES,
  FEDERAL_ACTIVITY_CODES,
  FEDERAL_ACTIVITY_LIST,
  FederalActivity,
  NON_CORE_ACTIVITIES,
  isCoreActivity,
  isFederalActivity,
  isPaidActivity,
} from '../../../src/participation';

describe('federal work activities (42 USC 607(d); 45 CFR 261.30)', () => {
  test('there are 12 categories: 9 core (45 CFR 261.31(b)) and 3 non-core (45 CFR 261.31(c))', () => {
    expect(FEDERAL_ACTIVITY_CODES).toHaveLength(12);
    expect(FEDERAL_ACTIVITY_LIST).toHaveLength(12);
    expect([...CORE_ACTIVITIES].sort()).toEqual(
      [
        'UNSUBSIDIZED_EMPLOYMENT',
        'SUBSIDIZED_PRIVATE_EMPLOYMENT',
        'SUBSIDIZED_PUBLIC_EMPLOYMENT',
        'WORK_EXPERIENCE',
        'ON_THE_JOB_TRAINING',
        'JOB_SEARCH_JOB_READINESS',
        'COMMUNITY_SERVICE',
        'VOCATIONAL_EDUCATIONAL_TRAINING',
        'CHILD_CARE_FOR_COMMUNITY_SERVICE',
      ].sort(),
    );
    expect([...NON_CORE_ACTIVITIES].sort()).toEqual(['EDUCATION_RELATED_TO_EMPLOYMENT', 'JOB_SKILLS_TRAINING', 'SECONDARY_SCHOOL_OR_GED']);
  });

  test('Alaska local names: CWE/BWE are work experience, OJT, JSJR, VET', () => {
    expect(FEDERAL_ACTIVITIES.WORK_EXPERIENCE.localNames).toEqual(
      expect.arrayContaining(['CWE (community work experience)', 'BWE (business work experience)']),
    );
    expect(FEDERAL_ACTIVITIES.ON_THE_JOB_TRAINING.localNames).toContain('OJT');
    expect(FEDERAL_ACTIVITIES.JOB_SEARCH_JOB_READINESS.localNames).toContain('Job search / job readiness (JSJR)');
    expect(FEDERAL_ACTIVITIES.VOCATIONAL_EDUCATIONAL_TRAINING.localNames).toContain('Vocational education (VET)');
    for (const d of FEDERAL_ACTIVITY_LIST) {
      expect(d.federalName.length).toBeGreaterThan(0);
      expect(d.citation).toMatch(/^45 CFR 261\.30\([a-l]\)$/);
    }
  });

  test('paid work (employment, subsidized employment, OJT) takes no excused hours (45 CFR 261.60(b))', () => {
    const paid = FEDERAL_ACTIVITY_CODES.filter(isPaidActivity).sort();
    expect(paid).toEqual(['ON_THE_JOB_TRAINING', 'SUBSIDIZED_PRIVATE_EMPLOYMENT', 'SUBSIDIZED_PUBLIC_EMPLOYMENT', 'UNSUBSIDIZED_EMPLOYMENT']);
    expect(isPaidActivity('WORK_EXPERIENCE')).toBe(false);
  });

  test('enum-like access and type guard', () => {
    expect(FederalActivity.WORK_EXPERIENCE).toBe('WORK_EXPERIENCE');
    expect(isCoreActivity(FederalActivity.JOB_SKILLS_TRAINING)).toBe(false);
    expect(isCoreActivity(FederalActivity.CHILD_CARE_FOR_COMMUNITY_SERVICE)).toBe(true);
    expect(isFederalActivity('SECONDARY_SCHOOL_OR_GED')).toBe(true);
    expect(isFederalActivity('CWE')).toBe(false);
    expect(isFederalActivity(7)).toBe(false);
  });
});
