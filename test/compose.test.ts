// Compose stage on the base fixture: running order, clock times, slide rules, variables, exercises and the guide.
import { describe, expect, it } from 'vitest';
import { composeModels } from '../src/build.js';
import { formatDate } from '../src/compose/dates.js';
import { curlyQuotes, curlyQuotesOutsideCode } from '../src/compose/typography.js';
import type { DeckModel, Slide } from '../src/model/deck.js';
import { buildDeck, shapesOf, slidesOf } from './support/deck-xml.js';
import { BASE, withEditedBase } from './support/fixtures.js';

const result = await composeModels({ contentDir: BASE });
const byId = (id: string): DeckModel => {
  const model = result.models.find((m) => m.client.id === id);
  if (!model) throw new Error(`no model for ${id}`);
  return model;
};
const text = (slide: Slide): string =>
  JSON.stringify(slide, (_k, v: unknown) => (v instanceof Uint8Array ? undefined : v));

describe('compose', () => {
  it('builds one model per client, sorted by id, without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.models.map((m) => m.client.id)).toEqual(['acme', 'short']);
  });

  it('times the agenda from the client start', () => {
    const acme = byId('acme');
    expect(acme.agenda.items.map((i) => `${i.start}-${i.end} ${i.kind}:${i.id} ${i.minutes}`)).toEqual([
      '08:30-08:45 module:welcome 15',
      '08:45-09:30 module:two-jobs 45',
      '09:30-09:45 break:break-1 15',
      '09:45-10:45 module:practice 60',
    ]);
    expect(acme.agenda).toMatchObject({ start: '08:30', end: '10:45', minutes: 135 });
  });

  it('gives every slide of a module the clock time it comes on screen, exercises at their own start', () => {
    const acme = byId('acme');
    for (const item of acme.agenda.items.filter((i) => i.kind === 'module')) {
      const starts = item.slideIds.map((id) => item.slideStarts[id]!);
      expect(starts[0]).toBe(item.start);
      expect([...starts].sort()).toEqual(starts);
      expect(starts.every((s) => s >= item.start && s < item.end)).toBe(true);
      for (const e of item.exercises) {
        const slide = acme.slides.find((s) => s.kind === 'exercise' && s.exercise.id === e.id)!;
        expect(item.slideStarts[slide.id]).toBe(e.start);
      }
      const guide = acme.guide.modules.find((m) => m.id === item.id)!;
      for (const entry of guide.entries) expect(item.slideStarts[entry.slideId]).toMatch(/^\d\d:\d\d$/);
    }
  });

  it('warns, at the line to check, about a plan that adds up but is unlikely: a long break, a day past midnight, a date decades away', async () => {
    const edits = {
      // 280 minutes of break, the workshop's length grown to match: the running order adds up.
      'workshop.yaml': (t: string) => t.replace('minutes: 135', 'minutes: 400').replace('- break: 15', '- break: 280'),
      'clients/acme.yaml': (t: string) =>
        t.replace('date: 2026-12-03', 'date: 2206-12-03').replace('start: "08:30"', 'start: "20:30"'),
    };
    await withEditedBase(edits, async (dir) => {
      const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
      expect(composed.diagnostics).toEqual([]);
      const said = (composed.warnings ?? [])
        .filter((w) => w.rule === 'timing/implausible')
        .map((w) => `${w.source?.file}:${w.source?.line} ${w.message}`);
      expect(said).toEqual([
        expect.stringMatching(/^clients\/acme\.yaml:2 the session is dated 2206-12-03, in 2206: check the year$/),
        expect.stringMatching(
          /^clients\/acme\.yaml:3 starting at 20:30, the 400 minutes run past midnight \(to 03:10 the next day\)/,
        ),
        expect.stringMatching(/^workshop\.yaml:11 a break of 280 minutes, over two hours/),
      ]);
    });
    // The bundled plan (a 15-minute break, a morning, this decade) gets none.
    const plain = await composeModels({ contentDir: BASE, clients: ['acme'] });
    expect((plain.warnings ?? []).filter((w) => w.rule === 'timing/implausible')).toEqual([]);
  });

  it('warns that raw HTML prints as text and that a list deeper than two levels joins the second, at their lines', async () => {
    const edits = {
      'modules/welcome.md': (t: string) =>
        t.replace(
          '- Every {{vars.team}} needs both jobs done',
          '- Every {{vars.team}} needs <b>both</b> jobs done <!-- a remark, fine -->\n  - second\n    - third\n      - fourth',
        ),
    };
    await withEditedBase(edits, async (dir) => {
      const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
      expect(composed.diagnostics).toEqual([]);
      const said = (composed.warnings ?? [])
        .filter((w) => w.rule === 'module/raw-html' || w.rule === 'module/list-too-deep')
        .map((w) => `${w.source?.file}:${w.source?.line}:${w.source?.column} ${w.rule} ${w.message}`);
      expect(said).toEqual([
        expect.stringMatching(
          /^modules\/welcome\.md:\d+:\d+ module\/raw-html raw HTML `<b>` prints on the slide as text/,
        ),
        expect.stringMatching(/^modules\/welcome\.md:\d+:5 module\/list-too-deep this list is nested 3 levels deep/),
      ]);
    });
    const plain = await composeModels({ contentDir: BASE, clients: ['acme'] });
    expect(
      (plain.warnings ?? []).filter((w) => w.rule === 'module/raw-html' || w.rule === 'module/list-too-deep'),
    ).toEqual([]);
  });

  it('gives a slide the minutes its notes plan, and the other slides share the rest', async () => {
    await withEditedBase(
      { 'modules/welcome.md': (t) => t.replace(':::notes\nGreet people', ':::notes{minutes=10}\nGreet people') },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const acme = composed.models[0]!;
        const welcome = acme.agenda.items.find((i) => i.id === 'welcome')!;
        const starts = welcome.slideIds.map((id) => welcome.slideStarts[id]);
        expect(acme.slides.find((s) => s.id === welcome.slideIds[0])?.minutes).toBe(10);
        // 15 minutes: 10 for the first slide, the other 5 shared by the two after it.
        expect(starts).toEqual(['08:30', '08:40', '08:43']);
      },
    );
  });

  it('shows raw HTML as typed (x<b>y</b>z) instead of dropping its tags, and drops only HTML comments', async () => {
    await withEditedBase(
      {
        'modules/welcome.md': (t) =>
          t.replace(
            '- Every {{vars.team}} needs both jobs done',
            '- Every {{vars.team}} needs x<b>y</b>z <!-- a remark --> done',
          ),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const slides = composed.models[0]!.slides.map(text).join(' ');
        expect(slides).toContain('x<b>y</b>z');
        expect(slides).not.toContain('a remark');
      },
    );
  });

  it('applies a client running order and timing overrides', () => {
    const short = byId('short');
    expect(short.agenda.items.map((i) => `${i.start}-${i.end} ${i.id}`)).toEqual([
      '13:30-13:45 welcome',
      '13:45-14:05 two-jobs',
      '14:05-14:10 break-1',
      '14:10-15:10 practice',
    ]);
    expect(short.client).toMatchObject({ paper: 'A4', start: '13:30' });
    expect(byId('acme').client).toMatchObject({
      paper: 'Letter',
      dateText: 'Thursday, 3 December 2026',
      facilitator: 'Sam Rivera',
    });
  });

  it('follows the slide rules', () => {
    const slides = byId('acme').slides;
    expect(slides.map((s) => `${s.kind}:${s.title}`)).toEqual([
      'title:Leading and Managing',
      'agenda:Agenda',
      'content:Welcome',
      'content:Why we are here',
      'quote:A thought to keep',
      'section:Two jobs, one organisation',
      'comparison:At a glance',
      'styles:Three ways to manage',
      'exercise:Sort it out',
      'content:Numbers',
      'exercise:Quick quiz',
      'exercise:Reflect',
      'exercise:Rate yourself',
      'exercise:A case',
      'exercise:Plan',
      'image:The picture',
      'closing:Thank you',
    ]);
    const comparison = slides.find((s) => s.kind === 'comparison');
    expect(comparison?.kind === 'comparison' && comparison.after.length).toBe(1);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('substitutes variables per client and keeps colons as written', () => {
    const acme = byId('acme').slides.map(text).join('\n');
    expect(acme).toContain('Welcome to Leading and Managing for Acme Logistics.');
    expect(acme).toContain('Every crew needs both jobs done');
    expect(acme).toContain('We meet at 12:30 for lunch, ratio 3:1');
    expect(byId('short').slides.map(text).join('\n')).toContain('Every team needs both jobs done');
    expect(acme).not.toContain('{{');
  });

  it('carries speaker notes, with setup and debrief on exercise slides', () => {
    const slides = byId('acme').slides;
    const sort = slides.find((s) => s.kind === 'exercise' && s.exercise.id === 'sort-statements')!;
    const notes = text(sort);
    expect(notes).toContain('Setup: In pairs, 10 minutes');
    expect(notes).toContain('Which statements were hardest to place');
    expect(notes).toContain('Keep pairs moving.');
    expect(text(slides.find((s) => s.kind === 'comparison')!)).toContain('Walk through each row.');
  });

  it('numbers exercises in running order and keeps answers off the worksheets', () => {
    const acme = byId('acme');
    expect(acme.worksheets.map((w) => `${w.exercise.number}:${w.body.kind}`)).toEqual([
      '1:sort',
      '2:quiz',
      '3:reflection',
      '4:self-assessment',
      '5:scenario',
      '6:action-plan',
    ]);
    const sheets = JSON.stringify(acme.worksheets);
    expect(sheets).not.toContain('She sets a direction');
    expect(sheets).not.toContain('"answer"');
    const quiz = acme.guide.modules
      .flatMap((m) => m.entries)
      .find((e) => e.kind === 'exercise' && e.exercise.key.kind === 'quiz');
    expect(quiz?.kind === 'exercise' && quiz.exercise.key).toMatchObject({ questions: [{ answer: 1 }, { answer: 0 }] });
  });

  it('scores self-assessments by statement number', () => {
    const entry = byId('acme')
      .guide.modules.flatMap((m) => m.entries)
      .find((e) => e.kind === 'exercise' && e.exercise.key.kind === 'self-assessment');
    expect(entry?.kind === 'exercise' && entry.exercise.key).toMatchObject({
      scoring: [
        { dimension: 'Leading', statements: [1], lowest: 1, highest: 5 },
        { dimension: 'Managing', statements: [2], lowest: 1, highest: 5 },
      ],
    });
  });

  it('lays the brand over the theme and attaches the logo', () => {
    const acme = byId('acme');
    expect(acme.theme.colors.primary).toBe('#0B5FFF');
    expect(acme.theme.logo).toMatchObject({ mime: 'image/png', width: 64, height: 64 });
    expect(byId('short').theme.colors.primary).toBe('#1F4E79');
  });

  it('freezes the model', () => {
    expect(Object.isFrozen(byId('acme').slides)).toBe(true);
  });

  it('is deterministic', async () => {
    const again = await composeModels({ contentDir: BASE });
    expect(JSON.stringify(again.models)).toBe(JSON.stringify(result.models));
  });
});

