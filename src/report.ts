// What a build says: progress, diagnostics as path:line:col, notes and the summary line, and the exit code it means.
import { type BuildOptions, type BuildResult, build } from './build.js';
import { type Diagnostic, formatDiagnostic } from './diagnostics.js';
import { ruleInfo } from './rules.js';

export const USAGE = `Usage: workshop-kit [options]        (npm run build:deck -- [options])

Builds, for every client, out/<client>/deck.pptx, slides.pdf, handouts.pdf, worksheets.pdf
and facilitator-guide.pdf (and session-pack.pdf where \`outputs:\` lists pack) from a workshop
written in YAML and Markdown.

Options:
  --content DIR     content folder to read (default: content)
  --out DIR         output folder (default: out)
  --client ID       build only this client; repeat for several (default: all)
  --start HH:MM     the session starts late: re-time one kit to keep its planned end (see docs/command.md)
  --check           validate only; write nothing (renders in memory, so every problem shows)
  --watch           rebuild when content changes; keep the last good output on errors
  --debug-model     also write out/<client>/model.json, the composed deck model
  --force           replace files in the kits' places that no build wrote (an out/ from elsewhere)
  --jobs N          render threads (default: one per core, 1 with --watch; 1 renders in the main thread)
  -h, --help        show this help
  -v, --version     show the version

       workshop-kit init DIR
                    write a small starter workshop that builds at once into a new or empty folder

       workshop-kit import DECK.pptx [--out DIR | --into CONTENT_DIR] [--module ID]
                    write a PowerPoint deck as a workshop (or add it as modules to one), with a report of what it lost

       workshop-kit preview [--content DIR] [--client ID] [--port N] [--open]
                    show the slides in the browser as they are laid out, again on every save

       workshop-kit template check FILE.potx
                    what the build reads of a PowerPoint template, and which layout each kind of slide uses

Exit codes: 0 success, 1 content errors (printed as path:line:col: message), 2 usage errors.`;

/** Where the command prints, and whether it may colour and animate. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  tty: boolean;
  color: boolean;
}

/** A diagnostic as the terminal prints it: `path:line:col: error: message [rule]`, coloured where the output may be. */
export function diagnosticLine(d: Diagnostic, kind: 'error' | 'warning', output: Pick<Output, 'color'>): string {
  const paint = (code: string, text: string) => (output.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.column}` : 'content';
  return `${paint('1', where)}: ${paint(kind === 'error' ? '31' : '33', kind)}: ${formatDiagnostic({ ...d, source: undefined })}`;
}

/** One build, reported as the command line reports it (the CLI and each watch rebuild). */
export async function runOnce(
  options: BuildOptions,
  output: Output,
  onResult?: (result: BuildResult) => void,
): Promise<number> {
  const started = performance.now();
  const paint = (code: string, text: string) => (output.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  if (output.tty) {
    options.onProgress = ({ clientId, artefact, ms }) =>
      output.out(`  ${paint('32', '✓')} ${clientId.padEnd(16)} ${artefact.padEnd(24)} ${Math.round(ms)} ms`);
  }
  const result = await build(options);
  // For profiling and the benchmark: what each stage took, on stderr so it never mixes with output.
  if (process.env.WORKSHOP_KIT_TIMINGS)
    output.err(
      `timings ${JSON.stringify({ total: Math.round(performance.now() - started), ...Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])) })}`,
    );
  onResult?.(result);
  if (result.status === 'usage') {
    output.err(`workshop-kit: ${result.usage}\n`);
    if (!result.outputProblem) output.err(USAGE);
    return 2;
  }
  // Warnings first: a build that failed for another reason still says what it would have warned of.
  for (const w of result.warnings ?? []) output.err(diagnosticLine(w, 'warning', output));
  if (result.status === 'content') {
    for (const d of result.diagnostics) output.err(diagnosticLine(d, 'error', output));
    // What to do, once per rule, after the list (editors read the path:line:col lines above as one block).
    const rules = [...new Set(result.diagnostics.map((d) => d.rule))];
    output.err(`\nWhat to do:`);
    for (const rule of rules) output.err(`  ${paint('1', rule)}: ${ruleInfo(rule).hint}`);
    const files = new Set(result.diagnostics.map((d) => d.source?.file)).size;
    output.err(
      `\n${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was written.`,
    );
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const note of result.notes ?? []) output.err(`${paint('33', 'note')}: ${note}`);
  if (options.check)
    output.out(
      `content is valid: ${result.clients.length} client${result.clients.length === 1 ? '' : 's'} (${result.clients.join(', ')})`,
    );
  else if (output.tty)
    output.out(
      `built ${result.clients.length} kit${result.clients.length === 1 ? '' : 's'} into ${options.outDir}/ in ${seconds} s`,
    );
  else output.out(`built ${result.clients.map((c) => `${options.outDir}/${c}`).join(', ')}`);
  return 0;
}
