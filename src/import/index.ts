// `workshop-kit import DECK.pptx`: a PowerPoint deck read as PowerPoint shows it and written as a content folder
// (or as modules added to one), with a report of what could not be carried; then built in memory to prove it builds.

import { basename, relative, resolve } from 'node:path';
import { build } from '../build.js';
import { SAFE_ID } from '../load/file-ids.js';
import { type ImportTarget, readDeckFile, readImportTarget } from '../load/import-sources.js';
import { diagnosticLine, type Output } from '../report.js';
import { ruleInfo } from '../rules.js';
import { planBuiltDeck } from './built.js';
import { contentFiles } from './content.js';
import { readDeck } from './deck.js';
import { ImportProblem, openDeck } from './open.js';
import { planDeck } from './plan.js';
import { terminalSummary } from './report.js';
import { collisions, newFolderProblem, writeInto, writeNewFolder } from './write.js';

export const IMPORT_USAGE = `Usage: workshop-kit import DECK.pptx [--out DIR | --into CONTENT_DIR] [--module ID]

Reads a PowerPoint deck (.pptx; .potx and .pptm are read too, never changed) and writes its slides, speaker
notes and pictures as a workshop: workshop.yaml, a module per section of the deck, assets/, a client file and
import-report.md, which lists everything the deck holds that the workshop does not.

Options:
  --out DIR          the new content folder (default: the deck's name, in this folder); new or empty
  --into DIR         add the deck as modules to this content folder's running order instead
  --module ID        the whole deck as one module, named ID
  -h, --help         show this help

Exit codes: 0 imported, 1 the deck cannot be read, 2 usage errors or a folder that cannot be written.`;

export interface ImportOptions {
  deck: string;
  out?: string;
  into?: string;
  module?: string;
}

/** The import's arguments, 'help', or what is wrong with them. */
export function parseImportArgs(argv: readonly string[]): ImportOptions | 'help' | string {
  const options: Partial<ImportOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    const flag = arg.includes('=') && arg.startsWith('--') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (flag === '--out' || flag === '--into' || flag === '--module') {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value || value.startsWith('-')) return `${flag} needs a value`;
      options[flag.slice(2) as 'out' | 'into' | 'module'] = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.deck) return `unexpected argument ${arg}: import reads one deck at a time`;
    else options.deck = arg;
  }
  if (!options.deck) return 'name the deck to import: workshop-kit import DECK.pptx';
  if (options.out && options.into) return '--out and --into cannot be used together: write a new folder, or add to one';
  if (options.module && (!SAFE_ID.test(options.module) || options.module.startsWith('_')))
    return `--module ${options.module} is not an id: letters, digits, dots, hyphens and underscores, starting with a letter or digit`;
  return options as ImportOptions;
}

/** Runs an import; the exit code. */
export async function importCommand(options: ImportOptions, output: Output): Promise<number> {
  const setting = await setUp(options, output);
  if (typeof setting === 'number') return setting;
  const { deckName, target, existing } = setting;
  let deck: ReturnType<typeof readDeck>;
  try {
    deck = readDeck(openDeck(deckName, setting.bytes));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    output.err(`${options.deck}: error: ${deckName} ${error.message} [import/unreadable]`);
    output.err(`\nWhat to do:\n  import/unreadable: ${ruleInfo('import/unreadable').hint}`);
    return 1;
  }
  const takenIds = (existing?.files ?? []).flatMap((f) => /^modules\/([^/]+)\.md$/.exec(f)?.[1] ?? []);
  if (options.module && takenIds.includes(options.module))
    return usage(output, `${options.into}/modules/${options.module}.md exists already; choose another --module`);
  const planOptions = { fileName: deckName, takenIds, ...(options.module ? { moduleId: options.module } : {}) };
  const plan = (!options.module && !existing && planBuiltDeck(deck, planOptions)) || planDeck(deck, planOptions);
  const made = contentFiles(deck, plan, {
    deckName,
    reportName: existing ? `import-report-${plan.modules[0]?.id ?? 'deck'}.md` : 'import-report.md',
    takenComparisons: (existing?.files ?? []).flatMap((f) => /^comparisons\/([^/]+)\.ya?ml$/.exec(f)?.[1] ?? []),
    ...(existing ? { existingWorkshop: existing.workshop } : {}),
  });
  if (typeof made === 'string') return usage(output, `${options.into} ${made}`);
  const taken = existing ? collisions(target, made.files) : [];
  if (taken.length)
    return usage(output, `${target} already has ${taken.join(', ')}; nothing was written (choose another --module)`);
  try {
    if (existing) writeInto(target, made.files);
    else writeNewFolder(target, made.files);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return usage(output, `cannot write ${target}${code ? ` (${code})` : ''}: ${(error as Error).message}`);
  }
  return finish(target, deckName, made.report, made.files, output);
}

/** The deck's bytes and where its content goes (a folder to add to, read), or the exit code once the problem is said. */
async function setUp(
  options: ImportOptions,
  output: Output,
): Promise<{ bytes: Uint8Array; deckName: string; target: string; existing?: ImportTarget } | number> {
  const bytes = await readDeckFile(options.deck);
  if (typeof bytes === 'string') return usage(output, `cannot read ${options.deck}: ${bytes}`);
  const deckName = basename(options.deck);
  const target = options.into ?? options.out ?? defaultFolder(deckName);
  if (!options.into) {
    const problem = newFolderProblem(target);
    return problem ? usage(output, `${target} ${problem}`) : { bytes, deckName, target };
  }
  const existing = await readImportTarget(options.into);
  if (typeof existing === 'string') return usage(output, `${options.into} ${existing}`);
  return { bytes, deckName, target, existing };
}

/** A usage or file system problem: said, and exit 2. */
function usage(output: Output, message: string): number {
  output.err(`workshop-kit: ${message}`);
  return 2;
}

async function finish(
  target: string,
  deckName: string,
  report: Parameters<typeof terminalSummary>[0],
  files: ReadonlyMap<string, unknown>,
  output: Output,
): Promise<number> {
  const fromHere = relative(process.cwd(), resolve(target)) || '.';
  const shown = fromHere.startsWith('..') ? resolve(target) : fromHere;
  const reportFile = [...files.keys()].find((f) => f.startsWith('import-report'))!;
  const command = import.meta.url.endsWith('.ts') ? 'npm run build:deck --' : 'npx workshop-kit';
  const modules = report.plan.modules.map((m) => m.id);
  output.out(
    `imported ${deckName} into ${shown}: ${modules.length} module${modules.length === 1 ? '' : 's'} (${modules.join(', ')})${report.plan.built ? ', read as a deck workshop-kit built' : ''}`,
  );
  for (const line of terminalSummary(report)) output.out(line);
  output.out(`  what could not be carried, slide by slide: ${shown}/${reportFile}`);
  const checked = await build({ contentDir: target, outDir: `${target}-out`, check: true, jobs: 1 });
  for (const w of checked.warnings ?? []) output.err(diagnosticLine(w, 'warning', output));
  if (checked.status !== 'ok') {
    for (const d of checked.diagnostics) output.err(diagnosticLine(d, 'error', output));
    output.err(
      `the imported content does not build yet: fix what is listed above${checked.usage ? ` (${checked.usage})` : ''}`,
    );
    return 1;
  }
  output.out(`  it builds: ${command} --content ${shown} --out ${shown}-out`);
  return 0;
}

/** The default new folder: the deck's name without its extension, in the working folder. */
function defaultFolder(deckName: string): string {
  return deckName.replace(/\.[^.]+$/, '') || 'imported';
}
