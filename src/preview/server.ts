// The preview's server: on 127.0.0.1 only, it serves the page, the slides the build lays out, the build's own fonts,
// and a stream of "built" events. Nothing a request names reaches the file system: pages and fonts come from fixed
// tables, slides from memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fontFamilyOf, fontFile } from '../render/svg/fonts.js';
import { packageRoot } from '../util/package-root.js';
import { decodePicture, encodePng, scaledDown } from '../util/pixels.js';
import { PAGED, type Paged, type PreviewKit } from './kit.js';
import { pagePdf } from './page-pdf.js';

/** The page's files, by the path the page asks for them under. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/presenter': { file: 'presenter.html', type: 'text/html; charset=utf-8' },
  '/preview.js': { file: 'preview.js', type: 'text/javascript; charset=utf-8' },
  '/presenter.js': { file: 'presenter.js', type: 'text/javascript; charset=utf-8' },
  '/shared.js': { file: 'shared.js', type: 'text/javascript; charset=utf-8' },
  '/preview.css': { file: 'preview.css', type: 'text/css; charset=utf-8' },
};

export interface PreviewServer {
  url: string;
  /** Tells every open page that a build finished (or failed). */
  built(): void;
  close(): Promise<void>;
}

/** Starts the server on `port` (0: a free one) and resolves once it listens. */
export function startServer(kit: PreviewKit, options: { port: number; editor: string }): Promise<PreviewServer> {
  const routes = new Routes(kit, options.editor);
  const server: Server = createServer((req, res) => {
    routes.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) reply(res, 500, 'text/plain', error instanceof Error ? error.message : String(error));
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        built: () => routes.send('built', { version: kit.version }),
        close: () => {
          routes.closeStreams();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

/** What the server answers, one method a route; the open event streams and the font families the pages were sent. */
class Routes {
  private readonly streams = new Set<ServerResponse>();
  private readonly fonts = new Map<string, string>();

  constructor(
    private readonly kit: PreviewKit,
    private readonly editor: string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page elsewhere that gets its own host name resolved to this machine (DNS rebinding) is not served.
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? ''))
      return reply(res, 403, 'text/plain', 'local only');
    // Another site's page may not drive the preview or read the kit (an <img> pointing at /api/reveal, say); the
    // preview's own pages and an editor's plain request (no Sec-Fetch-Site) may.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return reply(res, 403, 'text/plain', 'this server answers its own pages only');
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'text/plain', 'GET only');
    const asset = ASSETS[url.pathname];
    if (asset) return reply(res, 200, asset.type, readFileSync(join(packageRoot(), 'preview', asset.file)));
    if (url.pathname === '/api/state') return json(res, state(this.kit, url, this.editor));
    if (url.pathname === '/api/slides') return json(res, this.slides(url));
    if (url.pathname === '/api/pages') return json(res, await pagesOf(this.kit, url));
    if (url.pathname === '/api/reveal') return this.reveal(req, res, url);
    if (url.pathname === '/events') return this.events(req, res);
    if (url.pathname.startsWith('/font/')) return font(res, this.fonts.get(url.pathname.slice(6)));
    const picture = /^\/picture\/([0-9a-f]{32})$/.exec(url.pathname);
    if (picture) return this.picture(res, picture[1]!, url);
    const printed = /^\/artefact\/(\w+)\.pdf$/.exec(url.pathname);
    if (printed && printed[1]! in PAGED) return artefact(res, this.kit, url, printed[1] as Paged);
    return reply(res, 404, 'text/plain', 'not found');
  }

  send(event: string, data: unknown): void {
    for (const res of this.streams) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  closeStreams(): void {
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  private slides(url: URL) {
    const made = slidesOf(this.kit, url);
    for (const key of made.fontKeys) this.fonts.set(fontFamilyOf(key), key);
    const { fontKeys: _, ...shown } = made;
    return { ...shown, clients: this.kit.clients, root: this.kit.root, editor: this.editor };
  }

  /** An editor names a line; every open page goes to the slide made from it. */
  private reveal(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method === 'GET') this.send('reveal', { at: url.searchParams.get('at') ?? '' });
    json(res, { ok: true });
  }

  private events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`event: hello\ndata: ${JSON.stringify({ version: this.kit.version })}\n\n`);
    this.streams.add(res);
    req.on('close', () => this.streams.delete(res));
  }

  private picture(res: ServerResponse, digest: string, url: URL): void {
    const found = this.kit.picture(digest);
    if (!found) return reply(res, 404, 'text/plain', 'no such picture');
    const scaled = atSize(digest, found.bytes, url);
    if (scaled) return reply(res, 200, 'image/png', scaled, 'private, max-age=86400');
    reply(res, 200, found.type, found.bytes, 'private, max-age=86400');
  }
}