describe('plain text fields', async () => {
  const { stripInlineMarkdown } = await import('../src/compose/plain.js');
  it('drops emphasis markers but keeps snake_case, maths and lone stars', () => {
    expect(stripInlineMarkdown('Why do you *really* think **so**?')).toBe('Why do you really think so?');
    expect(stripInlineMarkdown('Use `code` and _this_ but keep snake_case_name')).toBe(
      'Use code and this but keep snake_case_name',
    );
    expect(stripInlineMarkdown('2 * 3 * 4 and a * star')).toBe('2 * 3 * 4 and a * star');
  });
});

describe('guide entries', () => {
  it("keep the author's notes from an exercise slide", () => {
    const entry = byId('acme')
      .guide.modules.flatMap((m) => m.entries)
      .find((e) => e.kind === 'exercise' && e.exercise.exercise.id === 'sort-statements');
    expect(entry?.kind === 'exercise' && JSON.stringify(entry.notes)).toContain('Keep pairs moving.');
  });
});

describe('authoring habits', () => {
  it('accepts non-ASCII file ids and drops HTML comments instead of printing them', async () => {
    await withEditedBase(
      {
        'modules/führung.md': () =>
          '---\ntitle: Führung\nminutes: 5\n---\n\n<!-- shorten before March -->\n\n## Lead <b>now</b>\n- Point one <!-- say it slowly -->\n',
        'workshop.yaml': (t) =>
          t.replace('  - practice\n', '  - practice\n  - führung\n').replace('minutes: 135', 'minutes: 140'),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const slides = composed.models[0]!.slides.filter((s) => s.module === 'führung');
        // Tags are shown as typed (a dropped tag was silent data loss); comments are remarks.
        expect(slides.map((s) => s.title)).toEqual(['Lead <b>now</b>']);
        expect(JSON.stringify(slides)).not.toMatch(/shorten|slowly/);
      },
    );
  });
});

