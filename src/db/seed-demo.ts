import type { DataSource, EntityManager } from 'typeorm';
import { initialTransition, transition } from 'xstate';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { CaseEvent, Track } from '../machines/case-lifecycle.types';
import { toStored } from '../machines/case-snapshot';
import { phaseOf, stateString } from '../machines/case-state';
import { sampleLifecycle } from '../machines/sample-lifecycle';
import { addDays, alaskaDateOf } from '../dates';
import { CaseRepository, type NewHistoryEntry } from '../repositories/case.repository';
import { ClientRepository, type NewHouseholdMember } from '../repositories/client.repository';
import { NoteRepository } from '../repositories/note.repository';
import { StaffRepository } from '../repositories/staff.repository';
import { notesFor, type DemoNote } from './seed-notes';
import type { StaffRole } from '../entities/staff.entity';
import type { Clock } from '../services/clock';
import { publishCaseChange, publishReferral } from '../services/case-publication';

const OFFICES = [
  { code: 'ANC', name: 'Anchorage Work Services' },
  { code: 'FBX', name: 'Fairbanks Work Services' },
  { code: 'JNU', name: 'Juneau Work Services' },
];
const FIRST = ['Aiyana', 'Ben', 'Chloe', 'Dmitri', 'Elena', 'Frank', 'Grace', 'Hoa', 'Isaac', 'Jade', 'Kiana', 'Liam', 'Maya', 'Nanuq', 'Olivia', 'Peter'];
const LAST = ['Active', 'Berg', 'Charlie', 'Dayton', 'Evan', 'Frost', 'Gologergen', 'Hansen', 'Ivanoff', 'Johnson', 'Kelly', 'Lestenkof'];
const CLIENTS_PER_OFFICE = 100;

/** A small deterministic generator, so every fresh demo database looks the same. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/**
 * Fills an empty database with offices, staff of every role and a few hundred clients whose cases
 * are spread over the lifecycle (driven through the real chart, with their history). Does nothing
 * when any office exists, so restarts keep what users changed.
 */
