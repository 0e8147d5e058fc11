import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import { buildSchema, parse } from 'graphql';
import * as ts from 'typescript';
import config from '../../codegen';
import { builtSdl } from './schema-sdl';
import { OPERATIONS_DIR, operationDrift, operationFiles, readmeOperations } from './schema-operations';

/**
 * `npm run codegen:check` (CI): the README's example operations, kept in docs/operations, must be
 * the same operations as the README's ```graphql blocks, validate against the built schema, and
 * generate (codegen.ts: typescript + typescript-operations, scalars mapped) TypeScript that tsc
 * accepts under `strict`. `-- --sync` rewrites docs/operations from the README first.
 */
function syncOperations(): void {
  const blocks = readmeOperations();
  for (const file of operationFiles()) if (!blocks.some((b) => b.file === file.file)) unlinkSync(join(OPERATIONS_DIR, file.file));
  for (const block of blocks) writeFileSync(join(OPERATIONS_DIR, block.file), block.source);
}

function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [] });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start != null ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  if (process.argv.includes('--sync')) syncOperations();
  const drift = operationDrift(readmeOperations(), operationFiles());
  if (drift.length) {
    process.stdout.write(`codegen:check: the README's graphql blocks and docs/operations differ (\`npm run codegen:check -- --sync\` copies the README's):\n${drift.map((p) => `  ${p}\n`).join('')}`);
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  try {
    const sdl = await builtSdl();
    const schemaAst = buildSchema(sdl);
    const documents = operationFiles().map((f) => ({ location: f.file, document: parse(readFileSync(join(OPERATIONS_DIR, f.file), 'utf8')) }));
    // codegen.ts's outputs, each under its own name in the temporary directory; core validates the
    // documents against the schema, as the CLI does.
    const written: string[] = [];
    for (const [file, target] of Object.entries(config.generates)) {
      const output = await codegen({
        filename: file, schema: parse(sdl), schemaAst, documents, config: target.config,
        plugins: target.plugins.map((name) => ({ [name]: {} })),
        pluginMap: { typescript: typescriptPlugin, 'typescript-operations': operationsPlugin },
      });
      const path = join(dir, basename(file));
      writeFileSync(path, output);
      written.push(path);
    }
    const errors = typeErrors(written);
    if (errors.length) {
      process.stdout.write(`codegen:check: the generated types do not type-check:\n${errors.map((e) => `  ${e}\n`).join('')}`);
      return 1;
    }
    process.stdout.write(`codegen:check: ${operationFiles().length} operations validate and their generated types type-check (${Date.now() - started} ms)\n`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`codegen:check failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
