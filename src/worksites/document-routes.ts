import { Router, type Response } from 'express';
import { isUUID } from 'class-validator';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import type { Authenticate } from '../auth/authenticate';
import type { CurrentUser } from '../auth/current-user';
import type { Logger } from '../logger';
import { AccessLogRepository } from '../repositories/access-log.repository';
import { WorksiteRepository } from '../repositories/worksite.repository';
import type { Clock } from '../services/clock';
import { DOCUMENT_CSP, renderPlacementAgreement, renderSiteAgreement } from './agreement-documents';

/** Where the printable agreements are served; the GraphQL types' `documentUrl` fields point here. */
export const DOCUMENT_PATHS = {
  siteAgreement: (id: string) => `/documents/site-agreements/${id}`,
  placementAgreement: (id: string) => `/documents/placement-agreements/${id}`,
};

type Refusal = { status: 401 | 403 | 404; code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'; message: string };

/** An error in GraphQL's response shape, so a client reads one shape from /graphql and from here. */
function refuse(res: Response, { status, code, message }: Refusal): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * GET /documents/site-agreements/:id and /documents/placement-agreements/:id (SITE-1): the
 * agreement as a printable HTML page, authorized like the API: `Authorization: Bearer` through the
 * same authenticator (no header, or a refused token: 401), a role that reads worksites (PARTNER:
 * 403), the record's office readable by the user (403), an id naming nothing (404); errors as
 * JSON in GraphQL's error shape. A placement agreement names a client, so reading one writes the
 * access log (fail-closed: no log entry, no page). Its Content-Security-Policy replaces the API's
 * "nothing at all" with "nothing but the page's own inline style".
 */
export function documentRoutes(deps: { authenticate: Authenticate; dataSource: DataSource; clock: Clock; log: Logger }): Router {
  const router = Router();

  async function userOf(authorization: string | undefined): Promise<CurrentUser | Refusal> {
    try {
      const user = await deps.authenticate(authorization);
      if (user) return user;
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      return { status: 401, code: 'UNAUTHENTICATED', message: err.message };
    }
    return { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in: send Authorization: Bearer <token>' };
  }

  function send(res: Response, html: string): void {
    res.setHeader('Content-Security-Policy', DOCUMENT_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html);
  }

  const serve = (kind: 'site' | 'placement') => async (req: { params: { id: string }; headers: { authorization?: string } }, res: Response) => {
    try {
      const user = await userOf(req.headers.authorization);
      if ('status' in user) return refuse(res, user);
      if (!AccessPolicy.may(user, 'readWorksites')) return refuse(res, { status: 403, code: 'FORBIDDEN', message: 'readWorksites requires CASE_MANAGER, SUPERVISOR, MANAGER or WSTA' });
      const what = kind === 'site' ? 'Site agreement' : 'Placement agreement';
      const notFound: Refusal = { status: 404, code: 'NOT_FOUND', message: `${what} ${req.params.id} not found` };
      if (!isUUID(req.params.id)) return refuse(res, notFound);
      const repo = new WorksiteRepository(deps.dataSource.manager);
      const doc = kind === 'site' ? await repo.siteAgreementDocument(req.params.id) : await repo.placementDocument(req.params.id);
      if (!doc) return refuse(res, notFound);
      if (!AccessPolicy.canReadOffice(user, doc.officeId)) return refuse(res, { status: 403, code: 'FORBIDDEN', message: 'This record belongs to another office' });
      if ('caseId' in doc) {
        await new AccessLogRepository(deps.dataSource.manager).write(
          { staffId: user.id, staffRole: user.role, operationName: 'GET placement agreement', accessedAt: deps.clock.now() },
          [{ clientId: doc.clientId, caseId: doc.caseId, group: 'CLIENT' }, { clientId: doc.clientId, caseId: doc.caseId, group: 'ACTIVITIES' }],
        );
        return send(res, renderPlacementAgreement(doc));
      }
      return send(res, renderSiteAgreement(doc));
    } catch (err) {
      deps.log.error({ err }, 'document route failed');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };

  router.get('/site-agreements/:id', serve('site'));
  router.get('/placement-agreements/:id', serve('placement'));
  return router;
}
