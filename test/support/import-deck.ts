// A deck made as PowerPoint saves it, checked, imported with the command, and the content it gives built again: the
// steps every import test of a hand-made deck takes before it reads what came out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { build } from '../../src/build.js';
import { makeDeck, type SlideSpec } from './powerpoint-deck.js';
import { validatePptx } from './pptx-validate.js';
import { runCli } from './run.js';

/** Imports a deck of `slides` into `work/name` and builds it; returns the content folder and the command's output. */
export async function importAndBuild(
  work: string,
  name: string,
  slides: SlideSpec[],
): Promise<{ out: string; stdout: string }> {
  const deck = join(work, `${name}.pptx`);
  const bytes = await makeDeck({ slides });
  expect(validatePptx(bytes)).toEqual([]);
  writeFileSync(deck, bytes);
  const out = join(work, name);
  const run = await runCli(['import', deck, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const built = await build({ contentDir: out, outDir: `${out}-built` });
  expect(built.diagnostics).toEqual([]);
  const [client] = readdirSync(`${out}-built`).filter((d) => !d.startsWith('.'));
  expect(validatePptx(new Uint8Array(readFileSync(join(`${out}-built`, client!, 'deck.pptx'))))).toEqual([]);
  return { out, stdout: run.stdout };
}
