// WebKitGTK (Safari's engine) driven through WebKitWebDriver, the classic W3C WebDriver: plain HTTP and JSON. Its
// MiniBrowser needs an X display: a private Xvfb. Pages are windows of one session. WebKitWebDriver reports no console
// messages: a second MiniBrowser, its inspector on, watches the console of the pages named (webkit-console.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { PNG } from 'pngjs';
import { callSource, type DrivenBrowser, type DrivenPage, freePort, pollUntil } from './driven-page.js';
import { miniBrowser, watchConsole } from './webkit-console.js';

/** A private X server; resolves with its display once it takes connections. */
async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let said = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.endsWith('\n')) resolve(`:${said.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited ${code}`)));
  });
  return { display, child };
}

/** WebKit with the console of `watched` (addresses) observed; `errors()` are theirs. */
export async function launchWebKit(watched: string[]): Promise<DrivenBrowser> {
  const x = await startXvfb();
  const port = await freePort();
  const env = { ...process.env, DISPLAY: x.display };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    for (const child of [driver, x.child]) {
      const exited = new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await pollUntil(
      'WebKitWebDriver',
      () =>
        fetch(`${base}/status`).then(
          (r) => r.ok,
          () => false,
        ),
      10_000,
    );
    const capabilities = { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } };
    const { sessionId } = await command<{ sessionId: string }>(base, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    const console = await watchConsole(x.display, watched);
    const session = new Session(`${base}/session/${sessionId}`);
    return {
      name: 'WebKit',
      open: (url) => session.open(url),
      errors: () => console.errors(),
      close: async () => {
        console.close();
        await command(session.base, 'DELETE', '').catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (value && typeof value === 'object' && 'error' in value && value.error)
    throw new Error(`WebKitWebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}

/** One WebDriver session; each page a window of it, switched to before each command to it. */
class Session {
  private current?: string;
  private first = true;

  constructor(readonly base: string) {}

  private send<T>(method: string, path: string, body?: unknown): Promise<T> {
    return command<T>(this.base, method, path, body);
  }

  private async focus(handle: string): Promise<void> {
    if (this.current === handle) return;
    await this.send('POST', '/window', { handle });
    this.current = handle;
  }

  async open(url: string): Promise<DrivenPage> {
    // A new window is asked of the current one: after a page closed, any window left.
    if (!this.first && !this.current) await this.focus((await this.send<string[]>('GET', '/window/handles'))[0]!);
    const handle = this.first
      ? await this.send<string>('GET', '/window')
      : (await this.send<{ handle: string }>('POST', '/window/new', { type: 'window' })).handle;
    this.first = false;
    await this.focus(handle);
    await this.send('POST', '/window/rect', { width: 1200, height: 900 });
    await this.send('POST', '/url', { url });
    const page: DrivenPage = {
      run: async (fn, ...args) => {
        await this.focus(handle);
        const script = `const done = arguments[0];
          (${callSource(fn, args)})().then((v) => done([true, v]), (e) => done([false, String(e && e.stack || e)]));`;
        const [ok, value] = await this.send<[boolean, string]>('POST', '/execute/async', { script, args: [] });
        if (!ok) throw new Error(`in the page: ${value}`);
        return JSON.parse(value);
      },
      waitFor: (what, fn, args = [], timeout = 10_000) => pollUntil(what, () => page.run(fn, ...args), timeout),
      // WebKitWebDriver's element screenshot takes the wrong part of a scrolled page (measured: slide 3 came back as
      // slide 1's top half over black): the element is scrolled into view and cut out of a screenshot of the window.
      screenshot: async (selector) => {
        const box = await page.run(async (s: string) => {
          const el = document.querySelector(s)!;
          // In the middle of the window, clear of a bar fixed at its top; cut once the scroll is painted.
          el.scrollIntoView({ block: 'center' });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const r = el.getBoundingClientRect();
          const px = devicePixelRatio;
          return { x: r.left * px, y: r.top * px, w: r.width * px, h: r.height * px };
        }, selector);
        const window = PNG.sync.read(Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64'));
        const [x, y, w, h] = [box.x, box.y, box.w, box.h].map(Math.round) as [number, number, number, number];
        const cut = new PNG({ width: w, height: h });
        PNG.bitblt(window, cut, x, y, w, h, 0, 0);
        return PNG.sync.write(cut);
      },
      close: async () => {
        await this.focus(handle);
        // Closing the last window would end the session: the next page takes it over instead.
        if ((await this.send<string[]>('GET', '/window/handles')).length > 1) {
          await this.send('DELETE', '/window');
          this.current = undefined;
        } else {
          await this.send('POST', '/url', { url: 'about:blank' });
          this.first = true;
        }
      },
    };
    return page;
  }
}