export async function seedDemoData(dataSource: DataSource, clock: Clock, recompute: (manager: EntityManager, caseId: string) => Promise<void>): Promise<{ offices: number; staff: number; cases: number } | null> {
  return dataSource.transaction(async (m) => {
    const people = new StaffRepository(m);
    const clients = new ClientRepository(m);
    const cases = new CaseRepository(m);
    const noteRows = new NoteRepository(m);
    if (await people.hasAnyOffice()) return null;
    const rand = random(42);
    const today = alaskaDateOf(clock.now());
    let staffCount = 0;
    let caseCount = 0;
    for (const office of OFFICES) {
      const officeId = await people.createOffice(office);
      const code = office.code.toLowerCase();
      const staff: Array<[StaffRole, string, string]> = [
        ['CASE_MANAGER', `cm1.${code}@demo.akws.org`, 'Case Manager One'],
        ['CASE_MANAGER', `cm2.${code}@demo.akws.org`, 'Case Manager Two'],
        ['SUPERVISOR', `supervisor.${code}@demo.akws.org`, 'Supervisor'],
        ['MANAGER', `manager.${code}@demo.akws.org`, 'Program Manager'],
        ['PARTNER', `eligibility.${code}@demo.akws.org`, 'Eligibility (integration)'],
        ...(office.code === 'JNU' ? [['WSTA', 'wsta@demo.akws.org', 'WSTA Technical Assistance'] as [StaffRole, string, string]] : []),
      ];
      const ids: Record<string, string> = {};
      for (const [role, email, name] of staff) {
        const id = await people.createStaff({ email, name: `${name} (${office.code})`, role, officeId });
        ids[email] = id;
        staffCount++;
      }
      const supervisorId = ids[`supervisor.${code}@demo.akws.org`];
      const caseManagers = [ids[`cm1.${code}@demo.akws.org`], ids[`cm2.${code}@demo.akws.org`]];
      for (let i = 0; i < CLIENTS_PER_OFFICE; i++) {
        const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
        const last = pick(LAST);
        const age = 19 + Math.floor(rand() * 30);
        const dob = addDays(today, -(age * 365 + Math.floor(rand() * 300)));
        const { id: clientId } = await clients.create({
          firstName: pick(FIRST), lastName: last, dateOfBirth: dob, phone: `907-555-${String(1000 + i).padStart(4, '0')}`, community: office.name.split(' ')[0],
        });
        const household: NewHouseholdMember[] = [];
        const children = 1 + Math.floor(rand() * 3);
        for (let c = 0; c < children; c++) {
          household.push({ clientId, firstName: pick(FIRST), lastName: last, relationship: 'CHILD', dateOfBirth: addDays(today, -Math.floor(rand() * 17 * 365)) });
        }
        if (rand() < 0.25) {
          household.push({ clientId, firstName: pick(FIRST), lastName: last, relationship: 'SPOUSE', dateOfBirth: addDays(today, -(age + 2) * 365) });
        }
        await clients.addHousehold(household);
        const track: Track = rand() < 0.7 ? 'WORK_FIRST' : 'FAMILIES_FIRST';
        const caseManagerId = caseManagers[i % 2];
        const referralDate = addDays(today, -Math.floor(rand() * 200));
        const input = { track, caseManagerId, referralDate, monthsUsed: Math.floor(rand() * 50) };
        let [snapshot] = initialTransition(caseLifecycleMachine, input);
        const initial = snapshot;
        type Entry = Omit<NewHistoryEntry, 'caseId'>;
        const history: Entry[] = [{
          version: 1, event: 'REFERRED', payload: input, stateBefore: null, stateAfter: stateString(snapshot.value),
          actorId: supervisorId, actorRole: 'SUPERVISOR', occurredAt: new Date(`${referralDate}T18:00:00Z`),
        }];
        const notes: DemoNote[] = [];
        // Each event as partners learn of it (the change feed, the Eligibility outbox), written below through the same path.
        const published: Array<{ event: CaseEvent; before: string; after: typeof snapshot; version: number }> = [];
        const steps = sampleLifecycle(referralDate);
        const take = Math.floor(rand() * (steps.length + 1));
        for (const { dayOffset, ...command } of steps.slice(0, take)) {
          const at = new Date(`${addDays(referralDate, dayOffset)}T19:00:00Z`);
          if (at > clock.now()) break;
          const event = { ...command, at: at.toISOString() } as CaseEvent;
          if (!snapshot.can(event)) break;
          const before = stateString(snapshot.value);
          [snapshot] = transition(caseLifecycleMachine, snapshot, event);
          notes.push(...notesFor(event, caseManagerId));
          const { type, at: _at, ...payload } = event;
          history.push({
            version: history.length + 1, event: type, payload, stateBefore: before, stateAfter: stateString(snapshot.value),
            actorId: caseManagerId, actorRole: 'CASE_MANAGER', occurredAt: at,
          });
          published.push({ event, before, after: snapshot, version: history.length });
        }
        const { id: caseId } = await cases.create({
          clientId, officeId, caseManagerId, track, referralDate, monthsUsed: input.monthsUsed, state: stateString(snapshot.value),
          phase: phaseOf(snapshot.value), snapshot: toStored(snapshot), machineVersion: CASE_MACHINE_VERSION, version: history.length,
        });
        for (const entry of history) await cases.appendHistory({ caseId, ...entry });
        // A new partner sees the demo's changes and notices on day one (issue 14), as the API writes them.
        const atVersion = (s: typeof snapshot, version: number) => ({
          id: caseId, officeId, caseManagerId, version, state: stateString(s.value), phase: phaseOf(s.value), snapshot: toStored(s),
        });
        await publishReferral(m, atVersion(initial, 1), history[0].occurredAt);
        for (const step of published) await publishCaseChange(m, atVersion(step.after, step.version), step.event, step.before);
        for (const note of notes) {
          if ('client' in note) await noteRows.addClientNote({ caseId, ...note.client });
          else {
            // NOTE-3: each CANO raises an "E" alert, as NoteService.addCaseNote does.
            const added = await noteRows.addCaseNote({ caseId, ...note.case });
            await noteRows.raiseAlert({ caseId, officeId, kind: 'E', caseNoteId: added.id, raisedAt: note.case.enteredAt });
          }
        }
        await recompute(m, caseId);
        caseCount++;
      }
    }
    return { offices: OFFICES.length, staff: staffCount, cases: caseCount };
  });
}
