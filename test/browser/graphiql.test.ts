import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * GraphiQL in a real headless Chromium (Debian's `chromium` package; .ci/run installs it):
 * the page loads with nothing but this server, puts `?token=` into its headers panel, runs
 * `{ me { name } }` and shows the answer.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium itself calls Google at start (not the page).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('GraphiQL in a browser, offline', () => {
  let app: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (as .ci/run does) or set CHROMIUM_PATH`);
    }
    [app, browser] = await Promise.all([startTestApp(), chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })]);
    base = `http://127.0.0.1:${(app.running.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => { await browser?.close(); await app?.close(); });

  it('loads from this server only, takes the token from ?token= and runs { me { name } }', async () => {
    const token = app.token(app.fixtures.north.caseManager);
    const { data } = await app.gql('{ me { name } }', {}, token);
    const name: string = data.me.name;

    const page = await browser.newPage();
    const offsite: string[] = [];
    // Anything not to this server fails the test: a CDN script, a web font, a telemetry call.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    // The page's CSP would block an offsite load before it is routed; report those too.
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) offsite.push(message.text()); });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    await page.goto(`${base}/graphql?token=${token}&query=${encodeURIComponent('{ me { name } }')}`);
    await page.locator('.graphiql-container').waitFor({ timeout: 5000 });
    await expect(page.locator('.graphiql-query-editor').innerText()).resolves.toContain('{ me { name } }');
    // The token went to the headers panel and left the address bar.
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('.graphiql-editor-tool').innerText()).resolves.toContain(`"Authorization": "Bearer ${token}"`);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText(name, { exact: false }).waitFor({ timeout: 5000 });
    expect(await result.innerText()).toContain('"me"');
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
    if (process.env.GRAPHIQL_SCREENSHOT) await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT });
    await page.close();
  });
});