describe('typography', () => {
  it('sets typed quotes as typographic ones, in prose and YAML titles, but never in code', async () => {
    expect(curlyQuotes(`"Hello," she said. Don't say 'never' (or "maybe").`)).toBe(
      '\u201CHello,\u201D she said. Don\u2019t say \u2018never\u2019 (or \u201Cmaybe\u201D).',
    );
    expect(curlyQuotes('" at the start of a run after a space', ' ')).toBe(
      '\u201C at the start of a run after a space',
    );
    expect(curlyQuotes("Back in the '90s, 'managers'")).toBe('Back in the \u201990s, \u2018managers\u2019');
    // Touching a Hebrew or Arabic letter, a straight mark is the language's own: quotes, geresh and gershayim stay.
    expect(curlyQuotes('דף בכותרת "חניה ותקוות" של הפליפצ\'ארט אצל המנכ"ל, and "this"')).toBe(
      'דף בכותרת "חניה ותקוות" של הפליפצ\'ארט אצל המנכ"ל, and \u201Cthis\u201D',
    );
    // Short YAML fields still hold their Markdown markers: code in backticks keeps what was typed.
    expect(curlyQuotesOutsideCode('Type `git commit -m "fix"` then say "done" or **"Start"**')).toBe(
      'Type `git commit -m "fix"` then say \u201Cdone\u201D or **\u201CStart\u201D**',
    );
    await withEditedBase(
      {
        'modules/welcome.md': (t) => `${t}\n## Quotes\nAsk: "What's **"good"** here?" and type \`say "hi"\`.\n`,
        'comparisons/lead-vs-manage.yaml': (t) =>
          t.replace('title: Management and leadership side by side', 'title: "Managers \\"do\\" things"'),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const slides = composed.models[0]!.slides;
        const quotes = slides.find((s) => s.title === 'Quotes');
        if (quotes?.kind !== 'content' || quotes.blocks[0]?.kind !== 'paragraph')
          throw new Error('expected a content slide with a paragraph');
        expect(quotes.blocks[0].content).toEqual([
          { text: 'Ask: \u201CWhat\u2019s ' },
          { text: '\u201Cgood\u201D', bold: true },
          { text: ' here?\u201D and type ' },
          { text: 'say "hi"', code: true },
          { text: '.' },
        ]);
        const model = JSON.stringify(composed.models[0], (_k, v: unknown) => (v instanceof Uint8Array ? undefined : v));
        expect(model).toContain('Managers \u201Cdo\u201D things');
        expect(model).not.toContain('Managers \\"do');
      },
    );
  });
});

