import { USER_ERRORS } from './case-mutations';
import { referClient } from './referrals';
import type { TestApp } from './test-app';

/** The operations the approvals and supportive-services tests send, as a front end does. */
export const REQUEST = 'id kind status version caseId requestedBy decision { outcome reason decidedBy historyVersion }';
export const DRAFT = `mutation($input: DraftSupportiveServiceInput!) { draftSupportiveService(input: $input) { supportiveService { id } ${USER_ERRORS} } }`;
export const ASK = `mutation($input: RequestSupportiveServiceApprovalInput!) { requestSupportiveServiceApproval(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;
export const DECIDE = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { approvalRequest { ${REQUEST} } ${USER_ERRORS} } }`;

/**
 * A case manager's steps toward a supportive service (SS-1, SS-2): a new case, a $1,800 bus pass
 * drafted by default, its approval asked; and how many decisions a request has. `appOf` and `cm`
 * are read when a step runs (tests start the app in beforeAll).
 */
export function supportiveServiceSteps(appOf: () => TestApp, cm: () => string) {
  return {
    decisionsOf: async (requestId: string) => Number((await appOf().dataSource.query('SELECT count(*)::int AS n FROM approval_decision WHERE request_id = $1', [requestId]))[0].n),
    draft: async (caseId: string, token = cm(), amountCents = 180000) => {
      const res = await appOf().gql(DRAFT, { input: { caseId, type: 'TRANSPORTATION', amountCents, vendor: 'Bethel Transit', serviceFrom: '2026-11-02', serviceTo: '2026-11-30', justification: 'Bus passes' } }, token);
      if (!res.data?.draftSupportiveService?.supportiveService) throw new Error(JSON.stringify(res.errors ?? res.data?.draftSupportiveService?.userErrors));
      return res.data.draftSupportiveService.supportiveService.id as string;
    },
    ask: async (supportiveServiceId: string, token = cm()) => {
      const res = await appOf().gql(ASK, { input: { supportiveServiceId, reason: 'Over $1,500' } }, token);
      if (!res.data?.requestSupportiveServiceApproval?.approvalRequest) throw new Error(JSON.stringify(res.errors ?? res.data?.requestSupportiveServiceApproval?.userErrors));
      return res.data.requestSupportiveServiceApproval.approvalRequest as { id: string; version: number };
    },
    newCase: async (lastName: string) => (await referClient(appOf(), cm(), { referralDate: '2026-10-26', client: { firstName: 'Rev', lastName, dateOfBirth: '1990-06-06' } })).id,
  };
}
