// The cover's subtitle breaks into balanced lines, in every language the tool speaks: no word or two left alone.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/i18n/locale.js';
import { Measure } from '../src/text/measure.js';
import { withCjkFontconfig } from './support/cjk-fontconfig.js';
import { type Shape, shapesOf, slidesOf } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { makeTemplate } from './support/make-template.js';
import { convert } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';
import { realClients } from './support/tools.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const office = realClients('soffice', 'pdftotext');

/** A subtitle as a workshop in each language might have one: long enough for two lines on the cover's panel. */
const SUBTITLES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'Two jobs every team needs, and how to do both',
  de: 'Zwei Aufgaben, die jedes Team braucht, und wie Sie beide meistern',
  fr: 'Deux métiers dont chaque équipe a besoin, et comment exercer les deux',
  es: 'Dos trabajos que todo equipo necesita y cómo hacer bien ambos a la vez',
  nl: 'Twee taken die elk team nodig heeft, en hoe je ze allebei goed doet',
  pt: 'Dois papéis de que toda equipe precisa, e como exercer bem os dois',
  it: 'Due compiti di cui ogni squadra ha bisogno, e come svolgerli bene entrambi',
  pl: 'Dwie role, których potrzebuje każdy zespół, i jak dobrze pełnić obie',
  ja: 'どのチームにも必要な二つの役割と、その両方をうまく果たす方法',
  zh: '每个团队都需要的两项工作，以及如何同时做好这两项工作',
  'zh-Hant': '每個團隊都需要的兩項工作，以及如何同時做好這兩項工作',
  ko: '모든 팀에 필요한 두 가지 역할과 그 둘을 모두 잘 해내는 방법',
  he: 'שני תפקידים שכל צוות צריך, ואיך למלא היטב את שניהם',
  ar: 'وظيفتان يحتاجهما كل فريق، وكيف تؤديهما كلتيهما على أكمل وجه',
};

/** A client id is lower-case: `cover-zh-hant` for the Traditional Chinese catalogue. */
const clientOf = (lang: string) => `cover-${lang.toLowerCase()}`;

/** One client a language, each with the subtitle in its language (through a variable: a subtitle is the workshop's). */
const edits = {
  'workshop.yaml': (t: string) =>
    t
      .replace('subtitle: Two jobs, one team', 'subtitle: "{{vars.tagline}}"')
      .replace('  team: team', '  team: team\n  tagline: Two jobs, one team'),
  ...Object.fromEntries(
    LANGUAGES.map((lang) => [
      `clients/${clientOf(lang)}.yaml`,
      () => `name: Cover ${lang.toUpperCase()}\nlang: ${lang}\nvars: {tagline: "${SUBTITLES[lang]}"}\n`,
    ]),
  ),
};

/** The subtitle placeholder of the cover. */
const subtitleOf = (deck: string): Shape => shapesOf(slidesOf(deck)[0]!).find((s) => s.placeholder === 'subTitle')!;

/** Lines as the layout measures them in the box's width: their words and widths. */
function measuredLines(s: Shape): { words: string[]; width: number }[] {
  const size = s.runs[0]!.sizePt;
  return arial.wrapLines(s.runs, s.w * 72 - s.inset.l - s.inset.r, size).map((l) => ({
    words: l.runs
      .map((r) => r.text)
      .join('')
      .trim()
      .split(/\s+/),
    width: l.widthPt,
  }));
}

/** Words of page 1 inside the box, grouped into lines by where LibreOffice drew them. */
function drawnLines(
  pdfWords: { text: string; x0: number; y0: number; x1: number }[],
  s: Shape,
): { words: string[]; width: number }[] {
  const inside = pdfWords.filter(
    (w) => w.x0 >= s.x * 72 - 2 && w.x1 <= (s.x + s.w) * 72 + 2 && w.y0 >= s.y * 72 - 2 && w.y0 <= (s.y + s.h) * 72,
  );
  const rows = new Map<number, typeof inside>();
  for (const w of inside) {
    const key = [...rows.keys()].find((y) => Math.abs(y - w.y0) < 3) ?? w.y0;
    rows.set(key, [...(rows.get(key) ?? []), w]);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ws]) => ({
      words: ws.map((w) => w.text),
      width: Math.max(...ws.map((w) => w.x1)) - Math.min(...ws.map((w) => w.x0)),
    }));
}

function expectBalanced(lines: { words: string[]; width: number }[], what: string): void {
  expect(lines.length, what).toBeGreaterThanOrEqual(2);
  // Chinese and Japanese have no spaces: a line's "words" are its characters.
  const count = (words: string[]) => words.flatMap((w) => (/[\u3000-\u9fff]/.test(w) ? [...w] : [w])).length;
  expect(count(lines.at(-1)!.words), `${what}: last line ${lines.at(-1)!.words.join(' ')}`).toBeGreaterThanOrEqual(2);
  const widths = lines.map((l) => l.width);
  expect(
    Math.min(...widths) / Math.max(...widths),
    `${what}: ${lines.map((l) => l.words.join(' ')).join(' / ')}`,
  ).toBeGreaterThanOrEqual(0.5);
}

