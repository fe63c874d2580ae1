// A copy of the base fixture whose client `acme` is built on a given PowerPoint template: the shape every template
// test starts from. The caller removes `root` when done.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { FIXTURES } from './fixtures.js';

export interface TemplateBuild {
  root: string;
  content: string;
  /** The template's path on disk, inside the content folder. */
  templatePath: string;
  code: number;
  /** Everything the build printed on standard error (warnings included). */
  errors: string[];
  /** acme's deck. */
  deck: () => Uint8Array;
}

/**
 * Writes `template` to assets/templates/`file`, names it in clients/acme.yaml (without acme's brand colours where
 * `withoutBrand`), applies `edits` to other content files, and builds acme's kit into `root`/out.
 */
export async function buildOnTemplate(
  template: Uint8Array,
  opts: { file?: string; withoutBrand?: boolean; edits?: Record<string, (text: string) => string> } = {},
): Promise<TemplateBuild> {
  const root = mkdtempSync(join(tmpdir(), 'wk-on-template-'));
  const content = join(root, 'content');
  cpSync(join(FIXTURES, 'base'), content, { recursive: true });
  mkdirSync(join(content, 'assets', 'templates'), { recursive: true });
  const file = opts.file ?? 'client.potx';
  const templatePath = join(content, 'assets', 'templates', file);
  writeFileSync(templatePath, template);
  for (const [path, edit] of Object.entries(opts.edits ?? {}))
    writeFileSync(join(content, path), edit(readFileSync(join(content, path), 'utf8')));
  const acme = join(content, 'clients', 'acme.yaml');
  const client = readFileSync(acme, 'utf8');
  writeFileSync(
    acme,
    `${opts.withoutBrand ? client.replace(/^brand:\n(?: {2}.*\n)+/m, '') : client}template: assets/templates/${file}\n`,
  );
  const errors: string[] = [];
  const code = await main(['--content', content, '--out', join(root, 'out'), '--client', 'acme'], {
    out: () => {},
    err: (l) => errors.push(l),
    tty: false,
    color: false,
  });
  return {
    root,
    content,
    templatePath,
    code,
    errors,
    deck: () => readFileSync(join(root, 'out', 'acme', 'deck.pptx')),
  };
}

/** `workshop-kit template check FILE`: its exit code and what it printed. */
export async function templateCheck(file: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['template', 'check', file], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    tty: false,
    color: false,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
