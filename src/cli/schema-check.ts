import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '@graphql-inspector/core';
import { schemaChanges } from './schema-breaking';
import { builtSdl, committedSdl } from './schema-sdl';

/**
 * `npm run schema:check` (CI): fails when the committed schema.graphql is not the built schema
 * (printing a unified diff; `npm run schema` rewrites it), and when the built schema breaks the
 * previous commit's schema.graphql without a deprecation first (graphql-inspector's classification).
 * SCHEMA_BASE_REF names the commit to compare with (default HEAD~1: in CI, HEAD is the submission).
 */
const BASE_REF = process.env.SCHEMA_BASE_REF ?? 'HEAD~1';

function unifiedDiff(committed: string, built: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
  try {
    writeFileSync(join(dir, 'committed'), committed);
    writeFileSync(join(dir, 'built'), built);
    const out = spawnSync('diff', ['-u', '--label', 'schema.graphql (committed)', '--label', 'schema.graphql (built)', join(dir, 'committed'), join(dir, 'built')], { encoding: 'utf8' });
    return out.stdout || out.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** schema.graphql as committed at BASE_REF; null when that commit (or the file in it) is absent. */
function baseSdl(): string | null {
  try {
    return execFileSync('git', ['show', `${BASE_REF}:schema.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const line = (c: Change): string => `  ${c.path ?? ''}: ${c.message}\n`;

async function main(): Promise<number> {
  const built = await builtSdl();
  const committed = committedSdl();
  let failed = false;
  if (committed === null) {
    process.stdout.write('schema:check: schema.graphql is missing; run `npm run schema` and commit it\n');
    failed = true;
  } else if (committed !== built) {
    process.stdout.write(`schema:check: schema.graphql differs from the built schema; run \`npm run schema\` and commit it\n${unifiedDiff(committed, built)}`);
    failed = true;
  } else {
    process.stdout.write('schema:check: schema.graphql matches the built schema\n');
  }
  const base = baseSdl();
  if (base === null) {
    process.stdout.write(`schema:check: no schema.graphql at ${BASE_REF}; breaking-change check skipped\n`);
    return failed ? 1 : 0;
  }
  const changes = await schemaChanges(base, built);
  if (changes.afterDeprecation.length) process.stdout.write(`schema:check: removed or changed after a deprecation (allowed):\n${changes.afterDeprecation.map(line).join('')}`);
  if (changes.dangerous.length) process.stdout.write(`schema:check: dangerous changes (clients may need to handle them):\n${changes.dangerous.map(line).join('')}`);
  if (changes.breaking.length) {
    process.stdout.write(`schema:check: breaking changes against ${BASE_REF} (deprecate first, remove in a later commit):\n${changes.breaking.map(line).join('')}`);
    return 1;
  }
  process.stdout.write(`schema:check: no breaking change against ${BASE_REF} (${changes.safe.length} safe, ${changes.dangerous.length} dangerous)\n`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`schema:check failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(2);
});
