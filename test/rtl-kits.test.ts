// Right-to-left kits of the bundled workshop, end to end: the Hebrew example client (its own Hebrew modules), Arabic
// clients of the English workshop in the Emirates (0–9) and Saudi Arabia (Arabic-Indic digits), Persian (Iran, Persian
// digits) and Urdu (Pakistan, 0–9) ones speaking through catalogue files (test/fixtures/rtl-scripts/i18n), and, beside
// them, Japanese and Simplified Chinese ones. Every deck validates and nothing overflows; no English word of the tool's is left
// in the deck or the PDFs; every run in Hebrew or Arabic letters names its language and its complex-script face; a
// paragraph that starts in those letters runs right to left; the PDFs give the words back in logical order; a Saudi kit
// writes every number of the tool's in one set of digits.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build } from '../src/build.js';
import type { Catalogue } from '../src/i18n/catalogue-types.js';
import { CATALOGUES, resolveLocale, say } from '../src/i18n/locale.js';
import { decodeXml, pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { withCjkFontconfig } from './support/cjk-fontconfig.js';
import { contentText, foreignPieces, holds } from './support/kit-words.js';
import { convert, overflowing, parseBbox } from './support/pptx-overflow.js';
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
  tehran: `name: 'گروه پژوهشی چکاد & Co. "تهران" <دفتر> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: مژگان رضایی\nlocation: تهران، خیابان ولیعصر\nlang: fa-IR\n`,
  karachi: `name: 'ٹیم ڈیولپمنٹ گروپ & Co. "کراچی" <دفتر> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: عائشہ خان\nlocation: کراچی، شاہراہ فیصل\nlang: ur-PK\n`,
};
/** The catalogue files the Persian and Urdu kits speak through, by client. */
const FILES: Record<string, string> = { tehran: 'fa', karachi: 'ur' };
const FIXTURE_I18N = join(ROOT, 'test', 'fixtures', 'rtl-scripts', 'i18n');
const fileWords = (client: string): Catalogue =>
  parse(readFileSync(join(FIXTURE_I18N, `${FILES[client]}.yaml`), 'utf8')) as Catalogue;
/** The bundled Hebrew client, and the written ones: id and language. */
const CLIENTS: Record<string, string> = {
  'tel-aviv': 'he-IL',
  dubai: 'ar-AE',
  riyadh: 'ar-SA',
  tokyo: 'ja-JP',
  shanghai: 'zh-CN',
  tehran: 'fa-IR',
  karachi: 'ur-PK',
};
const RTL_CLIENTS = ['tel-aviv', 'dubai', 'riyadh', 'tehran', 'karachi'];
/** The kits whose own language is written in Arabic letters. */
const ARABIC_SCRIPT = /^(ar|fa|ur)\b/;

const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE]/;

let content: string;
let out: string;
/** What each client's build reported: a kit is written only when its build has nothing to say. */
const reported = new Map<string, unknown[]>();

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-rtl-'));
  out = mkdtempSync(join(tmpdir(), 'wk-rtl-out-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  for (const [id, text] of Object.entries(WRITTEN)) writeFileSync(join(content, 'clients', `${id}.yaml`), text);
  cpSync(FIXTURE_I18N, join(content, 'i18n'), { recursive: true });
  // One build a client, so a kit that cannot be built does not keep the others from being checked.
  for (const client of [...Object.keys(CLIENTS), 'northwind']) {
    const result = await build({ contentDir: content, outDir: join(out, client), clients: [client] });
    reported.set(client, result.diagnostics);
  }
}, 600_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const kitPath = (client: string, file: string) => join(out, client, client, file);
const deckPath = (client: string) => kitPath(client, 'deck.pptx');

/** The slides' and notes' XML parts of a client's deck. */
function deckParts(client: string): [string, string][] {
  const files = unzipSync(new Uint8Array(readFileSync(deckPath(client))));
  return Object.entries(files)
    .filter(([name]) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name))
    .map(([name, data]) => [name, strFromU8(data)]);
}

