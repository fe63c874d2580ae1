// Builds a content folder for a bad-input case: the base fixture with the case's files laid over it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const BASE = join(FIXTURES, 'base');

export interface BadCase {
  description: string;
  /** Files to remove from the base, content-relative. */
  delete?: string[];
  /** A file generated at run time (too big to keep in the repository). */
  generate?: { path: string; bytes: number };
  /** Golden diagnostics: `file:line:col rule`. */
  expect: string[];
  /** Words the messages must contain: the hint that tells the author what to do. */
  mentions?: string[];
}

/** Reads a case's manifest. */
export function readCase(dir: string): BadCase {
  return parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as BadCase;
}

/** A temporary content folder for the case; the caller removes it. */
export function materialise(dir: string, spec: BadCase): string {
  const root = mkdtempSync(join(tmpdir(), 'wk-case-'));
  const content = join(root, 'content');
  cpSync(BASE, content, { recursive: true });
  if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), content, { recursive: true });
  for (const path of spec.delete ?? []) rmSync(join(content, path), { force: true, recursive: true });
  if (spec.generate) {
    const line = '# padding line to make this file larger than the limit\n';
    mkdirSync(dirname(join(content, spec.generate.path)), { recursive: true });
    writeFileSync(
      join(content, spec.generate.path),
      `title: Big\n${line.repeat(Math.ceil(spec.generate.bytes / line.length))}`,
    );
  }
  return root;
}

/** Runs `check` on a copy of the base fixture after `edit` changed it (paths are content-relative); removes the copy after. */
export async function withEditedBase<T>(
  edits: Record<string, (text: string) => string>,
  check: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'wk-edited-'));
  try {
    cpSync(BASE, dir, { recursive: true });
    for (const [path, edit] of Object.entries(edits)) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, edit(existsSync(file) ? readFileSync(file, 'utf8') : ''));
    }
    return await check(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
