// Debian's Firefox ESR driven through the WebDriver BiDi server it has built in (Debian ships no geckodriver): a tab
// per page, functions run with script.callFunction, element screenshots, and every console error and uncaught
// exception of its pages from log.entryAdded.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callSource, type DrivenBrowser, type DrivenPage, pollUntil } from './driven-page.js';
import { JsonSocket } from './json-socket.js';

/** A profile that asks no network for updates, telemetry or first-run pages while the tests run. */
const PREFS = [
  ['app.update.disabledForTesting', true],
  ['browser.shell.checkDefaultBrowser', false],
  ['browser.startup.homepage_override.mstone', '"ignore"'],
  ['datareporting.policy.dataSubmissionEnabled', false],
  ['toolkit.telemetry.reportingpolicy.firstRun', false],
  ['network.captive-portal-service.enabled', false],
  ['services.settings.server', '"http://127.0.0.1:9/"'],
]
  .map(([k, v]) => `user_pref("${k}", ${v});`)
  .join('\n');

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

export async function launchFirefox(): Promise<DrivenBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'wk-firefox-'));
  writeFileSync(join(profile, 'user.js'), PREFS);
  const args = ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', 'about:blank'];
  const child = spawn('firefox-esr', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let bidi: JsonSocket;
  try {
    bidi = new JsonSocket(`${await listening(child)}/session`);
    await bidi.opened;
    await bidi.send('session.new', { capabilities: {} });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const errors: string[] = [];
  bidi.on('log.entryAdded', (entry) => {
    if (entry.level === 'error') errors.push(`${entry.type}: ${entry.text}`);
  });
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  return {
    name: 'Firefox',
    open: (url) => openTab(bidi, url),
    errors: () => [...errors],
    close: async () => {
      await bidi.send('session.end').catch(() => undefined);
      bidi.close();
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The BiDi address Firefox prints on stderr once it listens. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(said);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`firefox-esr exited ${code}: ${said}`)));
  });
}

async function openTab(bidi: JsonSocket, url: string): Promise<DrivenPage> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.setViewport', { context, viewport: { width: 1200, height: 900 } });
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  const call = async (source: string): Promise<RemoteValue> => {
    const answer = await bidi.send<{ type: string; result: RemoteValue; exceptionDetails?: { text: string } }>(
      'script.callFunction',
      { functionDeclaration: source, awaitPromise: true, target: { context } },
    );
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails?.text}`);
    return answer.result;
  };
  const page: DrivenPage = {
    run: async (fn, ...args) => JSON.parse(String((await call(callSource(fn, args))).value)),
    waitFor: (what, fn, args = [], timeout = 10_000) => pollUntil(what, () => page.run(fn, ...args), timeout),
    screenshot: async (selector) => {
      const element = await call(`() => document.querySelector(${JSON.stringify(selector)})`);
      if (!element.sharedId) throw new Error(`no ${selector} on the page`);
      const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
        context,
        origin: 'document',
        clip: { type: 'element', element: { sharedId: element.sharedId } },
      });
      return Buffer.from(shot.data, 'base64');
    },
    close: async () => {
      await bidi.send('browsingContext.close', { context });
    },
  };
  return page;
}
