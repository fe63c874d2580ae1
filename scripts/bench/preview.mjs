// Measures the live preview from outside, in Chromium: from the command to the first slide on screen, and from a save to
// the changed words on screen, on the bundled workshop and on one of about 300 slides.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The bundled workshop `times` over: every module copied under a new name (the exercises too), one client, the day
 * as long as it needs to be. About 300 slides for times = 6.
 */
export function writeLongWorkshop(contentDir, target, times) {
  rmSync(target, { recursive: true, force: true });
  cpSync(contentDir, target, { recursive: true });
  for (const file of readdirSync(join(target, 'clients')))
    if (file !== 'northwind.yaml') rmSync(join(target, 'clients', file));
  const yaml = readFileSync(join(target, 'workshop.yaml'), 'utf8');
  const listed = [...yaml.matchAll(/^ {2}- (?!break)([\w-]+)$/gm)].map((m) => m[1]);
  const exercises = readdirSync(join(target, 'exercises')).map((f) => f.replace(/\.ya?ml$/, ''));
  const order = [];
  for (let copy = 1; copy <= times; copy++)
    for (const id of listed) {
      const name = copy === 1 ? id : `${id}-${copy}`;
      order.push(name);
      if (copy === 1) continue;
      let text = readFileSync(join(target, 'modules', `${id}.md`), 'utf8');
      for (const ex of exercises) text = text.replaceAll(`{#${ex}}`, `{#${ex}-${copy}}`);
      writeFileSync(join(target, 'modules', `${name}.md`), text);
    }
  for (let copy = 2; copy <= times; copy++)
    for (const file of readdirSync(join(target, 'exercises')).filter((f) => !/-\d+\.ya?ml$/.test(f)))
      cpSync(join(target, 'exercises', file), join(target, 'exercises', file.replace(/(\.ya?ml)$/, `-${copy}$1`)));
  const minutes = Number(/^minutes: (\d+)$/m.exec(yaml)[1]);
  const list = order.map((m) => `  - ${m}`).join('\n');
  writeFileSync(
    join(target, 'workshop.yaml'),
    yaml
      .replace(/^minutes: \d+$/m, `minutes: ${(minutes - 15) * times}`)
      .replace(/^modules:\n(?: {2}- .*\n)+/m, `modules:\n${list}\n`),
  );
}

/**
 * Starts `bin preview` on `content` and a page in Chromium; returns the ms from the command to the first slide on
 * screen, and the ms from each of `trials` saves of `module` to its changed title on screen.
 */
export async function previewLatency({ root, content, module, trials = 7 }) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'workshop-kit.js'), 'preview', '--content', content], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  try {
    let url;
    while (!(url = /Preview: (\S+)/.exec(stdout)?.[1])) {
      if (performance.now() - started > 60_000) throw new Error('the preview did not start');
      await sleep(2);
    }
    await page.goto(`${url}?client=northwind`);
    await page.waitForSelector('[data-slide="1"] svg', { timeout: 60_000 });
    const firstSlide = performance.now() - started;
    const slides = await page.locator('[data-slide]').count();
    const file = join(content, 'modules', `${module}.md`);
    const original = readFileSync(file, 'utf8');
    const heading = /^## (.+)$/m.exec(original)[1];
    const saves = [];
    for (let i = 1; i <= trials; i++) {
      await sleep(300);
      const marker = `${heading} ${i}x${Date.now() % 1000}`;
      const t0 = performance.now();
      writeFileSync(file, original.replace(`## ${heading}`, `## ${marker}`));
      await page.waitForFunction((m) => document.getElementById('deck').textContent.includes(m), marker, {
        polling: 'raf',
        timeout: 10_000,
      });
      saves.push(performance.now() - t0);
    }
    writeFileSync(file, original);
    return { slides, firstSlide, saves, saveMedian: median(saves) };
  } finally {
    child.kill('SIGINT');
    await browser.close();
  }
}