describe('client language', () => {
  it("lets a client set its own language: its dates and its PDFs' language follow it", async () => {
    await withEditedBase({ 'clients/acme.yaml': (t) => `${t}\nlang: en-US\n` }, async (dir) => {
      const composed = await composeModels({ contentDir: dir });
      expect(composed.diagnostics).toEqual([]);
      const [acme, short] = composed.models;
      expect(acme).toMatchObject({
        locale: { tag: 'en-US', hour12: true },
        client: { dateText: 'Thursday, December 3, 2026' },
      });
      expect(short!.locale.tag).toBe('en-GB');
    });
  });

  it("sets a date in a language Node does not know as British English, never in the machine's locale", () => {
    expect(formatDate('2026-12-03', 'zz')).toBe('Thursday, 3 December 2026');
    expect(formatDate('2026-12-03', 'de-DE')).toBe('Donnerstag, 3. Dezember 2026');
  });
});

describe('materials checklist', () => {
  it('adds what modules ask for in their front matter, merged with the same item from an exercise', async () => {
    await withEditedBase(
      {
        'modules/welcome.md': (t) =>
          t.replace('minutes: 15\n', 'minutes: 15\nmaterials:\n  - Sticky notes (3 per participant)\n  - pens\n'),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const needs = composed.models[0]!.guide.materials;
        expect(needs.find((n) => n.item === 'Sticky notes')).toEqual({
          item: 'Sticky notes',
          count: '3 per participant',
          exercises: [],
          modules: ['Welcome'],
        });
        const pens = needs.find((n) => n.item === 'Pens');
        expect(pens?.modules).toEqual(['Welcome']);
        expect(pens?.exercises.length).toBeGreaterThan(0);
      },
    );
  });
});

