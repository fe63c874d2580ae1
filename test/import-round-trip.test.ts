// A deck workshop-kit built comes back as the workshop it was built from: importing the bundled workshop's and the
// stress fixture's decks and building the result gives the same slide titles, texts and notes (the planned times
// included: the cover, agenda and notes give back the title, client, date, start and each slide's minutes). A deck
// LibreOffice saved again (.pptx → .odp → .pptx, or .pptx → .pptx), which no longer names the kit, is known by its
// agenda; its progress and time lines are the kit's own, left out, and it gives back the same workshop too.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { deckWords, type SlideWords, writtenSlides } from './support/deck-words.js';
import { FIXTURES } from './support/fixtures.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'wk-import-rt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CONTINUED: Record<string, string> = { en: '(cont.)', de: '(Forts.)' };

/** Builds `content`, imports `client`'s deck, builds the import: the two decks' slides as written, and the import's folder. */
async function roundTrip(content: string, client: string, lang = 'en', name = client) {
  const first = join(work, `${name}-first`);
  expect((await build({ contentDir: content, outDir: first })).diagnostics).toEqual([]);
  const imported = join(work, `${name}-imported`);
  const run = await runCli(['import', join(first, client, 'deck.pptx'), '--out', imported]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const second = join(work, `${name}-second`);
  const result = await build({ contentDir: imported, outDir: second });
  expect(result.diagnostics).toEqual([]);
  const [kit] = readdirSync(second).filter((d) => !d.startsWith('.'));
  const rebuilt = join(second, kit!, 'deck.pptx');
  expect(validatePptx(new Uint8Array(readFileSync(rebuilt)))).toEqual([]);
  const continued = (t: string) => `${t} ${CONTINUED[lang]}`;
  return {
    before: writtenSlides(deckWords(join(first, client, 'deck.pptx')), continued),
    after: writtenSlides(deckWords(rebuilt), continued),
    imported,
    stdout: run.stdout,
    rebuiltDeck: rebuilt,
    builtDeck: join(first, client, 'deck.pptx'),
  };
}

/**
 * The deck's slide of that title, as written, its number aside: an exercise comes back as a slide of text, which
 * may take a page fewer than the exercise did.
 */
function slideXml(deck: string, title: string): string | undefined {
  const zip = unzipSync(new Uint8Array(readFileSync(deck)));
  return Object.entries(zip)
    .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .map(([, bytes]) => strFromU8(bytes))
    .find((xml) => xml.includes(`<a:t>${title}</a:t>`))
    ?.replace(/<p:cSld name="Slide \d+"/, '<p:cSld')
    .replace(/(<a:fld [^>]*type="slidenum"[^>]*>[\s\S]*?<a:t>)\d+/, '$1N');
}

/** The table on the deck's slide of that title, as written (`a:tbl`). */
const tableXml = (deck: string, title: string) => slideXml(deck, title)?.match(/<a:tbl>[\s\S]*?<\/a:tbl>/)?.[0];

/** A slide's time budget line in the notes ("Budget: 3 min"), in English and German. */
const BUDGET = /^(Budget|Zeitbudget): \d+ Min\.?$|^Budget: \d+ min$/;

/**
 * The slides' titles, texts (in any order within a slide) and notes. The agenda lists a module's exercises under it,
 * and an exercise slide's notes have no time budget; an imported exercise is a slide of text, which has both, so the
 * agenda's exercise lines and the budget lines are compared apart (the rebuilt deck keeps every budget line).
 */
function compared(slides: readonly SlideWords[]) {
  return slides.map((s) => ({
    title: s.title,
    paragraphs: [...s.paragraphs].filter((p) => !/^(Exercise|Übungsaufgabe) \d+: .* · \d+ min · /.test(p)).sort(),
    notes: s.notes.filter((n) => !BUDGET.test(n)),
  }));
}

function sameBudgets(before: readonly SlideWords[], after: readonly SlideWords[]): void {
  before.forEach((slide, i) => {
    for (const line of slide.notes.filter((n) => BUDGET.test(n))) expect(after[i]?.notes, slide.title).toContain(line);
  });
}

describe('a deck workshop-kit built, imported and built again', () => {
  it('gives back the bundled workshop: the same titles, texts and notes, planned times included', async () => {
    const { before, after, imported, stdout, rebuiltDeck, builtDeck } = await roundTrip(
      join(ROOT, 'content'),
      'northwind',
    );
    expect(stdout).toContain('read as a deck workshop-kit built');
    expect(compared(after)).toEqual(compared(before));
    sameBudgets(before, after);
    expect(before.length).toBeGreaterThan(40);
    const workshop = readFileSync(join(imported, 'workshop.yaml'), 'utf8');
    expect(workshop).toContain('title: Leadership vs Management');
    expect(workshop).toContain('start: "08:30"');
    expect(workshop).toMatch(/- break: 15/);
    const client = readFileSync(join(imported, 'clients', 'northwind-ferries.yaml'), 'utf8');
    expect(client).toContain(
      'name: Northwind Ferries\ndate: 2026-12-03\nfacilitator: Maja Sørensen\nlocation: Ærøskøbing harbour office, Denmark',
    );
    // The brand is the deck theme's accents and the cover's logo; the style cards come back as their catalogue.
    expect(client).toContain(
      'brand:\n  primary: "#0E5E6F"\n  secondary: "#1B2A41"\n  accent: "#F2A541"\n  logo: assets/northwind-ferries-logo.png',
    );
    expect(readFileSync(join(imported, 'assets', 'northwind-ferries-logo.png'))).toEqual(
      readFileSync(join(ROOT, 'content', 'assets', 'northwind-logo.png')),
    );
    // The comparisons come back as comparisons (not Markdown tables), drawn as they were: the same table, cell for cell.
    // The two-by-two table (an empty corner) is drawn as tiles, as a comparison of its shape is: it comes back as one.
    expect(readdirSync(join(imported, 'comparisons')).sort()).toEqual([
      'at-a-glance.yaml',
      'kotters-three-pairs.yaml',
      'stuck-or-scattered.yaml',
    ]);
    const kotter = readFileSync(join(imported, 'comparisons', 'kotters-three-pairs.yaml'), 'utf8');
    expect(kotter).toContain(
      'columns: [Management, Leadership]\nrows:\n  - aspect: Setting the course\n    values: ["Planning and budgeting: steps, timetables, money", "Establishing direction: a vision and a strategy"]',
    );
    expect(kotter).toContain('source: J. P. Kotter, “What Leaders Really Do”, Harvard Business Review, 1990');
    const modules = readdirSync(join(imported, 'modules')).map((f) =>
      readFileSync(join(imported, 'modules', f), 'utf8'),
    );
    expect(modules.join('\n')).toContain('## At a glance\n\n::comparison{#at-a-glance}\n');
    expect(modules.join('\n')).not.toMatch(/^\| {3}\|/m);
    expect(slideXml(rebuiltDeck, 'Stuck or scattered?')).toBe(slideXml(builtDeck, 'Stuck or scattered?'));
    for (const title of ['At a glance', 'Kotter’s three pairs'])
      expect(tableXml(rebuiltDeck, title), title).toBe(tableXml(builtDeck, title));
    expect(readFileSync(join(imported, 'styles', 'how-managers-manage.yaml'), 'utf8')).toContain(
      '  - name: Authoritative\n    summary: The manager decides, and the team carries the decision out.\n    fits: Rule-bound, precise or safety-critical work\n    risk: Creativity and ownership fade',
    );
  });

  it('gives back a two-by-two comparison, drawn as tiles, as that comparison: the same slide, shape for shape', async () => {
    const content = join(work, 'matrix-content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(
      join(content, 'comparisons', 'urgent.yaml'),
      'title: Urgent and important\ncolumns: [Urgent, Not urgent]\nrows:\n  - aspect: Important & <now>\n    values: [Do it now, "Plan it: \\"when\\""]\n  - aspect: Not important\n    values: [Hand it over, Drop it]\nsource: Eisenhower\n',
    );
    appendFileSync(join(content, 'modules', 'wrap-up.md'), '\n## Four boxes\n::comparison{#urgent}\n');
    const { before, after, imported, rebuiltDeck, builtDeck } = await roundTrip(content, 'northwind', 'en', 'matrix');
    expect(compared(after)).toEqual(compared(before));
    expect(readFileSync(join(imported, 'comparisons', 'four-boxes.yaml'), 'utf8')).toContain(
      'columns: [Urgent, Not urgent]\nrows:\n  - aspect: Important & <now>\n    values: [Do it now, "Plan it: “when”"]\n  - aspect: Not important\n    values: [Hand it over, Drop it]\nsource: Eisenhower\n',
    );
    expect(slideXml(rebuiltDeck, 'Four boxes')).toBe(slideXml(builtDeck, 'Four boxes'));
  });

  it('gives back a client in German with its own thank-you', async () => {
    const { before, after, imported } = await roundTrip(join(ROOT, 'content'), 'mueller-soehne', 'de');
    expect(compared(after)).toEqual(compared(before));
    sameBudgets(before, after);
    expect(readFileSync(join(imported, 'workshop.yaml'), 'utf8')).toContain('thank-you: Herzlichen Dank!');
  });

  it('gives back the stress fixture: long lists split over slides, wide tables, Unicode names', async () => {
    for (const client of ['unicode', 'short']) {
      const { before, after, imported } = await roundTrip(join(FIXTURES, 'stress'), client);
      expect(compared(after), client).toEqual(compared(before));
      sameBudgets(before, after);
      // The wide comparison the build spread over pages is one comparison again, its takeaway line after it.
      if (client === 'short') continue; // the short version leaves that module out
      const wide = readFileSync(join(imported, 'comparisons', 'fourteen-rows.yaml'), 'utf8');
      expect(wide).toContain('columns: [Management, Leadership, Where they overlap]');
      expect(wide.match(/- aspect: Aspect number \d+ with a longer name/g)).toHaveLength(14);
      expect(readFileSync(join(imported, 'modules', 'big-tables.md'), 'utf8')).toMatch(
        /::comparison\{#fourteen-rows\}\n\nA takeaway line after the comparison/,
      );
    }
  });
});

const lo = realClients('soffice');

describe.skipIf(!lo)('a deck LibreOffice saved again', () => {
  let imported: string;
  let original: SlideWords[];
  let stdout: string;
  beforeAll(async () => {
    const first = join(work, 'lo-first');
    expect(
      (await build({ contentDir: join(FIXTURES, 'stress'), outDir: first, clients: ['short'] })).diagnostics,
    ).toEqual([]);
    const dir = join(work, 'lo');
    mkdirSync(join(dir, 'back'), { recursive: true });
    copyFileSync(join(first, 'short', 'deck.pptx'), join(dir, 'deck.pptx'));
    // A profile of its own, so two LibreOffice runs at once (other test files) do not share one.
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'odp', '--outdir', dir, join(dir, 'deck.pptx')], {
      stdio: 'ignore',
    });
    execFileSync(
      'soffice',
      [profile, '--headless', '--convert-to', 'pptx', '--outdir', join(dir, 'back'), join(dir, 'deck.odp')],
      { stdio: 'ignore' },
    );
    original = deckWords(join(first, 'short', 'deck.pptx'));
    imported = join(work, 'lo-imported');
    const run = await runCli(['import', join(dir, 'back', 'deck.pptx'), '--out', imported]);
    expect(run.code).toBe(0);
    stdout = run.stdout;
  });

  it('is known by its agenda and gives back every slide title, paragraph and note, and builds with no error', async () => {
    expect(stdout).toContain('read as a deck workshop-kit built');
    const out = join(work, 'lo-out');
    const result = await build({ contentDir: imported, outDir: out });
    expect(result.diagnostics).toEqual([]);
    const [kit] = readdirSync(out).filter((d) => !d.startsWith('.'));
    const deck = join(out, kit!, 'deck.pptx');
    expect(validatePptx(new Uint8Array(readFileSync(deck)))).toEqual([]);
    // The cover, agenda and closing slide are the build's again, from the workshop and client files: every slide
    // says what it said before LibreOffice saved it.
    const continued = (t: string) => `${t} ${CONTINUED.en}`;
    const before = writtenSlides(original, continued);
    const after = writtenSlides(deckWords(deck), continued);
    expect(compared(after)).toEqual(compared(before));
    sameBudgets(before, after);
    expect(readFileSync(join(imported, 'workshop.yaml'), 'utf8')).toContain(`title: ${original[0]!.title}`);
  });
});

