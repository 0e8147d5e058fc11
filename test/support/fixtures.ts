import type { DataSource } from 'typeorm';

export interface OfficeStaff {
  officeId: string;
  caseManager: string;
  otherCaseManager: string;
  supervisor: string;
  manager: string;
  partner: string;
}

export interface Fixtures {
  north: OfficeStaff;
  south: OfficeStaff;
  wsta: string;
  inactiveCaseManager: string;
}

/** Two offices with staff of every role, plus WSTA and a deactivated case manager. */
export async function createFixtures(dataSource: DataSource): Promise<Fixtures> {
  const insertStaff = async (email: string, role: string, officeId: string, active = true) =>
    (await dataSource.query('INSERT INTO staff (email, name, role, office_id, active) VALUES ($1, $1, $2, $3, $4) RETURNING id', [email, role, officeId, active]))[0].id as string;
  const office = async (code: string): Promise<OfficeStaff> => {
    const [{ id: officeId }] = await dataSource.query('INSERT INTO office (code, name) VALUES ($1, $1) RETURNING id', [code]);
    return {
      officeId,
      caseManager: await insertStaff(`cm.${code}@test`, 'CASE_MANAGER', officeId),
      otherCaseManager: await insertStaff(`cm2.${code}@test`, 'CASE_MANAGER', officeId),
      supervisor: await insertStaff(`sup.${code}@test`, 'SUPERVISOR', officeId),
      manager: await insertStaff(`mgr.${code}@test`, 'MANAGER', officeId),
      partner: await insertStaff(`partner.${code}@test`, 'PARTNER', officeId),
    };
  };
  const north = await office('NORTH');
  const south = await office('SOUTH');
  return {
    north, south,
    wsta: await insertStaff('wsta@test', 'WSTA', north.officeId),
    inactiveCaseManager: await insertStaff('gone@test', 'CASE_MANAGER', north.officeId, false),
  };
}
