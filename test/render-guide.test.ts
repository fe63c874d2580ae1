import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clockSpan, exerciseHeading, say } from '../src/i18n/locale.js';
import type { DeckModel, GuideSlideEntry } from '../src/model/deck.js';
import type { SlideNumbers } from '../src/render/contract.js';
import { renderGuide } from '../src/render/pdf/guide/index.js';
import { PAGE } from '../src/render/pdf/style.js';
import { renderWorksheets } from '../src/render/pdf/worksheets/index.js';
import { isRightToLeftLanguage } from '../src/text/rtl.js';
import { FIXTURES } from './support/fixtures.js';
import { flat, pdfFonts, pdfInfo, pdfText, qdf, qpdfCheck, toFile } from './support/pdf-text.js';
import { SECRET, sampleModel, sampleSlideNumbers, sampleWorksheetPages } from './support/sample-model-pdf.js';
import { realClients } from './support/tools.js';

const tools = realClients('qpdf', 'pdftotext', 'pdfinfo', 'pdffonts');

/** Slide numbers far from any the guide could compute itself, to prove it prints what it is given. */
const shifted: SlideNumbers = Object.fromEntries(
  Object.entries(sampleSlideNumbers).map(([id, n]) => [id, { first: n.first + 100, last: n.last + 100 }]),
);
const pages = { ...sampleWorksheetPages, 'quick-quiz': 42 };

