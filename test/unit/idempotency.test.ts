import { canonicalJson, decodeStoredResponse, encodeStoredResponse, inputHash } from '../../src/idempotency/canonical-json';

describe('the input a retry must repeat (issue 9)', () => {
  it('is canonical JSON: keys sorted at every depth, array order kept, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null, e: undefined } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ at: new Date('2026-11-02T18:00:00Z') })).toBe('{"at":"2026-11-02T18:00:00.000Z"}');
  });

  it('hashes the same arguments in any key order alike, and other arguments differently', () => {
    const a = inputHash({ input: { caseId: 'c1', clientMutationId: 'k1', on: '2026-11-02' } });
    expect(inputHash({ input: { on: '2026-11-02', clientMutationId: 'k1', caseId: 'c1' } })).toBe(a);
    expect(inputHash({ input: { on: '2026-11-03', clientMutationId: 'k1', caseId: 'c1' } })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats an optional field sent as null like one left out (a retry whose serializer adds nulls is the same request)', () => {
    const left = inputHash({ input: { caseId: 'c1', clientMutationId: 'k1', subject: 'EA' } });
    expect(inputHash({ input: { caseId: 'c1', clientMutationId: 'k1', subject: 'EA', contactMethod: null, correctsNoteId: null } })).toBe(left);
    expect(inputHash({ input: { caseId: 'c1', clientMutationId: 'k1', subject: 'CONTACT' } })).not.toBe(left);
  });
});

describe('a stored response', () => {
  it('comes back with its Dates as Dates and strings that look like instants as strings', () => {
    const result = { kase: { id: 'c1', createdAt: new Date('2026-11-02T18:00:00Z'), snapshot: { at: '2026-11-02T18:00:00.000Z' } }, list: [new Date(0)], none: null };
    const decoded = decodeStoredResponse(JSON.parse(JSON.stringify(encodeStoredResponse(result)))) as typeof result;
    expect(decoded).toEqual(result);
    expect(decoded.kase.createdAt).toBeInstanceOf(Date);
    expect(typeof decoded.kase.snapshot.at).toBe('string');
  });

  it('keeps a result that is nothing as null', () => {
    expect(encodeStoredResponse(undefined)).toBeNull();
    expect(decodeStoredResponse(encodeStoredResponse(null))).toBeNull();
  });
});
