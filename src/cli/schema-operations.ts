import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print } from 'graphql';

/** The example operations front ends can start from; the README shows the same ones. */
export const OPERATIONS_DIR = join(__dirname, '..', '..', 'docs', 'operations');
export const README_FILE = join(__dirname, '..', '..', 'README.md');

/** An operation document by its file name (from the first definition's name, kebab-case). */
export interface OperationDocument { file: string; source: string; normalized: string }

/** Comments and layout aside, the document as graphql-js prints it: what the check compares. */
export const normalize = (source: string): string => print(parse(source));

/**
 * The file name an example document is kept under: its first named definition in kebab-case.
 *
 * @example
 * operationFileName('query ParticipationRate { __typename }') // 'participation-rate.graphql'
 */
export function operationFileName(source: string): string {
  const first = parse(source).definitions.find((d) => (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) && d.name);
  const name = first && 'name' in first ? first.name?.value : undefined;
  if (!name) throw new Error(`README example operations need a name (codegen types are named after it):\n${source}`);
  return `${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.graphql`;
}

/** The README's ```graphql blocks, in order. */
export function readmeOperations(markdown = readFileSync(README_FILE, 'utf8')): OperationDocument[] {
  return [...markdown.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map(([, source]) => ({ file: operationFileName(source), source, normalized: normalize(source) }));
}

/** docs/operations/*.graphql. */
export function operationFiles(): OperationDocument[] {
  return readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort().map((file) => {
    const source = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
    return { file, source, normalized: normalize(source) };
  });
}

/**
 * Where the README and docs/operations disagree: a README block without its file, a file the README
 * does not show, or the same name with different operations. Empty when they are the same.
 */
export function operationDrift(readme: OperationDocument[], files: OperationDocument[]): string[] {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const problems: string[] = [];
  for (const block of readme) {
    const file = byFile.get(block.file);
    if (!file) problems.push(`README block ${block.file} has no docs/operations/${block.file}`);
    else if (file.normalized !== block.normalized) problems.push(`docs/operations/${block.file} differs from the README's block`);
  }
  const shown = new Set(readme.map((b) => b.file));
  for (const file of files) if (!shown.has(file.file)) problems.push(`docs/operations/${file.file} is not in the README`);
  return problems;
}