describe.skipIf(!lo)('the bundled workshop LibreOffice saved again', () => {
  it('is known by its agenda: the same modules as the deck itself, the kit’s lines left out, and rebuilt the same slides', async () => {
    const first = join(work, 'lo-bundled-first');
    expect(
      (await build({ contentDir: join(ROOT, 'content'), outDir: first, clients: ['northwind'] })).diagnostics,
    ).toEqual([]);
    const dir = join(work, 'lo-bundled');
    mkdirSync(join(dir, 'back'), { recursive: true });
    copyFileSync(join(first, 'northwind', 'deck.pptx'), join(dir, 'deck.pptx'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pptx',
        '--outdir',
        join(dir, 'back'),
        join(dir, 'deck.pptx'),
      ],
      { stdio: 'ignore' },
    );
    const modulesOf = async (deck: string, out: string) => {
      const run = await runCli(['import', deck, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      return /modules:\n((?: {2}- .*\n)+)/
        .exec(readFileSync(join(out, 'workshop.yaml'), 'utf8'))![1]!
        .split('\n')
        .filter((l) => l.startsWith('  - ') && !l.includes('break'));
    };
    const itself = await modulesOf(join(dir, 'deck.pptx'), join(work, 'lo-bundled-itself'));
    const saved = await modulesOf(join(dir, 'back', 'deck.pptx'), join(work, 'lo-bundled-saved'));
    expect(itself).toHaveLength(6);
    expect(saved).toEqual(itself);
    // Each section header is the module's `#` heading, its objectives under it; the report says how it was read.
    const module = readFileSync(join(work, 'lo-bundled-saved', 'modules', 'two-jobs-one-organisation.md'), 'utf8');
    expect(module).toMatch(/^# Two jobs, one organisation\n/m);
    // Its objectives are the module's again (the build shows them on the module's opening slide).
    expect(module).toContain(
      'objectives:\n  - Explain Kotter’s distinction between coping with complexity and coping with change\n',
    );
    expect(module).not.toMatch(/^Objectives$/m);
    // LibreOffice names itself in the package: the agenda tells the kit's deck, its progress and time lines the
    // kit's own (left out, and said), so it comes back as the workshop it was built from.
    const report = readFileSync(join(work, 'lo-bundled-saved', 'import-report.md'), 'utf8');
    expect(report).toContain('read as a deck workshop-kit built');
    expect(report).toContain(
      '“1 · Welcome and warm-up”) is workshop-kit’s own, drawn by the build on every deck it makes: left out on slides 3, 4, 5, 6, 7, 9,',
    );
    expect(report).toContain('“08:45–09:25 · 40 min”) is workshop-kit’s own');
    expect(report).toMatch(/left out on slides 8, 18, 28, 40, 48, as the build draws it again/);
    const modules = readdirSync(join(work, 'lo-bundled-saved', 'modules'))
      .map((f) => readFileSync(join(work, 'lo-bundled-saved', 'modules', f), 'utf8'))
      .join('\n');
    expect(modules).not.toMatch(/^\d+ · /m);
    expect(modules).not.toMatch(/^\**\d\d:\d\d–\d\d:\d\d · \d+ min/m);
    const out = join(work, 'lo-bundled-out');
    expect((await build({ contentDir: join(work, 'lo-bundled-saved'), outDir: out })).diagnostics).toEqual([]);
    const [kit] = readdirSync(out).filter((d) => !d.startsWith('.'));
    const rebuilt = join(out, kit!, 'deck.pptx');
    expect(validatePptx(new Uint8Array(readFileSync(rebuilt)))).toEqual([]);
    // The rebuilt deck says what the deck LibreOffice saved said before: the same titles, texts and notes.
    const continued = (t: string) => `${t} ${CONTINUED.en}`;
    const before = writtenSlides(deckWords(join(first, 'northwind', 'deck.pptx')), continued);
    const after = writtenSlides(deckWords(rebuilt), continued);
    expect(before.length).toBeGreaterThan(40);
    expect(compared(after)).toEqual(compared(before));
    sameBudgets(before, after);
  });
});