describe('client overlay details', () => {
  it('substitutes variables inside client fields, vars, break titles and dimensions; comments may mention variables', async () => {
    await withEditedBase(
      {
        'clients/acme.yaml': (t) =>
          t
            .replace('name: Acme Logistics', 'name: "Acme {{vars.region}}"')
            .replace('  secondary: "#1B2A41"', '  secondary: "#3A0CA3"')
            .replace(
              'vars: {team: crew}',
              'vars: {team: crew, region: North, greet: "Hello {{client.name}}"}   # values for {{vars.NAME}}',
            ),
        'workshop.yaml': (t) => t.replace('  - break: 15', '  - break: 15\n    title: "Coffee for the {{vars.team}}"'),
        'modules/welcome.md': (t) => t.replace('Greet people as they arrive.', '{{vars.greet}}'),
        'exercises/self-check.yaml': (t) => t.replace('labels: [Never, Always]', 'labels: [1990, 2026]'),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const model = composed.models[0]!;
        expect(model.client.name).toBe('Acme North');
        expect(model.agenda.items.find((i) => i.kind === 'break')?.title).toBe('Coffee for the crew');
        expect(JSON.stringify(model.slides)).toContain('Hello Acme North');
        expect(JSON.stringify(model)).not.toContain('{{');
        expect(model.theme.colors.text).toBe('#3A0CA3');
        expect(JSON.stringify(model.worksheets)).toContain('"label":"1990"');
      },
    );
  });
});

