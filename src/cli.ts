// The command line: parses arguments, calls build, prints diagnostics and progress. Exit 0 ok, 1 content errors, 2 usage.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from './build.js';
import { type Output, runOnce, USAGE } from './report.js';
import { packageRoot } from './util/package-root.js';
import { didYouMean } from './util/suggest.js';

const OPTIONS = [
  '--content',
  '--out',
  '--client',
  '--start',
  '--jobs',
  '--check',
  '--watch',
  '--debug-model',
  '--force',
  '--help',
  '--version',
];

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
    const [flag, inlineValue] = splitInlineValue(arg);
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
      case '--start': {
        const v = value();
        if (!v || !/^([01]?\d|2[0-3]):[0-5]\d$/.test(v))
          return '--start needs the time the session really starts, as HH:MM (24-hour), such as --start 10:20';
        options.lateStart = v.padStart(5, '0');
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
      case '--force':
        options.force = true;
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
        return arg.startsWith('-') ? `unknown option ${arg}${didYouMean(flag, OPTIONS)}` : `unexpected argument ${arg}`;
    }
  }
  options.clients = clients;
  return parsed;
}

/** `--out=dir` as the flag and its value; any other argument as it is, without one. */
function splitInlineValue(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--') || !arg.includes('=')) return [arg, undefined];
  return [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)];
}

function defaultOutput(): Output {
  const tty = process.stdout.isTTY === true;
  // A reader that stops early (`workshop-kit template check x.potx | head`) closes the pipe: not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tty,
    color: tty && process.stderr.isTTY === true && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  };
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], output: Output = defaultOutput()): Promise<number> {
  if (argv[0] === 'template') {
    if (argv[1] !== 'check' || argv.length !== 3) {
      output.err('workshop-kit: usage: workshop-kit template check FILE.potx\n');
      return 2;
    }
    const { templateCheck } = await import('./template-check.js');
    return templateCheck(argv[2]!, output);
  }
  if (argv[0] === 'preview') {
    const { parsePreviewArgs, preview, PREVIEW_USAGE } = await import('./preview/index.js');
    const parsed = parsePreviewArgs(argv.slice(1));
    if (parsed === 'help') {
      output.out(PREVIEW_USAGE);
      return 0;
    }
    if (typeof parsed === 'string') {
      output.err(`workshop-kit: ${parsed}\n`);
      output.err(PREVIEW_USAGE);
      return 2;
    }
    return preview(parsed, output);
  }
  if (argv[0] === 'import') {
    const { importCommand, parseImportArgs, IMPORT_USAGE } = await import('./import/index.js');
    const parsed = parseImportArgs(argv.slice(1));
    if (parsed === 'help') {
      output.out(IMPORT_USAGE);
      return 0;
    }
    if (typeof parsed === 'string') {
      output.err(`workshop-kit: ${parsed}\n`);
      output.err(IMPORT_USAGE);
      return 2;
    }
    return importCommand(parsed, output);
  }
  if (argv[0] === 'init') {
    if (argv.length !== 2 || argv[1]!.startsWith('-')) {
      output.err('workshop-kit: usage: workshop-kit init DIR\n');
      return 2;
    }
    const { init } = await import('./init.js');
    return init(argv[1]!, output);
  }
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
      process.stderr.write(
        `workshop-kit: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in workshop-kit, not in your content. Run with WORKSHOP_KIT_DEBUG=1 for details.\n`,
      );
      if (process.env.WORKSHOP_KIT_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
      process.exitCode = 3;
    },
  );
}

// Started as a script (`npx tsx src/cli.ts`, `node dist/cli.js`) rather than imported by the bin or a test.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) run();