describe('renderGuide', () => {
  it('renders without diagnostics', async () => {
    const r = await renderGuide(sampleModel(), sampleSlideNumbers, sampleWorksheetPages);
    expect(r.diagnostics).toEqual([]);
    expect(r.bytes.length).toBeGreaterThan(1000);
  });

  it('is byte-identical for the same inputs', async () => {
    const a = await renderGuide(sampleModel(), sampleSlideNumbers, sampleWorksheetPages);
    const b = await renderGuide(sampleModel(), sampleSlideNumbers, sampleWorksheetPages);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('reports a slide the deck did not number', async () => {
    const { 'two-jobs#3': _gone, ...partial } = sampleSlideNumbers;
    const r = await renderGuide(sampleModel(), partial, sampleWorksheetPages);
    const d = r.diagnostics.filter((x) => x.rule === 'pdf/unknown-slide');
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain('two-jobs#3');
  });

  it('reports a missing glyph in guide-only text', async () => {
    const model = sampleModel();
    const g = model.guide.modules[1]!.entries.find((e) => e.kind === 'slide' && e.notes.length > 0)!;
    if (g.kind !== 'slide') throw new Error('fixture');
    const notes = [
      {
        kind: 'paragraph' as const,
        content: [{ text: 'Say 𓀀 here' }],
        source: { file: 'modules/two-jobs.md', line: 40, column: 3 },
      },
    ];
    const patched = {
      ...model,
      guide: {
        ...model.guide,
        modules: model.guide.modules.map((m) => ({
          ...m,
          entries: m.entries.map((e) => (e === g ? { ...g, notes } : e)),
        })),
      },
    };
    const r = await renderGuide(patched, sampleSlideNumbers, sampleWorksheetPages);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        rule: 'pdf/missing-glyph',
        source: { file: 'modules/two-jobs.md', line: 40, column: 3 },
      }),
    ]);
  });

  describe.runIf(tools)('with real PDF tools', () => {
    it('prints the run sheet clock times of a 13:30 start with a break, as the model has them', async () => {
      const model = sampleModel();
      const file = toFile((await renderGuide(model, sampleSlideNumbers, sampleWorksheetPages)).bytes, 'guide');
      const text = flat(pdfText(file, { raw: true }));
      for (const item of model.agenda.items) {
        expect(text).toContain(`${item.start}–${item.end} ${item.minutes} ${item.title}`);
        for (const e of item.exercises)
          expect(text).toContain(`${e.start}–${e.end} ${e.minutes} Exercise ${e.number} · ${e.title}`);
      }
      expect(text).toContain('14:30–14:45 15 Break');
      // Beside each slide's talking points, the time it comes on screen.
      const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of model.guide.modules) {
        const starts = model.agenda.items.find((i) => i.id === m.id)!.slideStarts;
        for (const entry of m.entries)
          if (entry.kind === 'slide')
            expect(text).toMatch(new RegExp(`Slides? [\\d–]+ ${starts[entry.slideId]} ${literal(entry.title)}`));
      }
      // Cover: when, how long, who for.
      expect(text).toContain('13:30–17:00');
      expect(text).toContain('210 minutes');
      expect(text).toContain('Sam Rivera');
      expect(text).toContain('First-time team leads');
      expect(text).toContain('Ærø Łódź Öresund Ünal Partners');
    });

    it('lists in the materials checklist the modules and exercises that need each item', async () => {
      const file = toFile((await renderGuide(sampleModel(), sampleSlideNumbers, sampleWorksheetPages)).bytes, 'guide');
      const text = flat(pdfText(file, { raw: true }));
      expect(text).toContain('Sticky notes 3 per participant Welcome');
      expect(text).toMatch(/Flip chart 1 per group Welcome; Exercise \d/);
    });

    it('prints slide numbers and worksheet pages exactly as given', async () => {
      const file = toFile((await renderGuide(sampleModel(), shifted, pages)).bytes, 'guide');
      const text = flat(pdfText(file, { raw: true }));
      expect(text).toContain('Slides 106–108 13:50 Why the words get mixed up');
      expect(text).toContain('Slide 109 14:05 Exercise 1 · Leader or manager?');
      expect(text).toContain('Slides 105–110'); // two-jobs module header
      expect(text).toMatch(/13:45–14:30 45 Two jobs, one organisation 105–110/);
      expect(text).toContain('Worksheet p. 42');
      expect(text).not.toContain('Worksheet p. 3');
    });

    it('holds the answer keys, scoring, model answers, debriefs and notes', async () => {
      const model = sampleModel();
      const file = toFile((await renderGuide(model, sampleSlideNumbers, sampleWorksheetPages)).bytes, 'guide');
      const text = flat(pdfText(file, { raw: true }));
      for (const secret of [
        SECRET.modelAnswer,
        SECRET.modelAnswer2,
        SECRET.interpretation,
        SECRET.guideNote,
        SECRET.debrief,
      ])
        expect(text).toContain(secret);
      expect(text).toContain('Sets the budget for next quarter Management');
      expect(text).toContain('Inspires people to try a new way of working Leadership');
      expect(text).toContain('✓ B Planning the budget');
      expect(text).toContain('✓ A A team that runs smoothly but never improves');
      expect(text).toContain('At a glance: 1 B · 2 B · 3 A · 4 B');
      expect(text).toContain('Leading 1 + 3 + 5 3–15');
      expect(text).toContain('Managing 2 + 4 + 6 3–15');
      expect(text).toContain('Run the commitment round');
      expect(text).toContain('Looking back, looking forward');
      expect(text).toContain('Worksheet pack 1 per participant All exercises');
    });

    it('passes qpdf, embeds every font, is tagged, and prints on the client paper', async () => {
      for (const paper of ['A4', 'Letter'] as const) {
        const file = toFile(
          (await renderGuide(sampleModel({ paper }), sampleSlideNumbers, sampleWorksheetPages)).bytes,
          'guide',
        );
        const check = qpdfCheck(file);
        expect(check.ok, check.output).toBe(true);
        expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
        const info = pdfInfo(file);
        expect(info.Tagged).toBe('yes');
        expect(info['Page size']).toMatch(paper === 'A4' ? /^595\.28 x 841\.89/ : /^612 x 792/);
        expect(qdf(file)).toContain('/StructTreeRoot');
      }
    });

    it('uses the worksheet pages the worksheets renderer reports', async () => {
      const model = sampleModel();
      const ws = await renderWorksheets(model);
      const file = toFile((await renderGuide(model, sampleSlideNumbers, ws.pages)).bytes, 'guide');
      const text = flat(pdfText(file, { raw: true }));
      for (const w of model.worksheets) expect(text).toContain(`Worksheet p. ${ws.pages[w.exercise.id]}`);
    });
  });
});

