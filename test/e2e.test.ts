// The bundled workshop end to end: three artefacts per client that agree with each other because they come from one model.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, composeModels } from '../src/build.js';
import { clock, clockSpan, exerciseNumber, say } from '../src/i18n/locale.js';
import type { DeckModel } from '../src/model/deck.js';
import { isRightToLeftLanguage } from '../src/text/rtl.js';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { realClients } from './support/tools.js';

const CONTENT = join(import.meta.dirname, '..', 'content');
const real = realClients('pdftotext');
let out: string;
let again: string;
let models: DeckModel[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'wk-e2e-'));
  again = mkdtempSync(join(tmpdir(), 'wk-e2e-again-'));
  const first = await build({ contentDir: CONTENT, outDir: out });
  expect(first.diagnostics).toEqual([]);
  const second = await build({ contentDir: CONTENT, outDir: again });
  expect(second.status).toBe('ok');
  models = (await composeModels({ contentDir: CONTENT })).models;
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(again, { recursive: true, force: true });
});

/**
 * The kits whose PDFs pdftotext reads back as written: a right-to-left kit's are drawn in display order, and poppler
 * guesses each mixed line's order (test/rtl-kits.test.ts checks their text in reading order).
 */
const printedInReadingOrder = () => models.filter((m) => !isRightToLeftLanguage(m.locale.tag));