describe('the cover', () => {
  it('breaks the subtitle into balanced lines in every language the tool speaks, as measured and as LibreOffice draws it', async () => {
    await buildEdited(edits, [], (out) => {
      for (const lang of LANGUAGES) {
        const deck = join(out, clientOf(lang), 'deck.pptx');
        const subtitle = subtitleOf(deck);
        expect(subtitle.text).toBe(SUBTITLES[lang]);
        expectBalanced(measuredLines(subtitle), `${lang}, measured`);
        if (office) {
          const drawn = drawnLines(withCjkFontconfig(() => convert(readFileSync(deck))).pages[0]!.words, subtitle);
          // pdftotext -bbox lists a right-to-left line's words as drawn, left to right, each letter by letter from the
          // left: read back, they run the other way, and an Arabic letter is drawn in its joining form.
          const rtl = lang === 'he' || lang === 'ar';
          const read = (words: string[]) =>
            rtl ? words.map((w) => [...w].reverse().join('').normalize('NFKC')).reverse() : words;
          const joined = drawn.flatMap((l) => read(l.words)).join(' ');
          // Chinese and Japanese lines join with no space between them; Korean spaces its words.
          expect(lang === 'ja' || lang.startsWith('zh') ? joined.replace(/ /g, '') : joined, lang).toBe(
            SUBTITLES[lang],
          );
          // Arabic: LibreOffice draws Arial's Arabic in DejaVu Sans with its own joining and kerning, a few per cent
          // narrower than measured, so the box chosen for two balanced lines can hold a word more on the first line
          // there: balanced as measured (above), drawn in the right order (here); PowerPoint draws it in Arial itself.
          if (lang !== 'ar') expectBalanced(drawn, `${lang}, drawn`);
        }
      }
      // A subtitle with a comma breaks after it where the lines stay balanced.
      expect(measuredLines(subtitleOf(join(out, 'cover-en', 'deck.pptx'))).map((l) => l.words.join(' '))).toEqual([
        'Two jobs every team needs,',
        'and how to do both',
      ]);
    });
  });
});

/**
 * Chinese and Japanese covers whose title or subtitle, set in the template's placeholder as wide as it is, leaves one
 * character or two alone on its last line ("明日から使えるリーダーシッ / プ"); one of them on a centred layout.
 */
const CJK_COVERS: Record<string, { lang: string; title: string; subtitle: string; centred?: boolean }> = {
  'ja-title': { lang: 'ja', title: '明日から使えるリーダーシップ', subtitle: '二つの仕事を両立させる' },
  'ja-subtitle': {
    lang: 'ja-JP',
    title: 'リーダーシップ研修',
    subtitle: 'どのチームにも必要な二つの役割と、その両方をうまく果たす方法',
  },
  'zh-title': { lang: 'zh-CN', title: '如何同时做好领导与管理两项工作', subtitle: '两项工作，一个团队' },
  'zh-centred': {
    lang: 'zh-CN',
    title: '如何同时做好领导与管理两项工作',
    subtitle: '每个团队都需要的两项工作，以及如何同时做好这两项工作的方法',
    centred: true,
  },
};

describe('the cover on a client’s template', () => {
  it('balances a Chinese or Japanese title and subtitle: no character left alone, a centred one still centred', async () => {
    const templates = {
      left: await makeTemplate(),
      centred: await makeTemplate({ titleStyle: { align: 'ctr' } }),
    };
    const edits = {
      'workshop.yaml': (t: string) =>
        t.replace(/^title: .*$/m, 'title: "{{vars.t}}"').replace(/^subtitle: .*$/m, 'subtitle: "{{vars.s}}"'),
      ...Object.fromEntries(
        Object.entries(CJK_COVERS).map(([id, c]) => [
          `clients/${id}.yaml`,
          () =>
            `name: 'Cover & Co. "本社" <HQ>'\nlang: ${c.lang}\noutputs: [deck]\n` +
            `template: assets/${c.centred ? 'centred' : 'left'}.potx\nvars: {t: "${c.title}", s: "${c.subtitle}"}\n`,
        ]),
      ),
    };
    await withEditedBase(edits, async (dir) => {
      mkdirSync(join(dir, 'assets'), { recursive: true });
      for (const [name, bytes] of Object.entries(templates)) writeFileSync(join(dir, 'assets', `${name}.potx`), bytes);
      const out = mkdtempSync(join(tmpdir(), 'wk-cover-cjk-'));
      try {
        const ids = Object.keys(CJK_COVERS);
        const run = await runCli(['--content', dir, '--out', out, ...ids.flatMap((id) => ['--client', id])]);
        expect(run.code, run.stderr).toBe(0);
        for (const [id, c] of Object.entries(CJK_COVERS)) {
          const deck = join(out, id, 'deck.pptx');
          expect(validatePptx(readFileSync(deck)), id).toEqual([]);
          const shapes = shapesOf(slidesOf(deck)[0]!);
          const title = shapes.find((s) => s.placeholder === 'ctrTitle')!;
          const subtitle = shapes.find((s) => s.placeholder === 'subTitle')!;
          expect([title.text, subtitle.text]).toEqual([c.title, c.subtitle]);
          const long = id.endsWith('subtitle') ? subtitle : title;
          expectBalanced(measuredLines(long), `${id}, measured`);
          if (c.centred) {
            // Narrowed about the middle of the layout's title frame (2.9 in from each side of the 13.333 in slide).
            const middle = title.x + title.w / 2;
            expect(Math.abs(middle - 13.333 / 2), `${id}: title at ${title.x}–${title.x + title.w}`).toBeLessThan(0.05);
            expect(title.w).toBeLessThan(13.333 * 0.75 - 0.1);
          }
          if (office) {
            const drawn = drawnLines(withCjkFontconfig(() => convert(readFileSync(deck))).pages[0]!.words, long);
            expect(drawn.flatMap((l) => l.words).join(''), id).toBe(long.text);
            expectBalanced(drawn, `${id}, drawn`);
          }
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }, 300_000);
});
