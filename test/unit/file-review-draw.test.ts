import { createHmac, randomUUID } from 'node:crypto';
import { drawKey, drawSample, generateSeed, redrawMatches, sampleSizeFor, seededOrder, SEED_PATTERN } from '../../src/file-reviews/file-review-draw';
import { assignReviewers, nextReviewer, unassignableCases, whyNotReviewer, type ReviewerCandidate, type SampledCase } from '../../src/file-reviews/file-review-reviewers';
import { seedViolations } from '../../src/file-reviews/file-review-rules';

const SEED = 'a3'.repeat(32);
const OTHER_SEED = '5c'.repeat(32);
const ids = (n: number): string[] => Array.from({ length: n }, () => randomUUID());

describe('MGT-1: the month\'s sample is at least 10% of the caseload, drawn from a recorded seed', () => {
  it.each([[0, 0], [1, 1], [9, 1], [10, 1], [11, 2], [299, 30], [300, 30], [301, 31], [1234, 124]])(
    'MGT-1: a population of %i gives a sample of %i (ceil 10%)', (population, size) => {
      expect(sampleSizeFor(population)).toBe(size);
    });

  it('MGT-1: a sample size of a negative or fractional population is refused', () => {
    expect(() => sampleSizeFor(-1)).toThrow(RangeError);
    expect(() => sampleSizeFor(2.5)).toThrow(RangeError);
  });

  it('MGT-1: a case\'s key is HMAC-SHA256(seed bytes, case id), so anyone can recompute it with node:crypto', () => {
    const id = randomUUID();
    expect(drawKey(SEED, id)).toBe(createHmac('sha256', Buffer.from(SEED, 'hex')).update(id).digest('hex'));
  });

  it('MGT-1: 300 cases give 30, the same ones in the same order when redrawn from the seed, whatever order the population is read in', () => {
    const population = ids(300);
    const drawn = drawSample(SEED, population);
    expect(drawn).toHaveLength(30);
    expect(new Set(drawn).size).toBe(30);
    expect(drawn.every((id) => population.includes(id))).toBe(true);
    expect(drawSample(SEED, [...population].reverse())).toEqual(drawn);
    expect(drawn).toEqual(seededOrder(SEED, population).slice(0, 30));
    expect(redrawMatches(SEED, population, drawn)).toBe(true);
  });

  it('MGT-1: another seed draws another sample; an edited draw no longer matches its seed', () => {
    const population = ids(300);
    const drawn = drawSample(SEED, population);
    expect(drawSample(OTHER_SEED, population)).not.toEqual(drawn);
    expect(redrawMatches(SEED, population, [...drawn].reverse())).toBe(false);
    expect(redrawMatches(SEED, population, drawn.slice(1))).toBe(false);
    const swapped = [population.find((id) => !drawn.includes(id))!, ...drawn.slice(1)];
    expect(redrawMatches(SEED, population, swapped)).toBe(false);
  });

  it('MGT-1: duplicate ids count once; an empty population draws nothing', () => {
    const population = ids(20);
    expect(drawSample(SEED, [...population, ...population])).toEqual(drawSample(SEED, population));
    expect(drawSample(SEED, [])).toEqual([]);
  });

  it('MGT-1: a generated seed is 32 random bytes of hex; a seed that is not hex is refused', () => {
    const a = generateSeed();
    expect(a).toMatch(SEED_PATTERN);
    expect(a).toHaveLength(64);
    expect(generateSeed()).not.toBe(a);
    expect(() => drawKey('not-hex', 'x')).toThrow(RangeError);
    expect(() => drawKey('ab', 'x')).toThrow(RangeError);
  });
});

