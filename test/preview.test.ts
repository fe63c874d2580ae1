/// <reference lib="dom" />
// The live preview end to end: the command started as a user starts it, its page driven in Debian's Chromium. Every
// slide is drawn with no console error and matches slides.pdf pixel for pixel within 2 %; a save shows up in place, a
// broken save keeps the slides and shows its position, a click names the slide's source line, and the presenter view
// follows the preview.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meanDifference } from './support/image-difference.js';
import { settled, startPreview } from './support/preview-server.js';
import { runCli } from './support/run.js';
import { realClients } from './support/tools.js';

const browserAvailable = realClients('chromium', 'pdftoppm');
const ROOT = join(import.meta.dirname, '..');
const HOSTILE = `& <Ærø> "Łódź" 'Київ'`;

let work: string;
let content: string;
let server: ChildProcess;
let url: string;
let browser: Browser;

interface State {
  clients: string[];
  client: string;
  root: string;
  slides: { n: number; title: string; source: string }[];
  problems: { path: string; line: number; col: number; message: string; rule: string }[];
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

async function state(): Promise<State> {
  return (await fetch(`${url}api/state?client=northwind`)).json() as Promise<State>;
}

/** A page of the preview, failing the test on any console error; pages of one context share a BroadcastChannel. */
/**
 * The editor link the page last opened, once it is the one expected or after a few seconds: the click's handler runs
 * after the click returns, later on a loaded machine.
 */
async function openedLink(page: Page, expected: string): Promise<string | undefined> {
  await page
    .waitForFunction((want) => document.documentElement.dataset.opened === want, expected, { timeout: 5000 })
    .catch(() => undefined);
  return page.evaluate(() => document.documentElement.dataset.opened);
}

async function open(path: string, errors: string[], context?: BrowserContext): Promise<Page> {
  const page = context ? await context.newPage() : await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}${path}`);
  return page;
}

describe.skipIf(!browserAvailable)('live preview', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'wk-preview-'));
    content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    edit('modules/welcome.md', (t) => t.replace('## Why we are here', `## Why we are here ${HOSTILE}`));
    ({ server, url } = await startPreview(content));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    // Node itself runs the server (tsx as a loader, no wrapper process), so a signal reaches it: none is left behind.
    if (server && server.exitCode === null) server.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('draws every slide of the client, each exactly its drawing, with no console error; it matches slides.pdf', async () => {
    const errors: string[] = [];
    const page = await open('?client=northwind', errors);
    const { slides } = await state();
    await page.waitForFunction((n) => document.querySelectorAll('[data-slide] svg').length === n, slides.length);
    const drawn = await page.$$eval('[data-slide]', (els) =>
      els.map((el) => ({
        n: Number((el as HTMLElement).dataset.slide),
        source: (el as HTMLElement).dataset.source,
        children: [...el.children].map((c) => c.tagName.toLowerCase()),
        ratio: el.getBoundingClientRect().width / el.getBoundingClientRect().height,
      })),
    );
    expect(drawn.map((d) => d.n)).toEqual(slides.map((s) => s.n));
    expect(drawn.map((d) => d.source)).toEqual(slides.map((s) => s.source));
    for (const d of drawn) {
      expect(d.children).toEqual(['svg']);
      expect(d.ratio).toBeCloseTo(16 / 9, 2);
      expect(d.source).toMatch(/^[\w./-]+:\d+:\d+$/);
    }
    // Generated slides cite the YAML line they come from.
    expect(drawn[0]!.source).toMatch(/^workshop\.yaml:\d+:\d+$/);
    expect(slides.some((s) => s.title.includes('<Ærø>') && s.title.includes('Київ') && s.title.includes('&'))).toBe(
      true,
    );

    // The same slides as slides.pdf, page for page.
    const kit = join(work, 'out');
    expect((await runCli(['--content', content, '--out', kit, '--client', 'northwind'])).code).toBe(0);
    const width = Math.round(await page.$eval('[data-slide="1"]', (el) => el.getBoundingClientRect().width));
    const pdfPages = join(work, 'pdf');
    execFileSync('mkdir', ['-p', pdfPages]);
    execFileSync('pdftoppm', [
      '-png',
      '-scale-to-x',
      String(width),
      '-scale-to-y',
      '-1',
      join(kit, 'northwind', 'slides.pdf'),
      join(pdfPages, 'p'),
    ]);
    const pngs = readdirSync(pdfPages).sort();
    expect(pngs.length).toBe(slides.length);
    const differences: number[] = [];
    for (const [i, file] of pngs.entries()) {
      const shot = PNG.sync.read(await page.locator(`[data-slide="${i + 1}"]`).screenshot());
      differences.push(meanDifference(shot, PNG.sync.read(readFileSync(join(pdfPages, file)))));
    }
    // Under 2 % is the promise; measured 0.2–1.1 % here, so 1.5 % catches a drawing that drifts.
    expect(Math.max(...differences), differences.map((d) => d.toFixed(2)).join(' ')).toBeLessThan(1.5);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('shows a save in place, keeps the last good slides over a broken save with its position, and clears it', async () => {
    const errors: string[] = [];
    const page = await open('?client=northwind', errors);
    await page.waitForSelector('[data-slide="20"] svg');
    await page.locator('[data-slide="20"]').scrollIntoViewIfNeeded();
    const before = await page.$eval('[data-slide="20"]', (el) => el.getBoundingClientRect().top);
    const count = await page.locator('[data-slide]').count();

    edit('modules/welcome.md', (t) => t.replace('Three questions for today', 'Three questions Ωmega today'));
    await page.waitForFunction(() => document.querySelector('#deck')!.textContent!.includes('Ωmega'), null, {
      timeout: 10_000,
    });
    expect(await page.locator('[data-slide]').count()).toBe(count);
    const after = await page.$eval('[data-slide="20"]', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThan(2);

    edit('modules/welcome.md', (t) => t.replace('## Why we are here', ':::nonsense\n\n## Why we are here'));
    await page.waitForFunction(() => document.querySelector('[data-problems]')!.children.length > 0, null, {
      timeout: 10_000,
    });
    const problems = await page.$$eval('[data-problems] > *', (els) =>
      els.map((el) => ({ text: el.textContent, href: el.getAttribute('href') })),
    );
    const line = readFileSync(join(content, 'modules/welcome.md'), 'utf8').split('\n').indexOf(':::nonsense') + 1;
    expect(problems.some((p) => p.text!.startsWith(`modules/welcome.md:${line}:1: `))).toBe(true);
    expect(problems.find((p) => p.text!.startsWith('modules/welcome.md'))!.href).toBe(
      `vscode://file${content}/modules/welcome.md:${line}:1`,
    );
    expect(await page.locator('[data-slide] svg').count()).toBe(count);
    expect(await page.isVisible('[data-problems]')).toBe(true);

    edit('modules/welcome.md', (t) => t.replace(':::nonsense\n\n', ''));
    await page.waitForFunction(() => document.querySelector('[data-problems]')!.children.length === 0, null, {
      timeout: 10_000,
    });
    expect(await page.isVisible('[data-problems]')).toBe(false);

    // Slides added above the one in view: it stays where it was on screen, found by the line it is made from.
    await settled(url);
    await page.locator('[data-slide="20"]').scrollIntoViewIfNeeded();
    const anchor = await page.$eval('[data-slide="20"]', (el) => ({
      source: (el as HTMLElement).dataset.source!,
      top: el.getBoundingClientRect().top,
    }));
    edit('modules/welcome.md', (t) =>
      t.replace('## Why we are here', '## Added one\n\nText.\n\n## Added two\n\nMore.\n\n## Why we are here'),
    );
    await page.waitForFunction(() => document.querySelector('#deck')!.textContent!.includes('Added two'), null, {
      timeout: 10_000,
    });
    const moved = await page.$eval(`[data-source="${anchor.source}"]`, (el) => ({
      n: (el as HTMLElement).dataset.slide,
      top: el.getBoundingClientRect().top,
    }));
    expect(moved.n).toBe('22');
    expect(Math.abs(moved.top - anchor.top)).toBeLessThan(2);

    // A warning of the build (raw HTML in a module) is shown under the slide it is about.
    edit('modules/welcome.md', (t) => t.replace('Text.', 'Text with <b>raw HTML</b>.'));
    await page.waitForFunction(
      () => [...document.querySelectorAll('.warning')].some((w) => w.textContent!.includes('module/raw-html')),
      null,
      {
        timeout: 10_000,
      },
    );

    // A folder deleted and made again (a checkout) is watched afresh: the next save still shows.
    const modules = join(content, 'modules');
    const copy = join(work, 'modules-copy');
    cpSync(modules, copy, { recursive: true });
    rmSync(modules, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 300));
    cpSync(copy, modules, { recursive: true });
    await new Promise((r) => setTimeout(r, 300));
    edit('modules/welcome.md', (t) => t.replace('## Added one', '## Added again'));
    await page.waitForFunction(() => document.querySelector('#deck')!.textContent!.includes('Added again'), null, {
      timeout: 10_000,
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('links a slide, and a line of text on it, to its source line, and goes to the slide made from a line', async () => {
    await settled(url);
    const errors: string[] = [];
    const { slides, root } = await state();
    const page = await open('?client=northwind', errors);
    await page.waitForSelector('[data-slide="3"] svg');
    // Away from its text (the top corner), a click names the slide's own source.
    await page.locator('[data-slide="3"]').click({ position: { x: 4, y: 4 } });
    const [file, line, col] = slides[2]!.source.split(':');
    expect(await openedLink(page, `vscode://file${root}/${file}:${line}:${col}`)).toBe(
      `vscode://file${root}/${file}:${line}:${col}`,
    );

    // A line of text links to the Markdown block it is made from: the list, not the slide's heading. On a page of its
    // own: the click above tried to open an editor, and Chromium may hold back the next click on that page.
    const lines = await open('?client=northwind', errors);
    const bullet = lines.locator('[data-slide] text', { hasText: 'Most of us were promoted' }).first();
    await bullet.click();
    const listLine =
      readFileSync(join(content, 'modules/welcome.md'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('- Most of us')) + 1;
    expect(await openedLink(lines, `vscode://file${root}/modules/welcome.md:${listLine}:1`)).toBe(
      `vscode://file${root}/modules/welcome.md:${listLine}:1`,
    );
    await lines.close();

    // By keyboard, on a page of its own (the clicks above tried to open an editor): a slide takes the focus, and
    // Enter opens its source.
    const keyboard = await open('?client=northwind', errors);
    await keyboard.waitForSelector('[data-slide="5"] svg');
    await keyboard.locator('[data-slide="5"]').press('Enter');
    const [file5, line5, col5] = slides[4]!.source.split(':');
    expect(await keyboard.evaluate(() => document.activeElement?.getAttribute('data-slide'))).toBe('5');
    expect(await openedLink(keyboard, `vscode://file${root}/${file5}:${line5}:${col5}`)).toBe(
      `vscode://file${root}/${file5}:${line5}:${col5}`,
    );
    await keyboard.close();

    const target = slides.find((s) => s.source.startsWith('modules/two-jobs.md:'))!;
    const at = `modules/two-jobs.md:${Number(target.source.split(':')[1]) + 1}`;
    const jumped = await open(`?client=northwind&at=${encodeURIComponent(at)}`, errors);
    await jumped.waitForSelector('figure.current');
    expect(await jumped.$eval('figure.current [data-slide]', (el) => (el as HTMLElement).dataset.slide)).toBe(
      String(target.n),
    );
    expect(await jumped.$eval('figure.current', (el) => el.getBoundingClientRect().top)).toBeLessThan(900);
    expect(errors).toEqual([]);
  }, 60_000);

  it('has a presenter view that follows the preview, and the preview follows it', async () => {
    const errors: string[] = [];
    const room = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const main = await open('?client=northwind', errors, room);
    const presenter = await open('presenter?client=northwind', errors, room);
    await main.waitForSelector('[data-slide="2"] svg');
    await presenter.waitForSelector('[data-presenter-slide="1"] svg');
    await main.keyboard.press('ArrowRight');
    await main.keyboard.press('ArrowRight');
    await presenter.waitForSelector('.current [data-presenter-slide="3"]');
    expect(await presenter.textContent('.next')).toBeDefined();
    expect(await presenter.locator('.next [data-presenter-slide="4"]').count()).toBe(1);
    await presenter.keyboard.press('ArrowRight');
    await main.waitForSelector('figure.current [data-slide="4"]');
    // The audience view on the projector: the slide on screen alone, moved by the presenter view.
    const audience = await open('?show&client=northwind', errors, room);
    await audience.waitForSelector('figure.current [data-slide] svg');
    await presenter.keyboard.press('ArrowRight');
    await audience.waitForSelector('figure.current [data-slide="5"]');
    const visible = await audience.$$eval(
      'figure',
      (els) => els.filter((f) => getComputedStyle(f).display !== 'none').length,
    );
    expect(visible).toBe(1);
    expect(await audience.isVisible('.bar')).toBe(false);
    expect(await presenter.textContent('.plan')).toMatch(/\d\d:\d\d/);
    await presenter.keyboard.press('t');
    expect(await presenter.textContent('.pace')).toMatch(/behind|ahead|On time/);
    expect(errors).toEqual([]);
    await room.close();
  }, 60_000);

  it('pages through the worksheets, the guide and the handouts, one element per page of each PDF', async () => {
    const errors: string[] = [];
    // The content as the earlier tests left it, built as a user builds it.
    await settled(url);
    expect((await runCli(['--content', content, '--out', join(work, 'out-now'), '--client', 'northwind'])).code).toBe(
      0,
    );
    const kit = join(work, 'out-now', 'northwind');
    for (const [view, file] of [
      ['worksheets', 'worksheets.pdf'],
      ['guide', 'facilitator-guide.pdf'],
      ['handouts', 'handouts.pdf'],
    ] as const) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(kit, file)], { encoding: 'utf8' }))![1]);
      const page = await open(`?client=northwind&view=${view}`, errors);
      await page.waitForSelector('[data-page]');
      const marks = await page.$$eval('[data-page]', (els) => els.map((el) => (el as HTMLElement).dataset.page));
      expect(marks).toEqual(Array.from({ length: pages }, (_, i) => `${view}:${i + 1}`));
      const served = await (await fetch(`${url}artefact/${view}.pdf?client=northwind`)).arrayBuffer();
      expect(Buffer.from(served).subarray(0, 5).toString()).toBe('%PDF-');
      // Each frame shows a PDF of its one page (WebKit's viewer ignores #page=N): the same words as that page.
      const last = pages;
      const src = await page.$eval(`[data-page="${view}:${last}"] iframe`, (f) => (f as HTMLIFrameElement).dataset.src);
      expect(src).toContain(`page=${last}&`);
      const one = join(work, `${view}-${last}.pdf`);
      writeFileSync(
        one,
        Buffer.from(await (await fetch(`${url}artefact/${view}.pdf?client=northwind&page=${last}`)).arrayBuffer()),
      );
      expect(execFileSync('pdfinfo', [one], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
      execFileSync('qpdf', ['--check', one]);
      const words = (f: string, n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), f, '-'], { encoding: 'utf8' });
      expect(words(one, 1)).toBe(words(join(kit, file), last));
      expect((await fetch(`${url}artefact/${view}.pdf?client=northwind&page=${last + 1}`)).status).toBe(404);
      await page.close();
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('serves only its own files, to this machine only', async () => {
    for (const path of [
      '../package.json',
      '%2e%2e/package.json',
      'font/..%2f..%2fetc%2fpasswd',
      'artefact/deck.pdf',
      'artefact/..%2fx.pdf',
    ])
      expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    const rebound = await new Promise<number>((resolve) => {
      const request = httpGet(`${url}api/state`, { headers: { host: 'attacker.example:80' } }, (res) =>
        resolve(res.statusCode!),
      );
      request.end();
    });
    expect(rebound).toBe(403);
    // Another site's page may not drive the preview (an <img> at /api/reveal) or frame it.
    const crossSite = await fetch(`${url}api/reveal?at=modules/welcome.md:1`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const home = await fetch(url);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('shows what stops the first build when nothing has built yet, with no console error', async () => {
    const broken = join(work, 'broken');
    cpSync(join(ROOT, 'content'), broken, { recursive: true });
    const file = join(broken, 'modules', 'welcome.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Why we are here', ':::nonsense\n\n## Why we are here'));
    const { server: second, url: address } = await startPreview(broken);
    try {
      const errors: string[] = [];
      for (const path of ['', 'presenter']) {
        const page = await browser.newPage();
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${address}${path}`);
        if (path === '') {
          await page.waitForSelector('[data-problems] > *');
          expect(await page.textContent('[data-problems]')).toContain('modules/welcome.md:');
          expect(await page.locator('[data-slide]').count()).toBe(0);
        } else await page.waitForFunction(() => document.querySelector('.notes')!.textContent!.length > 0);
        await page.close();
      }
      expect(errors).toEqual([]);
    } finally {
      second.kill('SIGINT');
    }
  }, 60_000);

  it('stops cleanly on Ctrl+C', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 30_000);
});
