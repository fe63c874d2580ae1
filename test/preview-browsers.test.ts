/// <reference lib="dom" />
// The live preview in Firefox and in WebKit (Safari's engine), as test/preview.test.ts checks it in Chromium, driven
// over W3C WebDriver: every slide drawn, a few of them matching slides.pdf, a save shown without a reload, a broken
// save's position shown over the kept slides, ?at= going to a line's slide, the presenter view and the preview following
// each other, and no console error or uncaught exception.
import { type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DrivenBrowser, type DrivenPage, pollUntil } from './support/driven-page.js';
import { launchFirefox } from './support/firefox.js';
import { meanDifference } from './support/image-difference.js';
import { settled, startPreview } from './support/preview-server.js';
import { runCli } from './support/run.js';
import { realClients } from './support/tools.js';
import { launchWebKit } from './support/webkit.js';

const ROOT = join(import.meta.dirname, '..');
/**
 * Slides compared with slides.pdf: the cover, the agenda table, a welcome, a module's objectives, bullets in bold and
 * italics, a module's slide and the closing one, most with the client's logo (a picture).
 */
const COMPARED = [1, 2, 3, 8, 12, 20, 55];

let work: string;
let content: string;
let server: ChildProcess;
let url: string;
let original: string;

const welcome = () => join(content, 'modules', 'welcome.md');
const edit = (change: (text: string) => string) => writeFileSync(welcome(), change(readFileSync(welcome(), 'utf8')));

async function api<T>(path: string): Promise<T> {
  return (await fetch(`${url}${path}`)).json() as Promise<T>;
}

/** A page with an uncaught exception, opened first: the check for console errors must see it, or it sees nothing. */
const CONTROL = 'data:text/html,<script>throw new Error("console control")</script>';

// Debian's firefox-esr; WebKitGTK's WebKitWebDriver (webkit2gtk-driver) with an X server of its own (xvfb).
const BROWSERS: [string, boolean, () => Promise<DrivenBrowser>][] = [
  [
    'Firefox',
    realClients('firefox-esr', 'pdftoppm'),
    async () => {
      const browser = await launchFirefox();
      await browser.open(CONTROL);
      return browser;
    },
  ],
  [
    'WebKit',
    realClients('WebKitWebDriver', 'Xvfb', 'pdftoppm'),
    () => launchWebKit([CONTROL, `${url}?client=northwind`, `${url}presenter?client=northwind`]),
  ],
];

/** The console errors of the preview's pages: all but the control's, once it has been seen. */
async function previewErrors(browser: DrivenBrowser): Promise<string[]> {
  await pollUntil(
    "the control page's error",
    async () => browser.errors().some((e) => e.includes('console control')),
    10_000,
  );
  return browser.errors().filter((e) => !e.includes('console control'));
}

const any = BROWSERS.some(([, available]) => available);

beforeAll(async () => {
  if (!any) return;
  work = mkdtempSync(join(tmpdir(), 'wk-preview-browsers-'));
  content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  original = readFileSync(welcome(), 'utf8');
  ({ server, url } = await startPreview(content));
  expect((await runCli(['--content', content, '--out', join(work, 'out'), '--client', 'northwind'])).code).toBe(0);
}, 120_000);