/** Text of a PDF as a reader reads it, in compatibility form (an Arabic letter's shaped form is the letter). */
const pdfText = (client: string, pdf: string) => squash(pdfPages(kitPath(client, pdf)).join('\n')).normalize('NFKC');

/** Everything a client's kit shows: slides and notes, and the text of every PDF. */
/** The deck's slides and notes, in the order written (logical order, whatever the page around them). */
function deckText(client: string): string {
  return squash([...slideTexts(deckPath(client)), ...slideNotes(deckPath(client))].join('\n')).normalize('NFKC');
}

/**
 * The deck's and the PDFs' text. poppler gives a line mixing directions whole in logical order on a page written
 * mostly right to left; on one mostly in English (an English workshop for an Arabic client) it sets the line's runs
 * side by side as displayed ("28 من 1 الصفحة"), each run still in logical order.
 */
function everything(client: string): string {
  return squash(
    [
      ...slideTexts(deckPath(client)),
      ...slideNotes(deckPath(client)),
      ...['slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf'].flatMap((pdf) =>
        pdfPages(kitPath(client, pdf)),
      ),
    ].join('\n'),
  ).normalize('NFKC');
}

/** The kit's own words, which its deck must hold. */
const OWN: Record<string, string[]> = {
  'tel-aviv': ['סדר היום', 'תודה רבה', 'תרגיל 1', 'מנחה:', 'אופק טכנולוגיות בע"מ', 'מנהיגות מול ניהול'],
  dubai: ['جدول الأعمال', 'شكراً لكم', 'التمرين 1', 'التيسير:', 'الأفق للاستشارات & Co. "الخليج" <دبي> O’Brien'],
  riyadh: ['جدول الأعمال', 'التمرين ١', 'الثلاثاء، ٢ مارس ٢٠٢٧'],
  tehran: ['برنامه', 'سپاسگزاریم', 'تمرین ۱', 'تسهیل‌گر:', 'گروه پژوهشی چکاد & Co. "تهران" <دفتر> O’Brien'],
  karachi: ['ایجنڈا', 'شکریہ', 'مشق 1', 'سہولت کار:', 'ٹیم ڈیولپمنٹ گروپ & Co. "کراچی" <دفتر> O’Brien'],
  tokyo: ['アジェンダ', '演習1', 'ありがとうございました'],
  shanghai: ['议程', '练习1', '谢谢'],
};

/**
 * Words of the guide and of the slides PDF that pdftotext must give back in logical order. Not across an Arabic comma:
 * poppler turns "،" round with the space after it ("پرسش‌ها ،بازتاب‌ها"), in any kit.
 */
const PRINTED: Record<string, { guide: string[]; slides: string[] }> = {
  'tel-aviv': {
    guide: ['מדריך למנחה', 'מהלך המפגש', 'רשימת ציוד וחומרים', 'אופק טכנולוגיות בע"מ', 'פתיחה והיכרות'],
    slides: ['סדר היום', 'ברוכים הבאים', 'תודה רבה', 'סבב התחייבויות'],
  },
  dubai: {
    guide: ['دليل الميسّر', 'سير الجلسة', 'قائمة المواد', 'ليلى حداد'],
    slides: ['جدول الأعمال', 'شكراً لكم', 'الأسئلة والتأملات والخطوات التالية'],
  },
  riyadh: {
    guide: ['دليل الميسّر', 'خالد العتيبي', 'الصفحة'],
    slides: ['جدول الأعمال', 'شكراً لكم'],
  },
  tehran: {
    guide: ['راهنمای تسهیل‌گر', 'جدول اجرای جلسه', 'فهرست لوازم', 'مژگان رضایی', 'گروه پژوهشی چکاد'],
    slides: ['برنامه', 'سپاسگزاریم', 'بازتاب‌ها و گام‌های بعدی'],
  },
  karachi: {
    guide: ['سہولت کار کی رہنما کتاب', 'سیشن کا نظام الاوقات', 'سامان کی فہرست', 'عائشہ خان', 'ٹیم ڈیولپمنٹ گروپ'],
    slides: ['ایجنڈا', 'شکریہ', 'غور و فکر اور اگلے اقدامات'],
  },
};