/** The client a request asks for, else the first. */
function clientOf(kit: PreviewKit, url: URL): string | undefined {
  const asked = url.searchParams.get('client');
  return asked && kit.clients.includes(asked) ? asked : kit.clients[0];
}

function state(kit: PreviewKit, url: URL, editor: string) {
  const client = clientOf(kit, url);
  const slides = client ? (kit.slides(client)?.slides ?? []) : [];
  return {
    clients: kit.clients,
    root: kit.root,
    editor,
    client: client ?? null,
    version: kit.version,
    building: kit.building,
    slides: slides.map((s) => ({ n: s.n, title: s.title, source: s.source })),
    problems: kit.problems,
  };
}

/** The client's slides as the page draws them, the build's version, and the font keys their text is drawn in. */
function slidesOf(kit: PreviewKit, url: URL) {
  const asked = url.searchParams.get('client');
  const client = clientOf(kit, url);
  const made = client ? kit.slides(client) : undefined;
  const shown = {
    version: kit.version,
    client: client ?? null,
    // The client the address names is not in the kit (removed, or a typo): the page says which it shows instead.
    ...(asked && asked !== client ? { missing: asked } : {}),
    problems: [...kit.problems, ...(made?.errors ?? [])],
  };
  if (!made) return { ...shown, size: null, fonts: [], fontKeys: [] as string[], slides: [] };
  return {
    ...shown,
    size: made.size,
    fonts: [...made.fonts].map(fontFamilyOf).sort(),
    fontKeys: [...made.fonts],
    slides: made.slides,
  };
}

/** The client's worksheets, guide and handouts: how many pages each has, and their size. */
async function pagesOf(kit: PreviewKit, url: URL) {
  const client = clientOf(kit, url);
  const paged = client ? await kit.paged(client) : {};
  return {
    version: kit.version,
    client: client ?? null,
    artefacts: Object.entries(paged).map(([name, file]) => ({
      name,
      pages: file.pages,
      size: file.size,
      digest: createHash('sha256').update(file.bytes).digest('hex').slice(0, 16),
    })),
  };
}

async function artefact(res: ServerResponse, kit: PreviewKit, url: URL, name: Paged): Promise<void> {
  const client = clientOf(kit, url);
  const file = client ? (await kit.paged(client))[name] : undefined;
  if (!file) return reply(res, 404, 'text/plain', 'no such file in this kit');
  // One page where the page asks for one (a frame shows the page it is given; WebKit ignores `#page=N`).
  const page = url.searchParams.has('page') ? Number(url.searchParams.get('page')) : undefined;
  const bytes = page === undefined ? file.bytes : Number.isInteger(page) ? pagePdf(file.bytes, page) : undefined;
  if (!bytes) return reply(res, 404, 'text/plain', 'no such page in this file');
  // The page asks for it with the build's version in the address: a new build is a new address.
  reply(res, 200, 'application/pdf', bytes, 'private, max-age=3600');
}

/** Pictures scaled for the page, kept while they add up to no more than this many bytes. */
const SCALED_BYTES = 64 * 1024 * 1024;
const SCALED = new Map<string, Uint8Array>();
let scaledBytes = 0;

/**
 * The picture averaged down to the `w` × `h` pixels the page draws it at, as poppler averages it for slides.pdf: the
 * browser then draws it pixel for pixel instead of resampling it its own way. Undefined where it is not larger.
 */
function atSize(digest: string, bytes: Uint8Array, url: URL): Uint8Array | undefined {
  const [w, h] = ['w', 'h'].map((k) => Number(url.searchParams.get(k))) as [number, number];
  if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1 || w > 8192 || h > 8192) return undefined;
  const key = `${digest}/${w}x${h}`;
  let made = SCALED.get(key);
  if (!made) {
    const pixels = decodePicture(bytes);
    if (!pixels || pixels.width <= w || pixels.height <= h) return undefined;
    made = encodePng(scaledDown(pixels, w, h));
    if (scaledBytes + made.length > SCALED_BYTES) {
      SCALED.clear();
      scaledBytes = 0;
    }
    SCALED.set(key, made);
    scaledBytes += made.length;
  }
  return made;
}

function font(res: ServerResponse, key: string | undefined): void {
  if (!key) return reply(res, 404, 'text/plain', 'no such font');
  const file = fontFile(key);
  reply(res, 200, file.type, file.bytes, 'max-age=86400');
}

function json(res: ServerResponse, value: unknown): void {
  reply(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function reply(res: ServerResponse, status: number, type: string, body: string | Uint8Array, cache = 'no-store'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    // The pages run only their own scripts, draw only what this server sends, and are framed by no other site.
    ...(type.startsWith('text/html')
      ? {
          'content-security-policy':
            "default-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
          'x-frame-options': 'DENY',
        }
      : {}),
  });
  res.end(body);
}
