// Right-to-left kits of the bundled workshop, end to end: the Hebrew example client (its own Hebrew modules), Arabic
// clients of the English workshop in the Emirates (0–9) and Saudi Arabia (Arabic-Indic digits), and, beside them,
// Japanese and Simplified Chinese ones. Every deck validates and nothing overflows; no English word of the tool's is left
// in the deck or the PDFs; every run in Hebrew or Arabic letters names its language and its complex-script face; a
// paragraph that starts in those letters runs right to left; the PDFs give the words back in logical order; a Saudi kit
// writes every number of the tool's in one set of digits.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { CATALOGUES, resolveLocale } from '../src/i18n/locale.js';
import { decodeXml, pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { withCjkFontconfig } from './support/cjk-fontconfig.js';
import { contentText, foreignPieces, holds } from './support/kit-words.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const office = realClients('soffice', 'pdftotext');

/** The clients the test writes into its copy of the content, each named with the characters XML escapes. */
const WRITTEN: Record<string, string> = {
  dubai: `name: 'الأفق للاستشارات & Co. "الخليج" <دبي> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: ليلى حداد\nlocation: برج الإمارات، شارع الشيخ زايد، دبي\nlang: ar-AE\n`,
  riyadh: `name: 'شركة النخبة & Co. "الرياض" <المقر> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: خالد العتيبي\nlocation: طريق الملك فهد، الرياض\nlang: ar-SA\n`,
  tokyo: `name: 'Tokyo & Co. "東京" <本社> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 山田 太郎\nlocation: 東京都千代田区丸の内1-1-1\nlang: ja-JP\n`,
  shanghai: `name: '上海 & Co. "华东" <总部> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 王伟\nlocation: 上海市浦东新区世纪大道100号\nlang: zh-CN\n`,
};
/** The bundled Hebrew client, and the written ones: id and language. */
const CLIENTS: Record<string, string> = {
  'tel-aviv': 'he-IL',
  dubai: 'ar-AE',
  riyadh: 'ar-SA',
  tokyo: 'ja-JP',
  shanghai: 'zh-CN',
};
const RTL_CLIENTS = ['tel-aviv', 'dubai', 'riyadh'];

const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE]/;

