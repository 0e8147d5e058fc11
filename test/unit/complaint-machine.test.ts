import {
  allowedComplaintEvents, applyComplaintEvent, checkComplaintEvent, complaintStatusOf, restoreComplaintSnapshot, startComplaint, targetStatusOf,
  toStoredComplaint, type ComplaintSnapshot,
} from '../../src/machines/complaint-transition';
import { COMPLAINT_EVENTS } from '../../src/machines/complaint-event-catalog';
import { checkComplaintReceipt } from '../../src/machines/complaint-timeline';
import { describeComplaintWorkflow, validateComplaintMachine } from '../../src/machines/complaint-workflow';
import type { ComplaintCommand, ComplaintEvent, ComplaintSource } from '../../src/machines/complaint.types';
import { whyCannotWorkComplaint } from '../../src/complaints/complaint-access';

// Received Tuesday 2026-11-03 at 09:00 in Anchorage (18:00Z); the server accepts each event at `now`.
const RECEIVED = '2026-11-03T18:00:00.000Z';
const now = '2026-11-06T20:00:00.000Z';
const h = (hours: number) => new Date(Date.parse(RECEIVED) + hours * 3_600_000).toISOString();

const start = (source: ComplaintSource = 'CLIENT') =>
  startComplaint({ source, receivedAt: RECEIVED, channel: 'PHONE', summary: 'My calls are not returned', receivedBy: 'cm-1' });
const event = (command: ComplaintCommand, at = now): ComplaintEvent => ({ ...command, at, by: 'cm-1' });

/** Applies each command, failing loudly on the first one refused. */
function walk(snapshot: ComplaintSnapshot, ...commands: ComplaintCommand[]): ComplaintSnapshot {
  return commands.reduce((s, c) => {
    const refused = checkComplaintEvent(s, event(c));
    if (refused) throw new Error(`${c.type} refused in ${String(s.value)}: ${refused.reason}`);
    return applyComplaintEvent(s, event(c));
  }, snapshot);
}

const returnCall: ComplaintCommand = { type: 'RETURN_CALL', returnedAt: h(3), channel: 'PHONE' };
const resolve: ComplaintCommand = { type: 'RESOLVE', resolvedAt: h(5), summary: 'CM will call back daily', noteId: 'n-1', noteEnteredAt: h(5) };
const notify: ComplaintCommand = { type: 'NOTIFY_WSTA', notifiedAt: h(6), method: 'EMAIL', clientId: 'client-1', noteDate: '2026-11-03' };
const forward: ComplaintCommand = { type: 'FORWARD_TO_WSTA', forwardedAt: h(4), reason: 'Client wants another CM' };
const review: ComplaintCommand = { type: 'RECORD_CASE_REVIEW', recommendationsReceivedAt: h(2), recommendations: 'Assign another CM' };
const implement: ComplaintCommand = { type: 'IMPLEMENT_RECOMMENDATIONS', implementedAt: h(20), summary: 'Reassigned', noteId: 'n-2', noteEnteredAt: h(20) };

