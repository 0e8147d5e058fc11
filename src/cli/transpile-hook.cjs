// Lets `node -r ./src/cli/transpile-hook.cjs src/cli/x.ts` run a CLI straight from the sources
// (transpile only, no type-check: CI type-checks first), so `npm run db:check` needs no build.
// Output is cached by content hash under node_modules/.cache: loading TypeScript and transpiling
// ~40 files costs ~0.5 s, which `npm run token` (issue 9: under 2 s) should not pay on every run.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const cacheDir = join(__dirname, '..', '..', 'node_modules', '.cache', 'transpile-hook');
const tsVersion = require('typescript/package.json').version;
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, experimentalDecorators: true, emitDecoratorMetadata: true },
  }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha1').update(`${tsVersion}\0${filename}\0${source}`).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    try {
      mkdirSync(cacheDir, { recursive: true });
      const partial = `${cached}.${process.pid}`;
      writeFileSync(partial, output);
      renameSync(partial, cached); // atomic: a parallel run never reads half a file
    } catch { /* a read-only tree just runs uncached */ }
  }
  module._compile(output, filename);
};
