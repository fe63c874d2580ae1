// The command line: parses arguments, calls build, prints diagnostics and progress. Exit 0 ok, 1 content errors, 2 usage.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type BuildOptions, type BuildResult } from './build.js';
import { formatDiagnostic } from './diagnostics.js';
import { packageRoot } from './util/package-root.js';

const USAGE = `Usage: workshop-kit [options]        (npm run build:deck -- [options])

Builds, for every client, out/<client>/deck.pptx, worksheets.pdf and facilitator-guide.pdf
from a workshop written in YAML and Markdown.

Options:
  --content DIR     content folder to read (default: content)
  --out DIR         output folder (default: out)
  --client ID       build only this client; repeat for several (default: all)
  --check           validate only; write nothing (renders in memory, so every problem shows)
  --watch           rebuild when content changes; keep the last good output on errors
  --debug-model     also write out/<client>/model.json, the composed deck model
  --jobs N          render threads (default: one per core, 1 with --watch; 1 renders in the main thread)
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 success, 1 content errors (printed as path:line:col: message), 2 usage errors.`;

interface Parsed {
  options: BuildOptions;
  watch: boolean;
  help: boolean;
  version: boolean;
}

/** Parses argv; returns a usage message instead when the arguments are wrong. */
export function parseArgs(argv: readonly string[]): Parsed | string {
  const options: BuildOptions = { contentDir: 'content', outDir: 'out', clients: [] };
  const clients: string[] = [];
  const parsed: Parsed = { options, watch: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) return undefined;
      i++;
      return next;
    };
    switch (flag) {
      case '--content':
      case '--out':
      case '--client': {
        const v = value();
        if (!v) return `${flag} needs a value`;
        if (flag === '--content') options.contentDir = v;
        else if (flag === '--out') options.outDir = v;
        else clients.push(v);
        break;
      }
      case '--jobs': {
        const v = value();
        if (!v || !/^[1-9]\d*$/.test(v)) return '--jobs needs a whole number of threads, at least 1';
        options.jobs = Number(v);
        break;
      }
      case '--check':
        options.check = true;
        break;
      case '--watch':
        parsed.watch = true;
        break;
      case '--debug-model':
        options.debugModel = true;
        break;
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '-v':
      case '--version':
        parsed.version = true;
        break;
      default:
        return arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
    }
  }
  options.clients = clients;
  return parsed;
}

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  tty: boolean;
  color: boolean;
}

function defaultOutput(): Output {
  const tty = process.stdout.isTTY === true;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tty,
    color: tty && process.stderr.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  };
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], output: Output = defaultOutput()): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    output.err(`workshop-kit: ${parsed}\n`);
    output.err(USAGE);
    return 2;
  }
  if (parsed.help) {
    output.out(USAGE);
    return 0;
  }
  if (parsed.version) {
    output.out(version());
    return 0;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      output.err(`workshop-kit: SOURCE_DATE_EPOCH must be whole seconds since 1970, found "${epoch}"`);
      return 2;
    }
    parsed.options.sourceDateEpoch = Number(epoch);
  }
  if (parsed.watch) {
    const { watch } = await import('./watch.js');
    return watch(parsed.options, output);
  }
  return runOnce(parsed.options, output);
}

/** One build with its report. Exported for watch mode. */
export async function runOnce(options: BuildOptions, output: Output, onResult?: (result: BuildResult) => void): Promise<number> {
  const started = performance.now();
  const paint = (code: string, text: string) => (output.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  if (output.tty) {
    options.onProgress = ({ clientId, artefact, ms }) => output.out(`  ${paint('32', '✓')} ${clientId.padEnd(16)} ${artefact.padEnd(24)} ${Math.round(ms)} ms`);
  }
  const result = await build(options);
  // For profiling and the benchmark: what each stage took, on stderr so it never mixes with output.
  if (process.env.WORKSHOP_KIT_TIMINGS) output.err(`timings ${JSON.stringify({ total: Math.round(performance.now() - started), ...Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])) })}`);
  onResult?.(result);
  if (result.status === 'usage') {
    output.err(`workshop-kit: ${result.usage}\n`);
    if (!result.outputProblem) output.err(USAGE);
    return 2;
  }
  if (result.status === 'content') {
    for (const d of result.diagnostics) output.err(`${paint('1', d.source ? `${d.source.file}:${d.source.line}:${d.source.column}` : 'content')}: ${paint('31', 'error')}: ${formatDiagnostic({ ...d, source: undefined })}`);
    const files = new Set(result.diagnostics.map((d) => d.source?.file)).size;
    output.err(`\n${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const note of result.notes ?? []) output.err(`${paint('33', 'note')}: ${note}`);
  if (options.check) output.out(`content is valid: ${result.clients.length} client${result.clients.length === 1 ? '' : 's'} (${result.clients.join(', ')})`);
  else if (output.tty) output.out(`built ${result.clients.length} kit${result.clients.length === 1 ? '' : 's'} into ${options.outDir}/ in ${seconds} s`);
  else output.out(`built ${result.clients.map((c) => `${options.outDir}/${c}`).join(', ')}`);
  return 0;
}

function version(): string {
  const require = createRequire(import.meta.url);
  const pkg = require(join(packageRoot(), 'package.json')) as { version: string };
  return pkg.version;
}

/** Entry point: never lets a stack trace reach a facilitator. */
export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`workshop-kit: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in workshop-kit, not in your content. Run with WORKSHOP_KIT_DEBUG=1 for details.\n`);
      if (process.env.WORKSHOP_KIT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.exitCode = 3;
    },
  );
}
