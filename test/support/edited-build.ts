// A full build of the base fixture with a test's edits, held to what every clean build owes: nothing printed, exit 0, decks PowerPoint opens without repair.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { withEditedBase } from './fixtures.js';
import { validatePptx } from './pptx-validate.js';
import { runCli } from './run.js';

/**
 * Runs `workshop-kit --content <edited copy> --out <out> ...args`, expects it to print nothing and exit 0
 * and each client's deck to pass the schemas, then runs `check` on the output folder; removes both folders after.
 */
export async function buildEdited<T>(
  edits: Record<string, (text: string) => string>,
  args: readonly string[],
  check: (out: string) => T | Promise<T>,
): Promise<T> {
  return withEditedBase(edits, async (dir) => {
    const out = mkdtempSync(join(tmpdir(), 'wk-edited-out-'));
    try {
      const run = await runCli(['--content', dir, '--out', out, ...args]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const clients = clientFolders(out);
      // A build that wrote no kit would otherwise pass with nothing validated.
      expect(clients, 'client folders in the output').not.toEqual([]);
      for (const client of clients)
        expect(validatePptx(readFileSync(join(out, client, 'deck.pptx'))), client).toEqual([]);
      return await check(out);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

/** The kits in an output folder; the build's own state lives in a dot folder. */
function clientFolders(out: string): string[] {
  return readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}
