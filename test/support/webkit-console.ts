// WebKitWebDriver passes on no console message, and WebKitGTK runs either the automation server or the inspector's,
// not both: a second MiniBrowser, with its inspector served over HTTP and a WebSocket, opens the same addresses and
// reports every console error and uncaught exception of its pages, from their first line on (the inspector replays
// what was logged before it connected).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, pollUntil } from './driven-page.js';
import { JsonSocket } from './json-socket.js';

/** WebKitGTK's MiniBrowser (not on PATH: under the architecture's library folder), if installed. */
export function miniBrowser(): string | undefined {
  for (const arch of existsSync('/usr/lib') ? readdirSync('/usr/lib') : [])
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = join('/usr/lib', arch, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  return undefined;
}

export async function watchConsole(display: string, urls: string[]): Promise<{ errors(): string[]; close(): void }> {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${port}` };
  const child = spawn(miniBrowser()!, urls, { env, stdio: 'ignore' });
  const errors: string[] = [];
  const sockets: JsonSocket[] = [];
  const close = () => {
    for (const socket of sockets) socket.close();
    child.kill('SIGTERM');
  };
  try {
    // The inspector's own page lists each page it can inspect with the WebSocket path to it.
    let paths: string[] = [];
    await pollUntil(
      'the WebKit inspector to list the watched pages',
      async () => {
        const html = await fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.text(),
          () => '',
        );
        paths = html.match(/\/socket\/\d+\/\d+\/WebPage/g) ?? [];
        return paths.length >= urls.length;
      },
      20_000,
    );
    for (const path of paths) sockets.push(await watchPage(`ws://127.0.0.1:${port}${path}`, errors));
  } catch (error) {
    close();
    throw error;
  }
  return { errors: () => [...errors], close };
}

/** Turns on the console of a page and of each process it moves to (a target each), keeping the errors it reports. */
async function watchPage(address: string, errors: string[]): Promise<JsonSocket> {
  const socket = new JsonSocket(address);
  socket.on('Target.targetCreated', (params) => {
    const { targetId } = params.targetInfo as { targetId: string };
    const message = JSON.stringify({ id: 1, method: 'Console.enable', params: {} });
    socket.send('Target.sendMessageToTarget', { targetId, message }).catch(() => undefined);
  });
  socket.on('Target.dispatchMessageFromTarget', (params) => {
    const inner = JSON.parse(params.message as string) as { method?: string; params?: { message: ConsoleMessage } };
    const m = inner.params?.message;
    if (inner.method === 'Console.messageAdded' && m?.level === 'error')
      errors.push(`${m.source}: ${m.text} (${m.url})`);
  });
  await socket.opened;
  return socket;
}

interface ConsoleMessage {
  source: string;
  level: string;
  text: string;
  url?: string;
}