describe.each(Object.entries(CLIENTS))('the %s kit (%s)', (client, lang) => {
  const rtl = RTL_CLIENTS.includes(client);

  it('builds with nothing to report, and its deck passes the schema validation', () => {
    expect(reported.get(client)).toEqual([]);
    expect(validatePptx(new Uint8Array(readFileSync(deckPath(client))))).toEqual([]);
  });

  it('its deck holds its own words', () => {
    const deck = squash([...slideTexts(deckPath(client)), ...slideNotes(deckPath(client))].join('\n'));
    for (const word of OWN[client]!) expect(deck).toContain(word);
  });

  it.skipIf(!office)('no English word of the tool’s is left in its deck or its PDFs', () => {
    const words = FILES[client] ? fileWords(client) : resolveLocale(lang).words;
    const english = foreignPieces(CATALOGUES.en, words, contentText(content));
    expect(english.length).toBeGreaterThan(40);
    const kit = everything(client);
    expect(english.filter((p) => holds(kit, p))).toEqual([]);
    // The check can fail: the English kit of the same content holds those words.
    const northwind = everything('northwind');
    expect(english.filter((p) => holds(northwind, p)).length).toBeGreaterThan(20);
  });

  it.skipIf(!rtl)('every run in Hebrew or Arabic letters names its language and its complex-script face', () => {
    let rtlRuns = 0;
    for (const [name, xml] of deckParts(client)) {
      for (const run of xml.matchAll(/<a:r><a:rPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g)) {
        const text = decodeXml(run[3]!);
        const hebrew = HEBREW.test(text);
        if (!hebrew && !ARABIC.test(text)) continue;
        rtlRuns++;
        // A run in the kit's own script takes the kit's tag; one in the other script, that script's language.
        const wanted = hebrew ? (lang.startsWith('he') ? lang : 'he-IL') : ARABIC_SCRIPT.test(lang) ? lang : 'ar-SA';
        expect(run[1], `${name}: ${text}`).toContain(`lang="${wanted}"`);
        expect(run[2] ?? '', `${name}: ${text}`).toMatch(/<a:cs typeface="[^"]+"/);
      }
    }
    expect(rtlRuns).toBeGreaterThan(40);
  });

  it.skipIf(!rtl)('a paragraph whose first letter is Hebrew or Arabic runs right to left (rtl="1")', () => {
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
    expect(rtlParagraphs).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it.skipIf(!rtl || !office)('pdftotext gives its guide’s and slides’ Hebrew or Arabic words in logical order', () => {
    const guide = pdfText(client, 'facilitator-guide.pdf');
    const slides = pdfText(client, 'slides.pdf');
    for (const w of PRINTED[client]!.guide) expect(guide, 'guide').toContain(w.normalize('NFKC'));
    for (const w of PRINTED[client]!.slides) expect(slides, 'slides').toContain(w.normalize('NFKC'));
  });

  it.skipIf(!rtl || !office)(
    'its pages are mirrored: the agenda’s title and the guide’s first label at the right',
    () => {
      /** Where the words of page `page` that make up `text` start, as a share of the page's width. */
      const startOf = (pdf: string, page: number, text: string): number => {
        const xml = execFileSync('pdftotext', ['-bbox', '-f', `${page}`, '-l', `${page}`, kitPath(client, pdf), '-'], {
          encoding: 'utf8',
        });
        const { width, words } = parseBbox(xml)[0]!;
        // poppler's boxes give a right-to-left word's letters as drawn, split where letters do not join: the boxes of
        // one line whose letters together are the text's.
        const letters = (t: string) => [...t.normalize('NFKC').replace(/\s/g, '')].sort().join('');
        const lines = new Map<number, typeof words>();
        for (const w of words) lines.set(Math.round(w.y0), [...(lines.get(Math.round(w.y0)) ?? []), w]);
        const hits =
          [...lines.values()]
            .map((ws) => ws.filter((w) => [...letters(w.text)].every((c) => letters(text).includes(c))))
            .find((ws) => letters(ws.map((w) => w.text).join('')) === letters(text)) ?? [];
        expect(hits.length, `${text} on ${pdf} p. ${page}`).toBeGreaterThan(0);
        return Math.min(...hits.map((w) => w.x0)) / width;
      };
      // Where an English kit's agenda title and its guide's "Client" stand at the left.
      expect(startOf('slides.pdf', 2, OWN[client]![0]!)).toBeGreaterThan(0.5);
      const label = say(
        FILES[client] ? resolveLocale(lang, {}, { file: '', words: fileWords(client) }) : resolveLocale(lang),
        'client',
      );
      expect(startOf('facilitator-guide.pdf', 1, label)).toBeGreaterThan(0.5);
    },
  );

  it.skipIf(!office)(
    'its deck has no word outside its box in LibreOffice',
    () => {
      withCjkFontconfig(() => {
        expect(overflowing(convert(new Uint8Array(readFileSync(deckPath(client)))))).toEqual([]);
      });
    },
    300_000,
  );
});

describe('digits', () => {
  it.skipIf(!office)('a Saudi kit writes every number of the tool’s in Arabic-Indic digits', () => {
    const riyadh = everything('riyadh');
    // The clock, the date, page and exercise numbers (as written in the deck; the PDFs' pages below), and no time of
    // day or page number in 0–9 anywhere.
    for (const words of ['٩:٠٠', '٢ مارس ٢٠٢٧', 'التمرين ١']) expect(deckText('riyadh')).toContain(words);
    for (const words of ['٩:٠٠', '٢ مارس ٢٠٢٧', 'الصفحة', 'التمرين']) expect(riyadh).toContain(words);
    expect(riyadh).not.toMatch(/\b\d{1,2}:\d\d\b/);
    expect(riyadh).not.toMatch(/الصفحة \d|\d من \d/);
  });

  it.skipIf(!office)('an Emirati kit, and the Hebrew one, in 0–9', () => {
    const dubai = everything('dubai');
    for (const words of ['9:00', '2 مارس 2027', 'التمرين 1']) expect(deckText('dubai')).toContain(words);
    for (const words of ['9:00', '2 مارس 2027', 'الصفحة', 'التمرين']) expect(dubai).toContain(words);
    expect(dubai).not.toMatch(/[٠-٩]/);
    expect(everything('tel-aviv')).not.toMatch(/[٠-٩]/);
  });

  it.skipIf(!office)(
    'a Persian kit writes every number of the tool’s in Persian digits (۰–۹), an Urdu one in 0–9',
    () => {
      const tehran = everything('tehran');
      // Intl's Persian: the Solar Hijri calendar (2 March 2027 is 11 Esfand 1405) and Persian digits for the clock.
      for (const words of ['۹:۰۰', '۱۴۰۵ اسفند ۱۱', 'تمرین ۱']) expect(deckText('tehran')).toContain(words);
      for (const words of ['۹:۰۰', 'صفحهٔ', 'تمرین ۱']) expect(tehran).toContain(words);
      expect(tehran).not.toMatch(/\b\d{1,2}:\d\d\b/);
      expect(tehran).not.toMatch(/صفحهٔ \d|\d از \d/);
      expect(tehran).not.toMatch(/[٠-٩]/);
      // slides.pdf numbers its slides as the deck's pages are numbered in the kit: ۵ on the fifth.
      expect(pdfPages(kitPath('tehran', 'slides.pdf'))[4]!.split('\n')).toContain('۵');
      expect(pdfPages(kitPath('riyadh', 'slides.pdf'))[4]!.split('\n')).toContain('٥');
      const karachi = everything('karachi');
      for (const words of ['9:00', '2 مارچ، 2027', 'مشق 1']) expect(deckText('karachi')).toContain(words);
      expect(karachi).not.toMatch(/[٠-٩۰-۹]/);
    },
  );
});