describe('complaint chart (MGT-4)', () => {
  it('MGT-4: a client\'s complaint: received -> call returned -> resolved with its CLNO -> closed once WSTA is told', () => {
    const s = walk(start(), returnCall, resolve, notify);
    expect(complaintStatusOf(s.value as string)).toBe('CLOSED');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({
      callReturned: { returnedAt: h(3), channel: 'PHONE', by: 'cm-1' },
      resolution: { kind: 'LOCAL', noteId: 'n-1', noteEnteredAt: h(5) },
      wstaNotice: { method: 'EMAIL', clientId: 'client-1', noteDate: '2026-11-03' },
    });
  });

  it('MGT-4: unresolved, it is forwarded to WSTA (from received or after the call), and WSTA resolves it; its call may still be returned, once', () => {
    const forwardedFirst = walk(start(), forward);
    expect(complaintStatusOf(forwardedFirst.value as string)).toBe('FORWARDED');
    const returnedLater = walk(forwardedFirst, { ...returnCall, returnedAt: h(5) });
    expect(returnedLater.context.callReturned?.returnedAt).toBe(h(5));
    expect(checkComplaintEvent(returnedLater, event(returnCall))).toEqual({ by: 'CHART', reason: `the call was already returned at ${h(5)}` });
    const closed = walk(start(), returnCall, forward, { type: 'RESOLVE_FORWARDED', resolvedAt: h(30), summary: 'WSTA settled it' });
    expect(closed.context.resolution).toMatchObject({ kind: 'WSTA', noteId: null });
    expect(complaintStatusOf(closed.value as string)).toBe('CLOSED');
  });

  it('MGT-4: a complaint WSTA brings: case review -> recommendations implemented (a CLNO) -> WSTA told -> closed', () => {
    const s = walk(start('WSTA'), review, implement, { ...notify, notifiedAt: h(21) });
    expect(s.context.resolution).toMatchObject({ kind: 'RECOMMENDATIONS', resolvedAt: h(20) });
    expect(complaintStatusOf(s.value as string)).toBe('CLOSED');
  });

  it('refuses by the rule: no returned call or forwarding for WSTA\'s complaint, no case review for the client\'s, nothing once closed', () => {
    expect(checkComplaintEvent(start('WSTA'), event(returnCall))).toEqual({ by: 'CHART', reason: expect.stringContaining('case review and recommendations (MGT-4)') });
    expect(checkComplaintEvent(start('WSTA'), event(forward))).toMatchObject({ by: 'CHART' });
    expect(checkComplaintEvent(start(), event(review))).toEqual({ by: 'CHART', reason: expect.stringContaining('forward the client\'s complaint to WSTA instead') });
    expect(checkComplaintEvent(start(), event(resolve))).toEqual({ by: 'CHART', reason: COMPLAINT_EVENTS.RESOLVE.notNow });
    expect(checkComplaintEvent(walk(start(), returnCall, resolve, notify), event(notify))).toEqual({ by: 'CHART', reason: 'the complaint is closed' });
  });

  it('MGT-4 timeline: nothing before the receipt or the step it answers, nothing in the future', () => {
    const check = (s: ComplaintSnapshot, c: ComplaintCommand) => checkComplaintEvent(s, event(c));
    expect(check(start(), { ...returnCall, returnedAt: h(-1) })).toMatchObject({ by: 'TIMELINE', field: 'returnedAt', constraint: 'notBeforeReceived' });
    expect(check(start(), { ...returnCall, returnedAt: '2026-11-07T00:00:00.000Z' })).toMatchObject({ field: 'returnedAt', constraint: 'notInFuture' });
    const returned = walk(start(), returnCall);
    expect(check(returned, { ...resolve, resolvedAt: h(2) })).toMatchObject({ field: 'resolvedAt', constraint: 'notBeforeCallReturned' });
    expect(check(returned, { ...resolve, noteEnteredAt: h(-2) })).toMatchObject({ field: 'noteId', constraint: 'noteNotBeforeReceived' });
    expect(check(returned, { ...forward, forwardedAt: h(2) })).toMatchObject({ field: 'forwardedAt', constraint: 'notBeforeCallReturned' });
    const resolved = walk(returned, resolve);
    expect(check(resolved, { ...notify, notifiedAt: h(4) })).toMatchObject({ field: 'notifiedAt', constraint: 'notBeforeResolved' });
    const reviewed = walk(start('WSTA'), review);
    expect(check(reviewed, { ...implement, implementedAt: h(1) })).toMatchObject({ field: 'implementedAt', constraint: 'notBeforeRecommendations' });
    const forwarded = walk(start(), forward);
    expect(check(forwarded, { type: 'RESOLVE_FORWARDED', resolvedAt: h(3), summary: 'x' })).toMatchObject({ field: 'resolvedAt', constraint: 'notBeforeForwarded' });
    expect(checkComplaintReceipt(RECEIVED, '2026-11-03', '2026-11-04', now)).toMatchObject({ field: 'receivedAt', constraint: 'notBeforeReferral' });
    expect(checkComplaintReceipt('2026-11-07T00:00:00.000Z', '2026-11-06', '2026-11-01', now)).toMatchObject({ constraint: 'notInFuture' });
  });

  it('MGT-4 timeline: the CLNO a resolution names is not dated before the resolution it documents, nor before the recommendations it implements', () => {
    const check = (s: ComplaintSnapshot, c: ComplaintCommand) => checkComplaintEvent(s, event(c));
    const returned = walk(start(), returnCall);
    // A COMPLAINT CLNO of the receipt day (Tue 3 Nov) cannot hold the summary of a resolution reached on Thu 5 Nov.
    expect(check(returned, { ...resolve, resolvedAt: h(50), noteEnteredAt: h(4) }))
      .toMatchObject({ by: 'TIMELINE', field: 'noteId', constraint: 'noteNotBeforeResolution' });
    // Written the same Alaska day, just before the resolve button: fine (as the CLNO written on the call, then recorded).
    expect(check(returned, { ...resolve, resolvedAt: h(5), noteEnteredAt: h(4) })).toBeNull();
    // A CLNO entered after the resolution documents it: fine.
    expect(check(returned, { ...resolve, resolvedAt: h(5), noteEnteredAt: h(30) })).toBeNull();
    const reviewed = walk(start('WSTA'), review);
    // Entered after the complaint but before WSTA's recommendations arrived: it cannot say they were implemented.
    expect(check(reviewed, { ...implement, noteEnteredAt: h(1) }))
      .toMatchObject({ by: 'TIMELINE', field: 'noteId', constraint: 'noteNotBeforeRecommendations' });
    expect(check(reviewed, { ...implement, implementedAt: h(40), noteEnteredAt: h(20) }))
      .toMatchObject({ by: 'TIMELINE', field: 'noteId', constraint: 'noteNotBeforeResolution' });
  });

  it('names the events each role could send now, and where a refused event leads', () => {
    expect(allowedComplaintEvents(start(), 'CASE_MANAGER', now, 'cm-1')).toEqual(['RETURN_CALL', 'FORWARD_TO_WSTA']);
    expect(allowedComplaintEvents(start('WSTA'), 'WSTA', now, 'w-1')).toEqual(['RECORD_CASE_REVIEW']);
    expect(allowedComplaintEvents(walk(start(), forward), 'WSTA', now, 'w-1')).toEqual(['RESOLVE_FORWARDED']);
    expect(allowedComplaintEvents(walk(start(), forward), 'PARTNER', now, 'p-1')).toEqual([]);
    expect([targetStatusOf('RESOLVE'), targetStatusOf('NOTIFY_WSTA'), targetStatusOf('IMPLEMENT_RECOMMENDATIONS')]).toEqual(['RESOLVED', 'CLOSED', 'RESOLVED']);
  });

  it('office rule: the office\'s CM, supervisor and manager work its complaints; WSTA works every office\'s; PARTNER none', () => {
    expect(whyCannotWorkComplaint({ role: 'CASE_MANAGER', officeId: 'north' }, 'north')).toBeNull();
    expect(whyCannotWorkComplaint({ role: 'CASE_MANAGER', officeId: 'south' }, 'north')).toBe('the complaint belongs to another office');
    expect(whyCannotWorkComplaint({ role: 'WSTA', officeId: 'south' }, 'north')).toBeNull();
    expect(whyCannotWorkComplaint({ role: 'PARTNER', officeId: 'north' }, 'north')).toBe('read-only for your role');
  });

  it('stores and restores its snapshot; refuses a machine version this build does not know', () => {
    const stored = toStoredComplaint(walk(start(), returnCall));
    const restored = restoreComplaintSnapshot(JSON.parse(JSON.stringify(stored)) as typeof stored, 1);
    expect(restored.value).toBe('callReturned');
    expect(checkComplaintEvent(restored, event(resolve))).toBeNull();
    expect(() => restoreComplaintSnapshot(stored, 2)).toThrow(/machine version 2/);
  });

  it('is validated against the mutations, as the case chart is at start-up', () => {
    const mutations = Object.values(COMPLAINT_EVENTS).map((e) => e.mutation);
    expect(() => validateComplaintMachine(mutations)).not.toThrow();
    expect(() => validateComplaintMachine(mutations.filter((m) => m !== 'resolveComplaint'))).toThrow(/resolveComplaint/);
    expect(describeComplaintWorkflow()).toContainEqual({ from: 'received', event: 'RETURN_CALL', mutation: 'recordComplaintCallReturned', to: 'callReturned', guard: 'fromClient' });
  });
});
