import { dirname, join } from 'node:path';
import express, { type Request, type RequestHandler } from 'express';
import { ASSET_PATH, GRAPHIQL_PAGE, PAGE_CSS, START_SCRIPT } from './page';

/** The page's only script sources: the `graphiql` package's prebuilt bundle and React 18's UMD builds. */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const FILES = new Map([
  ['graphiql.min.js', join(packageDir('graphiql'), 'graphiql.min.js')],
  ['graphiql.min.css', join(packageDir('graphiql'), 'graphiql.min.css')],
  ['react.production.min.js', join(packageDir('react'), 'umd', 'react.production.min.js')],
  ['react-dom.production.min.js', join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
]);

/**
 * Everything from this origin; `connect-src 'self'` also keeps the token from leaving it.
 * GraphiQL sets inline styles, hence `style-src 'unsafe-inline'`.
 */
const PAGE_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** A browser navigating to /graphql (Accept: text/html first), not a GraphQL GET from a client. */
function wantsPage(req: Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL served offline, from npm packages (no CDN): `GET /graphql` in a browser, its files
 * under /graphiql. Mount it before the GraphQL middleware; it passes every other request on.
 */
export function graphiqlRouter(): express.Router {
  const router = express.Router();
  const page: RequestHandler = (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.set({ 'Content-Security-Policy': PAGE_POLICY, 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' });
    res.type('html').send(GRAPHIQL_PAGE);
  };
  router.get('/graphql', page);
  router.get(`${ASSET_PATH}/start.js`, (_req, res) => { res.type('js').send(START_SCRIPT); });
  router.get(`${ASSET_PATH}/page.css`, (_req, res) => { res.type('css').send(PAGE_CSS); });
  router.get(`${ASSET_PATH}/:file`, (req, res, next) => {
    const file = FILES.get(String(req.params.file));
    if (!file) return next();
    res.sendFile(file, { maxAge: '1h' });
  });
  return router;
}