describe('MGT-1: reviewers are the management team, never the case manager nor a lateral colleague', () => {
  const office = 'office-1';
  const staff = (id: string, role: string, extra: Partial<ReviewerCandidate> = {}): ReviewerCandidate => ({ id, role, officeId: office, active: true, ...extra });
  const kase = (caseId: string, caseManagerId = 'cm-1'): SampledCase => ({ caseId, caseManagerId, officeId: office });

  it('MGT-1: the case\'s own CM, a peer CM, another office, an inactive manager, WSTA, PARTNER and the system actor may not review', () => {
    const k = kase('c-1');
    expect(whyNotReviewer(staff('cm-1', 'CASE_MANAGER'), k)).toMatch(/own case manager/);
    expect(whyNotReviewer(staff('cm-2', 'CASE_MANAGER'), k)).toMatch(/lateral colleague/);
    expect(whyNotReviewer(staff('m-9', 'MANAGER', { officeId: 'office-2' }), k)).toMatch(/office/);
    expect(whyNotReviewer(staff('m-8', 'MANAGER', { active: false }), k)).toMatch(/active/);
    for (const role of ['WSTA', 'PARTNER', 'SYSTEM']) expect(whyNotReviewer(staff(`x-${role}`, role), k)).toMatch(/management team/);
    expect(whyNotReviewer(staff('m-1', 'MANAGER'), k)).toBeNull();
    expect(whyNotReviewer(staff('s-1', 'SUPERVISOR'), k)).toBeNull();
  });

  it('MGT-1: balanced round-robin over the eligible reviewers, the same for the same seed, never a CM', () => {
    const candidates = [staff('cm-1', 'CASE_MANAGER'), staff('cm-2', 'CASE_MANAGER'), staff('m-1', 'MANAGER'), staff('s-1', 'SUPERVISOR'), staff('s-2', 'SUPERVISOR')];
    const cases = Array.from({ length: 31 }, (_, i) => kase(`c-${i}`, i % 2 ? 'cm-1' : 'cm-2'));
    const { assignments, unassignable } = assignReviewers(SEED, cases, candidates);
    expect(unassignable).toEqual([]);
    expect(assignments.map((a) => a.caseId)).toEqual(cases.map((c) => c.caseId));
    const counts = new Map<string, number>();
    for (const a of assignments) counts.set(a.reviewerId, (counts.get(a.reviewerId) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['m-1', 's-1', 's-2']);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
    expect(assignReviewers(SEED, cases, [...candidates].reverse())).toEqual({ assignments, unassignable });
  });

  it('MGT-1: the first reviewer of the rotation follows the seed', () => {
    const candidates = [staff('m-1', 'MANAGER'), staff('s-1', 'SUPERVISOR'), staff('s-2', 'SUPERVISOR'), staff('s-3', 'SUPERVISOR')];
    // Twelve fixed seeds (a random one could, however rarely, make this test fail): the first pick is not always the same reviewer.
    const firsts = new Set(Array.from({ length: 12 }, (_, i) => nextReviewer((i + 1).toString(16).padStart(64, '0'), kase('c-1'), candidates, new Map())));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('MGT-1: an addition goes to the eligible reviewer with the fewest cases', () => {
    const candidates = [staff('m-1', 'MANAGER'), staff('s-1', 'SUPERVISOR')];
    expect(nextReviewer(SEED, kase('c-9'), candidates, new Map([['m-1', 3], ['s-1', 2]]))).toBe('s-1');
    expect(nextReviewer(SEED, kase('c-9'), candidates, new Map([['m-1', 1], ['s-1', 2]]))).toBe('m-1');
  });

  it('MGT-1: the cases nobody may review are found over the whole population, whichever the seed would draw', () => {
    const candidates = [staff('s-1', 'SUPERVISOR'), staff('m-1', 'MANAGER', { active: false })];
    // s-1 holds c-2 (promoted with the caseload), and the manager is away: nobody may review c-2; c-1 has s-1.
    expect(unassignableCases([kase('c-1'), kase('c-2', 's-1')], candidates)).toEqual(['c-2']);
    expect(unassignableCases([kase('c-1')], candidates)).toEqual([]);
    expect(unassignableCases([kase('c-1')], [])).toEqual(['c-1']);
  });

  it('MGT-1: a draw takes no seed from whoever draws it (the server generates and records it)', () => {
    expect(seedViolations(undefined)).toEqual([]);
    expect(seedViolations(null)).toEqual([]);
    expect(seedViolations(SEED)).toEqual([expect.objectContaining({ field: 'seed', constraint: 'isServerGenerated' })]);
  });

  it('MGT-1: with only case managers (the CM and peers) nobody may review: every case is unassignable', () => {
    const { assignments, unassignable } = assignReviewers(SEED, [kase('c-1'), kase('c-2', 'cm-2')], [staff('cm-1', 'CASE_MANAGER'), staff('cm-2', 'CASE_MANAGER')]);
    expect(assignments).toEqual([]);
    expect(unassignable).toEqual(['c-1', 'c-2']);
  });
});
