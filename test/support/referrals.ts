import { alaskaDateOf } from '../../src/dates';
import type { TestApp } from './test-app';

export const REFER_CLIENT = `mutation Refer($input: ReferClientInput!) {
  referClient(input: $input) { case { id state { path } phase version track referralDate monthsUsed } userErrors { code message } }
}`;

/** Refers a client through the API, as a case manager would, and returns the new case. */
export async function referClient(app: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const input = {
    client: { firstName: 'Ana', lastName: 'Kuzmin', dateOfBirth: '1994-05-17', phone: '907-555-0101', community: 'Bethel' },
    household: [{ firstName: 'Mika', lastName: 'Kuzmin', relationship: 'CHILD', dateOfBirth: '2022-03-01' }],
    // Referred today by the app's clock, unless the test says otherwise (a referral is never future-dated).
    track: 'WORK_FIRST', referralDate: alaskaDateOf(app.clock.now()), monthsUsed: 10,
    ...overrides,
  };
  const res = await app.gql(REFER_CLIENT, { input }, token);
  if (!res.data?.referClient?.case) throw new Error(`referClient failed: ${JSON.stringify(res.errors ?? res.data?.referClient?.userErrors)}`);
  const kase = res.data.referClient.case as { id: string; state: { path: string }; version: number };
  return { ...kase, state: kase.state.path };
}
