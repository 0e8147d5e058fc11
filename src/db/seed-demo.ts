import type { DataSource, EntityManager } from 'typeorm';
import { initialTransition, transition } from 'xstate';
import { CASE_MACHINE_VERSION, caseLifecycleMachine } from '../machines/case-lifecycle.machine';
import type { CaseEvent, Track } from '../machines/case-lifecycle.types';
import { toStored } from '../machines/case-snapshot';
import { phaseOf, stateString } from '../machines/case-state';
import { isoAddDays } from '../machines/iso-dates';
import { sampleLifecycle } from '../machines/sample-lifecycle';
import { alaskaDateOf } from '../calendar/alaska-calendar';
import type { Clock } from '../services/clock';

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
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM office');
    if (n > 0) return null;
    const rand = random(42);
    const today = alaskaDateOf(clock.now());
    let staffCount = 0;
    let caseCount = 0;
    for (const office of OFFICES) {
      const [{ id: officeId }] = await m.query('INSERT INTO office (code, name) VALUES ($1, $2) RETURNING id', [office.code, office.name]);
      const code = office.code.toLowerCase();
      const staff = [
        ['CASE_MANAGER', `cm1.${code}@demo.akws.org`, 'Case Manager One'],
        ['CASE_MANAGER', `cm2.${code}@demo.akws.org`, 'Case Manager Two'],
        ['SUPERVISOR', `supervisor.${code}@demo.akws.org`, 'Supervisor'],
        ['MANAGER', `manager.${code}@demo.akws.org`, 'Program Manager'],
        ['PARTNER', `eligibility.${code}@demo.akws.org`, 'Eligibility (integration)'],
        ...(office.code === 'JNU' ? [['WSTA', 'wsta@demo.akws.org', 'WSTA Technical Assistance']] : []),
      ];
      const ids: Record<string, string> = {};
      for (const [role, email, name] of staff) {
        const [{ id }] = await m.query('INSERT INTO staff (email, name, role, office_id) VALUES ($1, $2, $3, $4) RETURNING id', [email, `${name} (${office.code})`, role, officeId]);
        ids[email] = id;
        staffCount++;
      }
      const supervisorId = ids[`supervisor.${code}@demo.akws.org`];
      const caseManagers = [ids[`cm1.${code}@demo.akws.org`], ids[`cm2.${code}@demo.akws.org`]];
      for (let i = 0; i < CLIENTS_PER_OFFICE; i++) {
        const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
        const last = pick(LAST);
        const age = 19 + Math.floor(rand() * 30);
        const dob = isoAddDays(today, -(age * 365 + Math.floor(rand() * 300)));
        const [{ id: clientId }] = await m.query(
          `INSERT INTO client (first_name, last_name, date_of_birth, phone, community) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [pick(FIRST), last, dob, `907-555-${String(1000 + i).padStart(4, '0')}`, office.name.split(' ')[0]],
        );
        const children = 1 + Math.floor(rand() * 3);
        for (let c = 0; c < children; c++) {
          await m.query(`INSERT INTO household_member (client_id, first_name, last_name, relationship, date_of_birth) VALUES ($1, $2, $3, 'CHILD', $4)`,
            [clientId, pick(FIRST), last, isoAddDays(today, -Math.floor(rand() * 17 * 365))]);
        }
        if (rand() < 0.25) {
          await m.query(`INSERT INTO household_member (client_id, first_name, last_name, relationship, date_of_birth) VALUES ($1, $2, $3, 'SPOUSE', $4)`,
            [clientId, pick(FIRST), last, isoAddDays(today, -(age + 2) * 365)]);
        }
        const track: Track = rand() < 0.7 ? 'WORK_FIRST' : 'FAMILIES_FIRST';
        const caseManagerId = caseManagers[i % 2];
        const referralDate = isoAddDays(today, -Math.floor(rand() * 200));
        const input = { track, caseManagerId, referralDate, monthsUsed: Math.floor(rand() * 50) };
        let [snapshot] = initialTransition(caseLifecycleMachine, input);
        const history: unknown[][] = [[1, 'REFERRED', input, null, stateString(snapshot.value), supervisorId, 'SUPERVISOR', new Date(`${referralDate}T18:00:00Z`)]];
        const steps = sampleLifecycle(referralDate);
        const take = Math.floor(rand() * (steps.length + 1));
        for (const { dayOffset, ...command } of steps.slice(0, take)) {
          const at = new Date(`${isoAddDays(referralDate, dayOffset)}T19:00:00Z`);
          if (at > clock.now()) break;
          const event = { ...command, at: at.toISOString() } as CaseEvent;
          if (!snapshot.can(event)) break;
          const before = stateString(snapshot.value);
          [snapshot] = transition(caseLifecycleMachine, snapshot, event);
          const { type, at: _at, ...payload } = event;
          history.push([history.length + 1, type, payload, before, stateString(snapshot.value), caseManagerId, 'CASE_MANAGER', at]);
        }
        const [{ id: caseId }] = await m.query(
          `INSERT INTO work_case (client_id, office_id, case_manager_id, track, referral_date, months_used, state, phase, snapshot, machine_version, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [clientId, officeId, caseManagerId, track, referralDate, input.monthsUsed, stateString(snapshot.value), phaseOf(snapshot.value), toStored(snapshot), CASE_MACHINE_VERSION, history.length],
        );
        for (const row of history) {
          await m.query(`INSERT INTO case_history (case_id, version, event, payload, state_before, state_after, actor_id, actor_role, occurred_at)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [caseId, ...row]);
        }
        await recompute(m, caseId);
        caseCount++;
      }
    }
    return { offices: OFFICES.length, staff: staffCount, cases: caseCount };
  });
}
