// `workshop-kit preview`: builds in memory, serves the slides on 127.0.0.1 and shows every save within moments.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { diagnosticLine, type Output } from '../report.js';
import type { RuleId } from '../rules.js';
import { watchTree } from '../util/watch-tree.js';
import { PreviewKit, type Problem } from './kit.js';
import { startServer } from './server.js';

export const PREVIEW_USAGE = `Usage: workshop-kit preview [options]        (npm run preview -- [options])

Shows every client's slides in the browser as the build lays them out, and again on every save.

Options:
  --content DIR     content folder to read (default: content)
  --client ID       the client shown first (default: the first); the page switches between all of them
  --port N          port on 127.0.0.1 (default: a free one)
  --open            open the page in the default browser
  --editor LINK     where a click on a slide or a problem goes: vscode (default), cursor, idea, or a link with
                    {path}, {line} and {col} in it, e.g. "subl://open?url=file://{path}&line={line}"
                    ({path} is absolute and starts with a slash)
  -h, --help        show this help`;

const EDITORS: Record<string, string> = {
  vscode: 'vscode://file{path}:{line}:{col}',
  cursor: 'cursor://file{path}:{line}:{col}',
  idea: 'idea://open?file={path}&line={line}&column={col}',
};

export interface PreviewOptions {
  contentDir: string;
  client?: string;
  port: number;
  open: boolean;
  editor: string;
}

/** Parses the preview's arguments; a usage message instead when they are wrong. */
export function parsePreviewArgs(argv: readonly string[]): PreviewOptions | 'help' | string {
  const options: PreviewOptions = { contentDir: 'content', port: 0, open: false, editor: EDITORS.vscode! };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.startsWith('--') && argv[i]!.includes('=') ? argv[i]!.split(/=(.*)/s) : [argv[i]!];
    const value = () => inline ?? (argv[i + 1]?.startsWith('-') ? undefined : argv[++i]);
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--open') options.open = true;
    else if (flag === '--content' || flag === '--client' || flag === '--port' || flag === '--editor') {
      const v = value();
      if (!v) return `${flag} needs a value`;
      if (flag === '--content') options.contentDir = v;
      else if (flag === '--client') options.client = v;
      else if (flag === '--editor') options.editor = EDITORS[v] ?? v;
      else if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) return '--port needs a port number (0 to 65535)';
      else options.port = Number(v);
    } else return `unknown option ${flag}`;
  }
  if (!/\{path\}/.test(options.editor)) return '--editor needs vscode, cursor, idea or a link with {path} in it';
  return options;
}

/** Runs the preview until Ctrl+C; resolves with the exit code. */
export async function preview(options: PreviewOptions, output: Output): Promise<number> {
  if (!existsSync(options.contentDir) || !statSync(options.contentDir).isDirectory()) {
    output.err(`workshop-kit: content folder not found: ${options.contentDir}`);
    return 2;
  }
  const kit = new PreviewKit(options.contentDir);
  await kit.rebuild();
  report(kit, output);
  if (options.client && !kit.clients.includes(options.client) && kit.problems.length === 0) {
    output.err(`workshop-kit: no client "${options.client}" (clients: ${kit.clients.join(', ')})`);
    return 2;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(kit, { port: options.port, editor: options.editor });
  } catch (error) {
    output.err(`workshop-kit: cannot listen on port ${options.port}: ${(error as Error).message}`);
    return 2;
  }
  const url = options.client ? `${server.url}?client=${encodeURIComponent(options.client)}` : server.url;
  output.out(`Preview: ${url}  (presenter view: ${server.url}presenter; Ctrl+C stops)`);
  if (options.open) openBrowser(url);
  const stopWatching = watchTree(kit.root, onSave(kit, server, output));
  return new Promise<number>((done) => {
    const stop = () => {
      stopWatching();
      void server.close().then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** A save rebuilds once the editor has finished writing; saves during a build make one more build after it. */
function onSave(kit: PreviewKit, server: { built(): void }, output: Output): (path: string) => void {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await kit.rebuild();
      report(kit, output);
      server.built();
    } while (again);
    running = false;
    kit.building = timer !== undefined;
  };
  return (path) => {
    if (path.split('/').some((part) => part.startsWith('.'))) return;
    kit.building = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, 20);
  };
}

/** Prints what the build says, as a build prints it: the problems, else the warnings. */
function report(kit: PreviewKit, output: Output): void {
  const diagnostic = (p: Problem) => ({
    rule: p.rule as RuleId,
    message: p.message,
    ...(p.path ? { source: { file: p.path, line: p.line, column: p.col } } : {}),
  });
  for (const p of kit.problems) output.err(diagnosticLine(diagnostic(p), 'error', output));
  if (kit.problems.length === 0)
    for (const w of kit.buildWarnings) output.err(diagnosticLine(diagnostic(w), 'warning', output));
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => undefined)
      .unref();
  } catch {
    // No browser to open: the URL is printed.
  }
}
