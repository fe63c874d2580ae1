import { describe, expect, it } from 'vitest';
import { exerciseHeading } from '../src/i18n/locale.js';
import { renderWorksheets } from '../src/render/pdf/worksheets/index.js';
import { isRightToLeftLanguage } from '../src/text/rtl.js';
import { flat, pdfFonts, pdfInfo, pdfText, qdf, qpdfCheck, toFile } from './support/pdf-text.js';
import { png, SECRET, sampleModel } from './support/sample-model-pdf.js';
import { realClients } from './support/tools.js';

const tools = realClients('qpdf', 'pdftotext', 'pdfinfo', 'pdffonts');

describe('renderWorksheets', () => {
  it('renders without diagnostics and reports where each section starts', async () => {
    const model = sampleModel();
    const r = await renderWorksheets(model);
    expect(r.diagnostics).toEqual([]);
    const starts = model.worksheets.map((w) => r.pages[w.exercise.id]);
    expect(starts.every((p) => typeof p === 'number' && p > 1)).toBe(true);
    expect([...starts].sort((a, b) => a! - b!)).toEqual(starts);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('is byte-identical for the same model', async () => {
    // Another client id (not printed anywhere) so the second is rendered afresh, not reused.
    const a = await renderWorksheets(sampleModel());
    const other = sampleModel();
    other.client.id = 'aero-again';
    const b = await renderWorksheets(other);
    expect(b).not.toBe(a);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('reuses the last render of a client only while every input of the worksheets is the same', async () => {
    const model = sampleModel();
    model.client.id = 'reuse';
    const first = await renderWorksheets(model);
    // Slides, agenda and guide are not inputs: a save that changes only them reuses the worksheets.
    const slidesOnly = structuredClone(model);
    slidesOnly.slides = slidesOnly.slides.slice(1);
    slidesOnly.guide.materials = [];
    expect(await renderWorksheets(slidesOnly)).toBe(first);
    // Any input that is printed gives a new render: an instruction, the client's name, the logo's pixels.
    const instruction = sampleModel({ extraInstruction: 'Bring a pen.' });
    instruction.client.id = 'reuse';
    const named = structuredClone(model);
    named.client.name = 'Another Name Ltd';
    const repainted = structuredClone(model);
    repainted.theme.logo!.data = png(200, 80, [200, 30, 30]);
    for (const changed of [instruction, named, repainted]) {
      const again = await renderWorksheets(changed);
      expect(again).not.toBe(first);
      expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(false);
    }
  });

  it('reports a character no font can draw, naming it and where it came from', async () => {
    const r = await renderWorksheets(sampleModel({ extraInstruction: 'Klingon \uF8D0 and a hieroglyph 𓀀 here' }));
    const missing = r.diagnostics.filter((d) => d.rule === 'pdf/missing-glyph');
    expect(missing).toHaveLength(2);
    expect(missing[0]!.message).toContain('U+F8D0');
    expect(missing[1]!.message).toContain('U+13000');
    expect(missing[1]!.message).toContain('𓀀');
    expect(missing[0]!.source).toEqual({ file: 'exercises/quick-quiz.yaml', line: 7, column: 1 });
  });

  it('draws symbols from the fallback font without diagnostics (✓, —, →, Łódź)', async () => {
    const r = await renderWorksheets(sampleModel({ extraInstruction: 'Tick ✓, skip — go → Łódź Ærø' }));
    expect(r.diagnostics).toEqual([]);
  });

  describe.runIf(tools)('with real PDF tools', () => {
    it('holds every question and item, and none of the answers', async () => {
      const model = sampleModel();
      const r = await renderWorksheets(model);
      const file = toFile(r.bytes, 'worksheets');
      const text = flat(pdfText(file, { raw: true }));
      expect(text).toContain('Ærø Łódź Öresund Ünal Partners');
      expect(text).toContain('tick ✓ one column');
      for (const w of model.worksheets) {
        expect(text).toContain(`Exercise ${w.exercise.number} · ${w.exercise.title}`);
        const b = w.body;
        const expected: string[] =
          b.kind === 'sort'
            ? [...b.items, ...b.categories]
            : b.kind === 'reflection'
              ? b.questions
              : b.kind === 'self-assessment'
                ? [...b.statements, ...b.dimensions, ...b.scale.labels.map((l) => l.label)]
                : b.kind === 'scenario'
                  ? b.questions
                  : b.kind === 'quiz'
                    ? b.questions.flatMap((q) => [q.prompt, ...q.options])
                    : b.prompts;
        for (const s of expected) expect(text, `${w.exercise.id}: ${s}`).toContain(flat(s));
      }
      for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/Model answer|Scoring|Interpretation|Debrief|Facilitator/);
    });

    it('starts each section on the page it reports', async () => {
      const model = sampleModel();
      const r = await renderWorksheets(model);
      const file = toFile(r.bytes, 'worksheets');
      for (const w of model.worksheets) {
        const page = flat(pdfText(file, { first: r.pages[w.exercise.id], last: r.pages[w.exercise.id] }));
        expect(page).toContain(`Exercise ${w.exercise.number} · ${w.exercise.title}`);
      }
      // The cover lists the same pages.
      const cover = flat(pdfText(file, { first: 1, last: 1 }));
      expect(cover).toContain(`page ${r.pages['night-shift']}`);
    });

    it('passes qpdf, embeds every font, and is tagged', async () => {
      const r = await renderWorksheets(sampleModel());
      const file = toFile(r.bytes, 'worksheets');
      const check = qpdfCheck(file);
      expect(check.ok, check.output).toBe(true);
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      const info = pdfInfo(file);
      expect(info.Tagged).toBe('yes');
      expect(info['PDF version']).toBe('1.7');
      expect(info.Title).toContain('Leading and Managing');
      const objects = qdf(file);
      expect(objects).toContain('/StructTreeRoot');
      expect(objects).toMatch(/\/Lang \(en-GB\)/);
      expect(objects).toContain('/DisplayDocTitle true');
      for (const tag of ['/Document', '/H1', '/P', '/L', '/LI', '/Table', '/TR', '/TH', '/TD'])
        expect(objects).toContain(`/S ${tag}`);
    });

    it('repeats the header row when a table continues on the next page', async () => {
      const model = sampleModel();
      const sort = model.worksheets.find((w) => w.body.kind === 'sort')!;
      const many = Array.from({ length: 40 }, (_, i) => `Statement number ${i + 1} about leading or managing a team`);
      const big = {
        ...model,
        worksheets: model.worksheets.map((w) =>
          w === sort
            ? { ...w, body: { kind: 'sort' as const, categories: ['Management', 'Leadership'], items: many } }
            : w,
        ),
      };
      const r = await renderWorksheets(big);
      const file = toFile(r.bytes, 'long-sort');
      const start = r.pages['sort-the-statements']!;
      expect(r.pages['quick-quiz']).toBeGreaterThan(start + 1);
      const second = pdfText(file, { first: start + 1, last: start + 1, raw: true });
      expect(second).toMatch(/# Statement Management Leadership/);
      expect(flat(second)).toContain('Statement number 40 about leading or managing a team');
      // No row is cut: every statement is printed whole on one page.
      const both = flat(pdfText(file, { first: start, last: start + 1, raw: true }));
      for (const s of many) expect(both).toContain(s);
    });

    it('prints on the client paper: A4 and Letter', async () => {
      const a4 = pdfInfo(toFile((await renderWorksheets(sampleModel({ paper: 'A4' }))).bytes));
      expect(a4['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
      const letter = pdfInfo(toFile((await renderWorksheets(sampleModel({ paper: 'Letter' }))).bytes));
      expect(letter['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
    });

    it('never ends a page with a heading or label', async () => {
      const r = await renderWorksheets(sampleModel());
      const file = toFile(r.bytes, 'worksheets');
      const pages = Number(pdfInfo(file).Pages);
      const headings = /^(Exercise \d+ · .*|The case|Questions|Your scores|Scale:.*|In this pack)$/;
      for (let p = 2; p <= pages; p++) {
        const lines = pdfText(file, { first: p, last: p, raw: true })
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        // Furniture is drawn last, so in stream order the page's own content is all but the last three lines.
        const body = lines.slice(0, -3);
        const last = body[body.length - 1] ?? '';
        expect(headings.test(last), `page ${p} ends with "${last}"`).toBe(false);
      }
    });
  });
});

describe.runIf(tools)('renderWorksheets on the bundled content', () => {
  it('renders every client cleanly, on its own paper, with every exercise and no answers', async () => {
    const { composeModels } = await import('../src/build.js');
    const composed = await composeModels({ contentDir: 'content', sourceDateEpoch: 0 });
    expect(composed.diagnostics).toEqual([]);
    expect(composed.models.length).toBeGreaterThan(0);
    for (const model of composed.models) {
      const r = await renderWorksheets(model);
      expect(r.diagnostics).toEqual([]);
      const file = toFile(r.bytes, `content-${model.client.id}`);
      expect(qpdfCheck(file).ok).toBe(true);
      expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
      expect(pdfInfo(file)['Page size']).toMatch(model.client.paper === 'Letter' ? /^612 x 792/ : /^595\.28 x 841\.89/);
      // A right-to-left kit's PDFs are drawn in display order, which pdftotext reads back line by line as poppler
      // guesses it; test/rtl-kits.test.ts checks their text in reading order.
      if (isRightToLeftLanguage(model.locale.tag)) continue;
      const text = flat(pdfText(file, { raw: true }));
      for (const w of model.worksheets) {
        expect(text).toContain(flat(exerciseHeading(model.locale, w.exercise)));
        if (w.body.kind === 'quiz') for (const q of w.body.questions) expect(text).toContain(flat(q.prompt));
      }
      for (const m of model.guide.modules) {
        for (const e of m.entries) {
          if (e.kind !== 'exercise') continue;
          const key = e.exercise.key;
          if (key.kind === 'scenario')
            for (const a of key.modelAnswers.flat())
              if (a.kind === 'paragraph') expect(text).not.toContain(flat(a.content.map((r) => r.text).join('')));
          if (key.kind === 'self-assessment')
            for (const i of key.interpretation)
              for (const b of i.text)
                if (b.kind === 'paragraph') expect(text).not.toContain(flat(b.content.map((r) => r.text).join('')));
        }
      }
    }
  });
});