describe.runIf(tools)('renderGuide on the bundled content', () => {
  it('renders every client cleanly with its run sheet times and answer keys', async () => {
    const { composeModels } = await import('../src/build.js');
    const composed = await composeModels({ contentDir: 'content', sourceDateEpoch: 0 });
    expect(composed.diagnostics).toEqual([]);
    for (const model of composed.models) {
      // One physical slide per logical slide: the guide must print whatever it is given.
      const numbers: SlideNumbers = Object.fromEntries(
        model.slides.map((s, i) => [s.id, { first: i + 1, last: i + 1 }]),
      );
      const ws = await renderWorksheets(model);
      const r = await renderGuide(model, numbers, ws.pages);
      expect(r.diagnostics).toEqual([]);
      const file = toFile(r.bytes, `content-guide-${model.client.id}`);
      expect(qpdfCheck(file).ok).toBe(true);
      expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
      // A right-to-left kit's PDFs are drawn in display order, which pdftotext reads back line by line as poppler
      // guesses it; test/rtl-kits.test.ts checks their text in reading order.
      if (isRightToLeftLanguage(model.locale.tag)) continue;
      const text = flat(pdfText(file, { raw: true }));
      const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const item of model.agenda.items) {
        const { locale } = model;
        expect(text).toContain(flat(`${clockSpan(locale, item.start, item.end)} ${item.minutes} ${item.title}`));
        for (const e of item.exercises)
          expect(text).toContain(
            flat(`${clockSpan(locale, e.start, e.end)} ${e.minutes} ${exerciseHeading(locale, e)}`),
          );
      }
      // No page ends with a label or heading that belongs to the next page's text (in the kit's language).
      const words = (
        [
          'answer-key',
          'debrief',
          'facilitator-notes',
          'setup-and-instructions',
          'model-answers',
          'scoring',
          'interpretation',
          'objectives',
          'commitment-round',
          'questions-on-worksheet',
          'case-as-on-worksheet',
          'materials-checklist',
        ] as const
      ).map((k) => literal(say(model.locale, k)));
      const slideWord = literal(say(model.locale, 'slide', { n: '\u0000' }).split(' \u0000')[0]!);
      const labels = new RegExp(
        `^(${words.join('|')}|${slideWord}s? [\\d–]+.*|${literal(say(model.locale, 'slides', { range: '\u0000' }).split(' \u0000')[0]!)} [\\d–]+.*)$`,
      );
      const pages = Number(pdfInfo(file).Pages);
      for (let p = 2; p <= pages; p++) {
        const lines = pdfText(file, { first: p, last: p, raw: true })
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const last = lines.slice(0, -3).at(-1) ?? '';
        expect(labels.test(last), `${model.client.id} page ${p} ends with "${last}"`).toBe(false);
      }
      for (const m of model.guide.modules) {
        for (const e of m.entries) {
          if (e.kind !== 'exercise') continue;
          const key = e.exercise.key;
          if (key.kind === 'quiz')
            for (const q of key.questions) expect(text).toContain(`✓ ${String.fromCharCode(65 + q.answer)}`);
          if (key.kind === 'sort') for (const it of key.items) expect(text).toContain(`${flat(it.text)} ${it.answer}`);
        }
      }
    }
  });
});

/** Rail labels ("Slide 7", "Slides 4–6") on one page of a guide: one per entry begun there. */
function entriesOn(file: string, page: number): string[] {
  return pdfText(file, { first: page, last: page, raw: true })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^Slides? \d+(–\d+)?$/.test(l));
}