describe('themes from the content folder', () => {
  it('a theme under themes/<name>/ is used by name, and wins over a built-in one of the same name', async () => {
    const { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'wk-own-theme-'));
    try {
      cpSync(join(import.meta.dirname, 'fixtures', 'base'), dir, { recursive: true });
      const builtIn = readFileSync(join(import.meta.dirname, '..', 'templates', 'default', 'theme.yaml'), 'utf8');
      mkdirSync(join(dir, 'themes', 'warm'), { recursive: true });
      writeFileSync(
        join(dir, 'themes', 'warm', 'theme.yaml'),
        builtIn
          .replace(/^name: .*$/m, 'name: warm')
          .replace(/primary: "#[0-9A-F]+"/, 'primary: "#8B2E16"')
          .replace(/heading: Arial/, 'heading: Calibri'),
      );
      const client = join(dir, 'clients', 'short.yaml');
      writeFileSync(client, `${readFileSync(client, 'utf8')}\ntheme: warm\n`);
      const composed = await composeModels({ contentDir: dir });
      expect(composed.diagnostics).toEqual([]);
      const short = composed.models.find((m) => m.client.id === 'short')!;
      expect(short.theme).toMatchObject({
        name: 'warm',
        file: 'themes/warm/theme.yaml',
        colors: { primary: '#8B2E16' },
        fonts: { heading: 'Calibri' },
      });
      writeFileSync(client, `${readFileSync(client, 'utf8').replace('theme: warm', 'theme: wram')}`);
      const typo = await composeModels({ contentDir: dir });
      expect(typo.diagnostics.map((d) => d.message).join('\n')).toContain('did you mean `warm`');
      expect(typo.diagnostics.map((d) => d.message).join('\n')).toContain(
        'folders under themes/ in the content folder',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('participants', () => {
  it('turns per-participant materials into counts for the group, in the kit’s language too', async () => {
    await withEditedBase(
      {
        'clients/acme.yaml': (t) => `${t}\nparticipants: 12\n`,
        'clients/short.yaml': (t) => `${t}\nparticipants: 9\nlang: de-DE\n`,
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir });
        expect(composed.diagnostics).toEqual([]);
        const [acme, short] = composed.models;
        const counts = (m: (typeof composed.models)[number]) => m.guide.materials.map((n) => n.count).filter(Boolean);
        expect(counts(acme!)).toContain('12 (1 per participant)');
        expect(counts(short!).some((c) => /^9 \(1 pro/.test(c!))).toBe(true);
        expect(counts(acme!).every((c) => !/^1 per participant/.test(c!))).toBe(true);
      },
    );
  });

  it('warns, at its line, when a ### heading after an exercise lands on the exercise slide', async () => {
    await withEditedBase(
      {
        'modules/practice.md': (t) =>
          t.replace(
            '## A case\n::exercise{#case}\n',
            '## A case\n::exercise{#case}\n\n### Debrief: what "worked" & <why> — Ελλάδα\n- Ask the room\n',
          ),
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const warning = composed.warnings?.find((w) => w.rule === 'module/heading-after-directive');
        expect(warning?.source).toEqual({ file: 'modules/practice.md', line: 15, column: 1 });
        expect(warning?.message).toContain('go on the slide of `::exercise{#case}`');
        const slide = composed.models[0]!.slides.find((s) => s.kind === 'exercise' && s.exercise.id === 'case');
        expect(slide?.kind === 'exercise' && slide.after.some((b) => b.kind === 'heading')).toBe(true);
      },
    );
    const plain = await composeModels({ contentDir: BASE, clients: ['acme'] });
    expect(plain.warnings?.filter((w) => w.rule === 'module/heading-after-directive')).toEqual([]);
  });
});

describe('the closing slide', () => {
  const lastTitles = (model: DeckModel) => model.slides.slice(-2).map((s) => `${s.kind}:${s.title}`);
  const ending = (heading: string) => ({
    'modules/practice.md': (t: string) => `${t}\n${heading}\n- Questions welcome\n`,
  });

  it('ends the deck when the workshop does not thank the room itself', () => {
    expect(lastTitles(byId('acme'))).toEqual(['image:The picture', 'closing:Thank you']);
  });

  it('is left out when the last module ends with its own thank-you slide, in any language the tool speaks, whatever the kit’s language', async () => {
    // A divider with a list under it is two slides, the divider and the list under its title.
    const cases: [string, string, string | undefined][] = [
      ['## Thank you!', 'content:Thank you!', undefined],
      ['# THANK YOU 🙏', 'content:THANK YOU 🙏', undefined],
      ['## Thanks for your time', 'content:Thanks for your time', 'de-DE'],
      ['## Vielen Dank', 'content:Vielen Dank', 'de-DE'],
      ['## Herzlichen Dank!', 'content:Herzlichen Dank!', undefined],
      ['## Merci à tous', 'content:Merci à tous', 'fr-FR'],
      ['## ¡Gracias!', 'content:¡Gracias!', 'es-ES'],
      ['## Bedankt', 'content:Bedankt', 'nl-NL'],
      ['## Muito obrigada!', 'content:Muito obrigada!', 'pt-PT'],
      ['## Grazie mille', 'content:Grazie mille', 'it-IT'],
      ['## Dziękujemy za uwagę', 'content:Dziękujemy za uwagę', 'pl-PL'],
    ];
    for (const [heading, shown, lang] of cases) {
      const edits = {
        ...ending(heading),
        ...(lang ? { 'clients/acme.yaml': (t: string) => `${t}lang: ${lang}\n` } : {}),
      };
      await withEditedBase(edits, async (dir) => {
        const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const model = composed.models[0]!;
        expect(lastTitles(model).at(-1), heading).toBe(shown);
        expect(
          model.slides.filter((s) => s.kind === 'closing'),
          heading,
        ).toEqual([]);
      });
    }
  });

  it('is not in the deck after the workshop’s own thank-you: one “Thank you” slide, the last', async () => {
    await buildDeck(ending('## Thank you!'), (deck) => {
      const titles = slidesOf(deck).map(
        (s) => shapesOf(s).find((sp) => sp.placeholder === 'title' || sp.placeholder === 'ctrTitle')?.text ?? '',
      );
      expect(titles.filter((t) => /thank/i.test(t))).toEqual(['Thank you!']);
      expect(titles.at(-1)).toBe('Thank you!');
    });
  });

  it('stays after a last slide that only mentions thanks, or thanks the room before the end', async () => {
    for (const heading of ['## Questions and thanks', '## Thank you\n\n## Your next step']) {
      await withEditedBase(ending(heading), async (dir) => {
        const model = (await composeModels({ contentDir: dir, clients: ['acme'] })).models[0]!;
        expect(model.slides.at(-1)!.kind, heading).toBe('closing');
      });
    }
  });
});