afterAll(() => {
  if (!any) return;
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

/** Page `n` of slides.pdf as pdftoppm draws it `width` pixels wide. */
function pdfPage(n: number, width: number): PNG {
  const dir = join(work, `pdf-${width}`);
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, `p${n}`);
  const pdf = join(work, 'out', 'northwind', 'slides.pdf');
  const pages = ['-f', String(n), '-l', String(n)];
  execFileSync('pdftoppm', [
    '-png',
    '-singlefile',
    ...pages,
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    '-1',
    pdf,
    stem,
  ]);
  return PNG.sync.read(readFileSync(`${stem}.png`));
}

for (const [name, available, launch] of BROWSERS)
  describe.skipIf(!available)(`live preview in ${name}`, () => {
    let browser: DrivenBrowser;
    let page: DrivenPage;

    beforeAll(async () => {
      browser = await launch();
      page = await browser.open(`${url}?client=northwind`);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      writeFileSync(welcome(), original);
      await settled(url);
    }, 60_000);

    it('draws every slide of the client in its proportions, and a few match slides.pdf', async () => {
      const { slides } = await api<{ slides: unknown[] }>('api/state?client=northwind');
      const { size } = await api<{ size: { width: number; height: number } }>('api/slides?client=northwind');
      await page.waitFor(
        'every slide drawn',
        (n: number) => document.querySelectorAll('[data-slide] svg').length === n,
        [slides.length],
      );
      await page.run(() => document.fonts.ready.then(() => true));
      const drawn = await page.run(() =>
        [...document.querySelectorAll<HTMLElement>('[data-slide]')].map((el) => ({
          children: [...el.children].map((c) => c.tagName.toLowerCase()),
          ratio: el.getBoundingClientRect().width / el.getBoundingClientRect().height,
          width: el.getBoundingClientRect().width,
        })),
      );
      expect(drawn.length).toBe(slides.length);
      for (const d of drawn) {
        expect(d.children).toEqual(['svg']);
        expect(d.ratio).toBeCloseTo(size.width / size.height, 2);
      }
      const width = Math.round(drawn[0]!.width);
      const differences: number[] = [];
      for (const n of COMPARED) {
        const shot = await page.screenshot(`[data-slide="${n}"]`);
        differences.push(meanDifference(PNG.sync.read(shot), pdfPage(n, width)));
      }
      const said = `${name}: ${COMPARED.map((n, i) => `${n}: ${differences[i]!.toFixed(2)} %`).join(', ')}`;
      process.stdout.write(`${said}\n`);
      // The threshold of preview.test.ts (Chromium): under 2 % is the promise, 1.5 % catches a drawing that drifts.
      expect(Math.max(...differences), said).toBeLessThan(1.5);
      expect(await previewErrors(browser)).toEqual([]);
    }, 120_000);

    it('shows a save without a reload, and a broken save at its position over the kept slides', async () => {
      const count = await page.run(() => document.querySelectorAll('[data-slide] svg').length);
      // A reload would lose this.
      await page.run(() => Object.assign(window, { keptAcrossSaves: true }) && true);
      const mark = `Ωmega ${name} & <Ærø>`;
      edit((t) => t.replace('Three questions for today', `Three questions ${mark}`));
      await page.waitFor(
        'the save on the page',
        (m: string) => document.querySelector('#deck')!.textContent!.includes(m),
        [mark],
      );
      expect(await page.run(() => (window as unknown as { keptAcrossSaves?: boolean }).keptAcrossSaves)).toBe(true);
      expect(await page.run(() => document.querySelectorAll('[data-slide] svg').length)).toBe(count);

      edit((t) => t.replace('## Why we are here', ':::nonsense\n\n## Why we are here'));
      await page.waitFor('the problems', () => document.querySelector('[data-problems]')!.children.length > 0);
      const line = readFileSync(welcome(), 'utf8').split('\n').indexOf(':::nonsense') + 1;
      const problems = await page.run(() =>
        [...document.querySelectorAll('[data-problems] > *')].map((el) => el.textContent ?? ''),
      );
      expect(
        problems.some((p) => p.startsWith(`modules/welcome.md:${line}:1: `)),
        problems.join('\n'),
      ).toBe(true);
      expect(await page.run(() => document.querySelectorAll('[data-slide] svg').length)).toBe(count);
      const panel = await page.run(() => document.querySelector('.problems-panel')!.getBoundingClientRect().height);
      expect(panel).toBeGreaterThan(0);

      edit((t) => t.replace(':::nonsense\n\n', ''));
      await page.waitFor(
        'the problems to clear',
        () => document.querySelector('[data-problems]')!.children.length === 0,
      );
      expect(await page.run(() => (window as unknown as { keptAcrossSaves?: boolean }).keptAcrossSaves)).toBe(true);
      expect(await previewErrors(browser)).toEqual([]);
    }, 60_000);

    it('goes to the slide made from the line ?at= names', async () => {
      const { slides } = await api<{ slides: { n: number; source: string }[] }>('api/state?client=northwind');
      const target = slides.find((s) => s.source.startsWith('modules/two-jobs.md:'))!;
      const at = `modules/two-jobs.md:${Number(target.source.split(':')[1]) + 1}`;
      const jumped = await browser.open(`${url}?client=northwind&at=${encodeURIComponent(at)}`);
      await jumped.waitFor('a slide marked current', () => document.querySelector('figure.current') !== null);
      const shown = await jumped.run(() => ({
        n: document.querySelector('figure.current [data-slide]')!.getAttribute('data-slide'),
        top: document.querySelector('figure.current')!.getBoundingClientRect().top,
        height: innerHeight,
      }));
      expect(shown.n).toBe(String(target.n));
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.top).toBeLessThan(shown.height);
      await jumped.close();
      expect(await previewErrors(browser)).toEqual([]);
    }, 60_000);

    it('has a presenter view that follows the preview, and the preview follows it', async () => {
      const presenter = await browser.open(`${url}presenter?client=northwind`);
      await presenter.waitFor(
        'the presenter view',
        () => document.querySelector('[data-presenter-slide] svg') !== null,
      );
      const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      await page.run(() => {
        window.scrollTo(0, 0);
        return true;
      });
      await page.run(press);
      await page.run(press);
      const marked = await page.run(() =>
        document.querySelector('figure.current [data-slide]')!.getAttribute('data-slide'),
      );
      expect(marked).not.toBe('1');
      await presenter.waitFor(
        'the presenter view on the slide the preview went to',
        (n: string) => document.querySelector(`.current [data-presenter-slide="${n}"]`) !== null,
        [marked],
      );
      await presenter.run(press);
      const next = String(Number(marked) + 1);
      await page.waitFor(
        "the preview on the presenter view's slide",
        (n: string) => document.querySelector(`figure.current [data-slide="${n}"]`) !== null,
        [next],
      );
      await presenter.close();
      expect(await previewErrors(browser)).toEqual([]);
    }, 60_000);
  });
