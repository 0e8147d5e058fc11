import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's response headers on every route (issue 11 item 9): nosniff, frame refusal, no
 * referrer, HSTS (browsers heed it only over HTTPS, i.e. behind the TLS proxy), COOP/CORP. The
 * API answers JSON, never a page, so its Content-Security-Policy allows nothing at all; GraphiQL
 * (src/graphiql) replaces it with the page's own policy on the one route that serves HTML.
 * Express's `X-Powered-By` is switched off in app.ts (`app.disable`), not here.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