let content: string;
let out: string;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-rtl-'));
  out = mkdtempSync(join(tmpdir(), 'wk-rtl-out-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  for (const [id, text] of Object.entries(WRITTEN)) writeFileSync(join(content, 'clients', `${id}.yaml`), text);
  const result = await build({ contentDir: content, outDir: out, clients: [...Object.keys(CLIENTS), 'northwind'] });
  expect(result.diagnostics).toEqual([]);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const deckPath = (client: string) => join(out, client, 'deck.pptx');

/** The slides' and notes' XML parts of a client's deck. */
function deckParts(client: string): [string, string][] {
  const files = unzipSync(new Uint8Array(readFileSync(deckPath(client))));
  return Object.entries(files)
    .filter(([name]) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name))
    .map(([name, data]) => [name, strFromU8(data)]);
}

/** Text of a PDF as a reader reads it, in compatibility form (an Arabic letter's shaped form is the letter). */
const pdfText = (client: string, pdf: string) => squash(pdfPages(join(out, client, pdf)).join('\n')).normalize('NFKC');

/** Everything a client's kit shows: slides and notes, and the text of every PDF. */
function everything(client: string): string {
  return squash(
    [
      ...slideTexts(deckPath(client)),
      ...slideNotes(deckPath(client)),
      ...['slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf'].flatMap((pdf) =>
        pdfPages(join(out, client, pdf)),
      ),
    ].join('\n'),
  ).normalize('NFKC');
}

describe('right-to-left and east-Asian kits of the bundled workshop', () => {
  it('every deck passes the schema validation', () => {
    for (const client of Object.keys(CLIENTS))
      expect(validatePptx(new Uint8Array(readFileSync(deckPath(client)))), client).toEqual([]);
  });

  it.skipIf(!office)('no English word of the tool’s is left in the deck or the PDFs', () => {
    const authored = contentText(content);
    for (const [client, lang] of Object.entries(CLIENTS)) {
      const english = foreignPieces(CATALOGUES.en, resolveLocale(lang).words, authored);
      expect(english.length, lang).toBeGreaterThan(40);
      const kit = everything(client);
      expect(
        english.filter((p) => holds(kit, p)),
        client,
      ).toEqual([]);
    }
    // The check can fail: the English kit of the same content holds those words.
    const english = foreignPieces(CATALOGUES.en, resolveLocale('he-IL').words, authored);
    const northwind = everything('northwind');
    expect(english.filter((p) => holds(northwind, p)).length).toBeGreaterThan(20);
  });

  it('the decks hold the kits’ own words', () => {
    const own: Record<string, string[]> = {
      'tel-aviv': ['סדר היום', 'תודה רבה', 'תרגיל 1', 'מנחה:', 'אופק טכנולוגיות בע"מ', 'מנהיגות מול ניהול'],
      dubai: ['جدول الأعمال', 'شكرًا لكم', 'التمرين 1', 'التيسير:', 'الأفق للاستشارات & Co. “الخليج” <دبي> O’Brien'],
      riyadh: ['جدول الأعمال', 'التمرين ١', 'الثلاثاء، ٢ مارس ٢٠٢٧'],
    };
    for (const [client, words] of Object.entries(own)) {
      const deck = squash([...slideTexts(deckPath(client)), ...slideNotes(deckPath(client))].join('\n'));
      for (const word of words) expect(deck, client).toContain(word);
    }
  });

  it('every run in Hebrew or Arabic letters names its language and its complex-script face', () => {
    for (const client of RTL_CLIENTS) {
      const lang = CLIENTS[client]!;
      let rtlRuns = 0;
      for (const [name, xml] of deckParts(client)) {
        for (const run of xml.matchAll(
          /<a:r><a:rPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g,
        )) {
          const text = decodeXml(run[3]!);
          const hebrew = HEBREW.test(text);
          const arabic = ARABIC.test(text);
          if (!hebrew && !arabic) continue;
          rtlRuns++;
          // A run in the kit's own script takes the kit's tag; one in the other script, that script's language.
          const wanted = hebrew ? (lang.startsWith('he') ? lang : 'he-IL') : lang.startsWith('ar') ? lang : 'ar-SA';
          expect(run[1], `${client} ${name}: ${text}`).toContain(`lang="${wanted}"`);
          expect(run[2] ?? '', `${client} ${name}: ${text}`).toMatch(/<a:cs typeface="[^"]+"/);
        }
      }
      expect(rtlRuns, client).toBeGreaterThan(40);
    }
  });

  it('a paragraph whose first letter is Hebrew or Arabic runs right to left (rtl="1")', () => {
    for (const client of RTL_CLIENTS) {
      let rtlParagraphs = 0;
      const wrong: string[] = [];
      for (const [name, xml] of deckParts(client)) {
        for (const p of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
          const text = [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join('');
          const first = /\p{L}/u.exec(text)?.[0];
          if (!first || !(HEBREW.test(first) || ARABIC.test(first))) continue;
          rtlParagraphs++;
          const pPr = /^<a:pPr\b[^>]*>/.exec(p[1]!)?.[0] ?? '';
          if (!/ rtl="1"/.test(pPr)) wrong.push(`${name}: ${text}`);
        }
      }
      expect(rtlParagraphs, client).toBeGreaterThan(20);
      expect(wrong, client).toEqual([]);
    }
  });

  it.skipIf(!office)('pdftotext gives the Hebrew and Arabic words of the guide and the slides in logical order', () => {
    const words: Record<string, { guide: string[]; slides: string[] }> = {
      'tel-aviv': {
        guide: ['מדריך למנחה', 'מהלך המפגש', 'רשימת ציוד וחומרים', 'אופק טכנולוגיות בע"מ', 'פתיחה והיכרות'],
        slides: ['סדר היום', 'ברוכים הבאים', 'תודה רבה', 'סבב התחייבויות'],
      },
      dubai: {
        guide: ['دليل الميسّر', 'سير الجلسة', 'قائمة المواد', 'ليلى حداد'],
        slides: ['جدول الأعمال', 'شكرًا لكم', 'الأسئلة والتأملات والخطوات التالية'],
      },
      riyadh: {
        guide: ['دليل الميسّر', 'خالد العتيبي', 'الصفحة ١ من'],
        slides: ['جدول الأعمال', 'شكرًا لكم'],
      },
    };
    for (const [client, { guide, slides }] of Object.entries(words)) {
      const guideText = pdfText(client, 'facilitator-guide.pdf');
      const slidesText = pdfText(client, 'slides.pdf');
      for (const w of guide) expect(guideText, `${client} guide`).toContain(w.normalize('NFKC'));
      for (const w of slides) expect(slidesText, `${client} slides`).toContain(w.normalize('NFKC'));
    }
  });

  it.skipIf(!office)(
    'a Saudi kit writes every number of the tool’s in Arabic-Indic digits, an Emirati one in 0–9',
    () => {
      const riyadh = everything('riyadh');
      // The clock, the date, page and exercise numbers: no time of day or page number in 0–9 anywhere.
      for (const words of ['٩:٠٠', '٢ مارس ٢٠٢٧', 'الصفحة ١ من', 'التمرين ١']) expect(riyadh).toContain(words);
      expect(riyadh).not.toMatch(/\b\d{1,2}:\d\d\b/);
      expect(riyadh).not.toMatch(/الصفحة \d/);
      const dubai = everything('dubai');
      for (const words of ['9:00', '2 مارس 2027', 'الصفحة 1 من', 'التمرين 1']) expect(dubai).toContain(words);
      expect(dubai).not.toMatch(/[٠-٩]/);
    },
  );

  it.skipIf(!office)(
    'no deck has a word outside its box in LibreOffice',
    () => {
      withCjkFontconfig(() => {
        for (const client of Object.keys(CLIENTS))
          expect(overflowing(convert(new Uint8Array(readFileSync(deckPath(client))))), client).toEqual([]);
      });
    },
    600_000,
  );
});