/** How far down its content area a page's text reaches, 0 (empty) to 1 (full); the header and footer bands are left out. */
function used(file: string, page: number): number {
  const box = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(box)![1]);
  const top = PAGE.top + PAGE.header;
  const bottom = height - PAGE.bottom - PAGE.footer;
  const words = [...box.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => ({
    from: Number(m[1]),
    to: Number(m[2]),
  }));
  const reach = Math.max(top, ...words.filter((w) => w.from > top - 1 && w.to < bottom + 1).map((w) => w.to));
  return (reach - top) / (bottom - top);
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// test/fixtures/guide-density: slides without talking points, and a module whose last page would hold one short entry.
describe.runIf(tools)('renderGuide density', () => {
  let model: DeckModel;
  /** One physical slide per logical one, as the bundled-content test numbers them. */
  let numbers: SlideNumbers;
  const files: { plain?: string; thumbs?: string } = {};

  beforeAll(async () => {
    const { composeModels } = await import('../src/build.js');
    const { layoutSlides } = await import('../src/layout/index.js');
    const { drawSlides } = await import('../src/render/pdf/slides/draw.js');
    const composed = await composeModels({ contentDir: join(FIXTURES, 'guide-density'), sourceDateEpoch: 0 });
    expect(composed.diagnostics).toEqual([]);
    model = composed.models[0]!;
    numbers = Object.fromEntries(model.slides.map((s, i) => [s.id, { first: i + 1, last: i + 1 }]));
    const ws = await renderWorksheets(model);
    const plain = await renderGuide(model, numbers, ws.pages);
    expect(plain.diagnostics).toEqual([]);
    files.plain = toFile(plain.bytes, 'density');
    // With the slides drawn beside their entries, as the build makes it (numbers from the layout).
    const layout = layoutSlides(model);
    const thumbs = await renderGuide(model, layout.numbers, ws.pages, drawSlides(model, layout, ws.pages).drawings);
    expect(thumbs.diagnostics).toEqual([]);
    files.thumbs = toFile(thumbs.bytes, 'density-thumbs');
  });

  /** The module's slides without talking points, in runs of consecutive ones. */
  const runs = (moduleId: string): GuideSlideEntry[][] => {
    const out: GuideSlideEntry[][] = [];
    let run: GuideSlideEntry[] = [];
    for (const e of model.guide.modules.find((m) => m.id === moduleId)!.entries) {
      if (e.kind === 'slide' && e.notes.length === 0) run.push(e);
      else if (run.length > 0) {
        out.push(run);
        run = [];
      }
    }
    if (run.length > 0) out.push(run);
    return out;
  };

  it('merges consecutive slides without talking points into one line and prints no placeholder', () => {
    const [three = [], one = []] = runs('opening');
    expect(three).toHaveLength(3);
    expect(one).toHaveLength(1);
    const starts = model.agenda.items.find((i) => i.id === 'opening')!.slideStarts;
    for (const [name, file] of Object.entries(files)) {
      const text = flat(pdfText(file!, { raw: true }));
      expect(text, name).not.toMatch(/no talking points/i);
      const pages = Number(pdfInfo(file!).Pages);
      const labels = Array.from({ length: pages }, (_, i) => entriesOn(file!, i + 1)).flat();
      // One entry for the three, under their range; none of them has an entry of its own.
      const range = `${numbers[three[0]!.slideId]!.first}–${numbers[three[2]!.slideId]!.last}`;
      expect(labels, name).toContain(`Slides ${range}`);
      for (const s of three) expect(labels, name).not.toContain(`Slide ${numbers[s.slideId]!.first}`);
      // "Slides 4–6 09:04 Kotter’s “three” pairs & <more> · What each pair produces > Ωμέγα · What leaders do ‘Привет’"
      expect(text, name).toContain(
        `Slides ${range} ${starts[three[0]!.slideId]} ${three.map((s) => s.title).join(' · ')}`,
      );
      // Each title is a span of the entry's heading; with thumbnails each slide is a figure named by its title too.
      const struct = execFileSync('pdfinfo', ['-struct-text', file!], { encoding: 'utf8' });
      expect(struct, name).toMatch(
        new RegExp(`H3 \\(block\\)\\s+${three.map((s) => `Span \\(inline\\)\\s+"${literal(s.title)}"`).join('\\s+')}`),
      );
      if (name === 'thumbs')
        for (const s of three) expect(struct).toMatch(new RegExp(`Figure\\s+"${literal(s.title)}"`));
    }
    // A slide without talking points on its own: its heading, then straight on to the next entry.
    const alone = one[0]!;
    const next = model.guide.modules[0]!.entries[model.guide.modules[0]!.entries.indexOf(alone) + 1]!;
    const text = flat(pdfText(files.plain!, { raw: true }));
    expect(text).toContain(
      `Slide ${numbers[alone.slideId]!.first} ${starts[alone.slideId]} ${alone.title} Slide ${numbers[next.slideId]!.first} `,
    );
  });

  it('leaves no page holding one short entry when what follows would fit on it', () => {
    const [opening, closing] = model.guide.modules;
    const last = opening!.entries.at(-1)!;
    const first = closing!.entries[0]!;
    if (last.kind !== 'slide' || first.kind !== 'slide') throw new Error('fixture');
    for (const [name, file] of Object.entries(files)) {
      const pages = Number(pdfInfo(file!).Pages);
      const on = Array.from({ length: pages }, (_, i) => entriesOn(file!, i + 1));
      // The page with the opening module's short last entry (after the end of the long one before it)
      // also holds the next module, its heading and first entry.
      const page = on.findIndex((labels) => labels.includes(`Slide ${numbers[last.slideId]!.first}`)) + 1;
      expect(page, name).toBeGreaterThan(0);
      const text = flat(pdfText(file!, { first: page, last: page, raw: true }));
      expect(text, `${name} page ${page}`).toContain(closing!.title);
      expect(on[page - 1], `${name} page ${page}`).toContain(`Slide ${numbers[first.slideId]!.first}`);
      // In general: from the first module on, a page before the last with at most one entry begun on it is mostly full.
      const from = on.findIndex((labels) => labels.length > 0) + 1;
      for (let p = from; p < pages; p++) {
        if (on[p - 1]!.length <= 1)
          expect(
            used(file!, p),
            `${name} page ${p} holds ${on[p - 1]!.join(', ') || 'the end of an entry'}`,
          ).toBeGreaterThan(0.6);
      }
    }
  });
});
