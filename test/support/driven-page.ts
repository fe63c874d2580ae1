// What the preview tests ask of a browser they drive over W3C WebDriver (Firefox over BiDi, WebKit over the classic
// protocol): a page to run a function in and to photograph an element of, and the errors its pages reported.
import { createServer } from 'node:net';

export interface DrivenPage {
  /** Runs `fn(...args)` in the page and resolves with what it returns (awaited, through JSON). */
  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Resolves once `fn(...args)` is truthy in the page; fails after `timeout` ms, naming `what`. */
  waitFor(what: string, fn: (...args: never[]) => unknown, args?: unknown[], timeout?: number): Promise<void>;
  /** A PNG of the element `selector` names, at the page's own pixels. */
  screenshot(selector: string): Promise<Buffer>;
  close(): Promise<void>;
}

export interface DrivenBrowser {
  name: string;
  /** A new page (tab or window) of the same browser at `url`, 1200 × 900, loaded. */
  open(url: string): Promise<DrivenPage>;
  /** Console errors and uncaught exceptions reported so far, with what the browser lets a test see of them. */
  errors(): string[];
  close(): Promise<void>;
}

/** The source a page runs for `fn(...args)`: one string, resolving to the JSON of its result. */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `async () => JSON.stringify(await (${fn.toString()})(...${JSON.stringify(args)}) ?? null)`;
}

/** Polls `check` every 100 ms until it is truthy. */
export async function pollUntil(what: string, check: () => Promise<unknown>, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP port nothing listens on now, for a driver that must be told its port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
