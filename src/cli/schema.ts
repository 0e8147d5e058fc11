import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { builtSdl, SCHEMA_FILE } from './schema-sdl';

/**
 * `npm run schema`: writes schema.graphql from the built schema (sorted SDL). Commit the file with
 * the change that produced it; `npm run schema:check` fails in CI when they differ.
 */
async function main(): Promise<void> {
  const sdl = await builtSdl();
  writeFileSync(SCHEMA_FILE, sdl);
  process.stdout.write(`schema: wrote ${relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE} (${sdl.split('\n').length - 1} lines)\n`);
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`schema failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(2);
});
