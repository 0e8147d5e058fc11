import cors from 'cors';
import type { RequestHandler } from 'express';

/** An allowed browser origin: an exact `scheme://host[:port]`, or a pattern (the development default). */
export type CorsOrigin = string | RegExp;

/** Any port on this machine, over http or https: what a front end's dev server runs on (Vite, Next, ...). */
export const LOCALHOST_ORIGINS = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

const ORIGIN = /^https?:\/\/[^/\s?#]+$/i;

/**
 * The origins whose browser pages may call /graphql, from `CORS_ORIGINS` (comma-separated exact
 * origins). Unset: none in production, any localhost port elsewhere. Set but empty: none. A value
 * with a path or without a scheme is refused at start-up, since it could never match a browser's
 * `Origin` and would fail silently.
 * @example
 * parseCorsOrigins('https://app.example.org, http://localhost:5173', 'production')
 * // => ['https://app.example.org', 'http://localhost:5173']
 * parseCorsOrigins(undefined, 'production') // => []
 */
export function parseCorsOrigins(value: string | undefined, nodeEnv: string): CorsOrigin[] {
  if (value === undefined) return nodeEnv === 'production' ? [] : [LOCALHOST_ORIGINS];
  return value.split(',').map((entry) => entry.trim()).filter(Boolean).map((entry) => {
    if (!ORIGIN.test(entry)) throw new Error(`CORS_ORIGINS: "${entry}" is not an origin such as https://app.example.org (scheme and host, optional port, no path)`);
    return entry.toLowerCase();
  });
}

/**
 * CORS for /graphql. Bearer tokens, not cookies, so no credentials; the request headers a GraphQL
 * client sends are allowed. An origin not on the list gets no Access-Control-Allow-Origin, which
 * the browser treats as a refusal.
 */
export function corsForGraphql(origins: CorsOrigin[]): RequestHandler {
  return cors({
    origin: origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    // A front end may send its own X-Request-Id and read the one the log line carries (src/http/request-log.ts).
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