describe('bundled workshop', () => {
  it('builds a kit per example client', () => {
    expect(
      readdirSync(out)
        .filter((d) => !d.startsWith('.'))
        .sort(),
    ).toEqual(models.map((m) => m.client.id).sort());
    for (const m of models)
      expect(readdirSync(join(out, m.client.id)).sort()).toEqual([
        'deck.pptx',
        'facilitator-guide.pdf',
        'handouts.pdf',
        'slides.pdf',
        'worksheets.pdf',
      ]);
  });

  it('is byte-identical when built twice', () => {
    for (const m of models) {
      for (const file of ['deck.pptx', 'slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf']) {
        expect(
          readFileSync(join(out, m.client.id, file)).equals(readFileSync(join(again, m.client.id, file))),
          `${m.client.id}/${file}`,
        ).toBe(true);
      }
    }
  });

  it('has a showcase deck: 35+ slides, notes on most, all exercise kinds, the frameworks named', () => {
    const largest = models.reduce((a, b) => (b.slides.length > a.slides.length ? b : a));
    const texts = slideTexts(join(out, largest.client.id, 'deck.pptx'));
    const notes = slideNotes(join(out, largest.client.id, 'deck.pptx'));
    expect(texts.length).toBeGreaterThanOrEqual(35);
    const withNotes = notes.filter((n) => n.trim().length > 0).length;
    expect(withNotes / texts.length).toBeGreaterThan(0.8);
    expect(new Set(largest.worksheets.map((w) => w.body.kind))).toEqual(
      new Set(['sort', 'reflection', 'self-assessment', 'scenario', 'quiz', 'action-plan']),
    );
    const all = texts.join('\n');
    for (const name of ['Kotter', 'Zaleznik', 'Fayol', 'Peter Principle']) expect(all).toContain(name);
  });

  it.skipIf(!real)('prints in the guide the slide numbers the deck has', () => {
    for (const m of printedInReadingOrder()) {
      const deck = slideTexts(join(out, m.client.id, 'deck.pptx')).map(squash);
      // The guide's text column only: the slide thumbnails at the right hold the slides' own words.
      const guide = squash(
        execFileSync(
          'pdftotext',
          ['-x', '0', '-y', '0', '-W', '420', '-H', '900', join(out, m.client.id, 'facilitator-guide.pdf'), '-'],
          { encoding: 'utf8' },
        ),
      );
      let checked = 0;
      for (const module of m.guide.modules) {
        for (const entry of module.entries) {
          const title = entry.kind === 'slide' ? entry.title : exerciseNumber(m.locale, entry.exercise.exercise.number);
          const cited = say(m.locale, 'slide', { n: 'N' }).split(' N')[0]!;
          // A running head may fall between the label and the title in reading order; no other label may.
          const label = `(?:${asPattern(cited)}|${asPattern(say(m.locale, 'slides', { range: 'N' }).split(' N')[0]!)})`;
          const match = new RegExp(`${label} (\\d+)(?:–(\\d+))? (?:(?!${label} \\d).){0,120}?${asPattern(title)}`).exec(
            guide,
          );
          expect(match, `${m.client.id}: guide cites "${title}"`).not.toBeNull();
          const first = Number(match![1]);
          const last = Number(match![2] ?? match![1]);
          expect(deck[first - 1], `${m.client.id}: deck slide ${first} is "${title}"`).toContain(
            entry.kind === 'slide' ? squash(title) : title,
          );
          for (let n = first + 1; n <= last; n++)
            expect(deck[n - 1]).toContain(say(m.locale, 'continued-title', { title: '' }).trim());
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    }
  });

  it.skipIf(!real)('shows the same clock times on the agenda slide and in the run sheet', () => {
    for (const m of printedInReadingOrder()) {
      const deck = slideTexts(join(out, m.client.id, 'deck.pptx'));
      const agenda = squash(deck.filter((t) => t.startsWith(say(m.locale, 'agenda'))).join('\n'));
      const guide = squash(pdfPages(join(out, m.client.id, 'facilitator-guide.pdf')).join('\n'));
      for (const item of m.agenda.items) {
        const span = squash(clockSpan(m.locale, item.start, item.end));
        expect(agenda, `${m.client.id} agenda slide`).toContain(span);
        expect(guide, `${m.client.id} run sheet`).toContain(span);
      }
      expect(guide).toContain(squash(clockSpan(m.locale, m.agenda.start, m.agenda.end)));
    }
  });

  it.skipIf(!real)('sends participants to the worksheet page that holds their exercise', () => {
    for (const m of printedInReadingOrder()) {
      const deck = slideTexts(join(out, m.client.id, 'deck.pptx')).map(squash);
      const pages = pdfPages(join(out, m.client.id, 'worksheets.pdf')).map(squash);
      for (const section of m.worksheets) {
        const e = section.exercise;
        const name = exerciseNumber(m.locale, e.number);
        const pageRef = new RegExp(
          asPattern(squash(say(m.locale, 'worksheet-page-long', { page: 0 }))).replace('0', '(\\d+)'),
        );
        const slide = deck.find((t) => t.includes(name) && pageRef.test(t));
        expect(slide, `${m.client.id}: exercise ${e.number} slide`).toBeDefined();
        const page = Number(pageRef.exec(slide!)![1]);
        expect(pages[page - 1], `${m.client.id}: worksheet page ${page}`).toContain(name);
        expect(pages[page - 1]).toContain(squash(e.title));
      }
    }
  });

  it.skipIf(!real)('leaves out what a client excluded, everywhere', () => {
    const all = models.flatMap((m) => m.agenda.items.filter((i) => i.kind === 'module').map((i) => i.title));
    for (const m of models) {
      const kept = new Set(m.agenda.items.map((i) => i.title));
      const excluded = [...new Set(all)].filter((t) => !kept.has(t));
      const texts = [
        slideTexts(join(out, m.client.id, 'deck.pptx')).join('\n'),
        pdfPages(join(out, m.client.id, 'worksheets.pdf')).join('\n'),
        pdfPages(join(out, m.client.id, 'facilitator-guide.pdf')).join('\n'),
      ].map(squash);
      for (const title of excluded)
        for (const text of texts) expect(text, `${m.client.id} must not show "${title}"`).not.toContain(title);
    }
    expect(models.some((m) => m.agenda.items.length < Math.max(...models.map((x) => x.agenda.items.length)))).toBe(
      true,
    );
  });

  it("opens each module slide's speaker notes with the clock time the guide plans for it", () => {
    for (const m of models) {
      const before = say(m.locale, 'notes-planned', { time: '\u0000' }).split('\u0000')[0]!;
      const notes = slideNotes(join(out, m.client.id, 'deck.pptx')).filter((n) => n.startsWith(before));
      const expected = m.agenda.items.flatMap((item) =>
        item.slideIds.map((id) => say(m.locale, 'notes-planned', { time: clock(m.locale, item.slideStarts[id]!) })),
      );
      const planned = notes.map((n, i) => n.slice(0, expected[i]?.length ?? 0));
      expect(planned, m.client.id).toEqual(expected);
    }
  });

  it.skipIf(!real)('prints the same date in the deck, the worksheets and the guide', () => {
    for (const m of printedInReadingOrder()) {
      const date = squash(m.client.dateText!);
      expect(date).toMatch(/(day|tag|יום \S+), /);
      expect(squash(slideTexts(join(out, m.client.id, 'deck.pptx')).join('\n'))).toContain(date);
      expect(squash(pdfPages(join(out, m.client.id, 'worksheets.pdf')).join('\n'))).toContain(date);
      expect(squash(pdfPages(join(out, m.client.id, 'facilitator-guide.pdf')).join('\n'))).toContain(date);
    }
  });

  it.skipIf(!real)('keeps every answer off the worksheets and in the guide', () => {
    for (const m of models) {
      const sheets = squash(pdfPages(join(out, m.client.id, 'worksheets.pdf')).join('\n'));
      const guide = squash(pdfPages(join(out, m.client.id, 'facilitator-guide.pdf')).join('\n'));
      for (const module of m.guide.modules) {
        for (const entry of module.entries) {
          if (entry.kind !== 'exercise') continue;
          const key = entry.exercise.key;
          if (key.kind === 'scenario') {
            for (const answer of key.modelAnswers) {
              const first = answer[0];
              const text =
                first && first.kind === 'paragraph'
                  ? squash(first.content.map((r) => r.text).join('')).slice(0, 40)
                  : '';
              if (text) {
                expect(sheets).not.toContain(text);
                expect(guide).toContain(text);
              }
            }
          }
          if (key.kind === 'quiz') for (const q of key.questions) expect(guide).toContain(squash(q.options[q.answer]!));
        }
      }
    }
  });
});

function asPattern(text: string): string {
  return squash(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('exercise slides show the task', () => {
  it('the quiz slide lists its questions, the sort slide its categories, the self-assessment its scale, the reflection slide its questions', () => {
    for (const m of models) {
      const deck = squash(slideTexts(join(out, m.client.id, 'deck.pptx')).join('\n'));
      for (const w of m.worksheets) {
        if (w.body.kind === 'quiz')
          for (const q of w.body.questions) expect(deck, m.client.id).toContain(squash(q.prompt));
        // Categories and scale points are tiles, one shape each: each is a paragraph of the slide's text.
        if (w.body.kind === 'sort')
          for (const c of w.body.categories) expect(deck).toMatch(new RegExp(`(^|\\s)${c}(\\s|$)`));
        if (w.body.kind === 'self-assessment')
          for (const l of w.body.scale.labels) expect(deck).toContain(`${l.point} ${squash(l.label)}`);
        if (w.body.kind === 'reflection') for (const q of w.body.questions) expect(deck).toContain(squash(q));
      }
    }
  });
});
