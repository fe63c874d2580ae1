// Japanese, Simplified and Traditional Chinese, and Korean kits of the bundled workshop: the east-Asian faces found where installed (and the command that
// installs one where not), every CJK run with its a:ea face and language, lines broken between characters with no line
// starting with 。, the PDFs' text in logical order with the faces embedded as subsets, nothing overflowing.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { CJK_FONT_DIR_VARIABLE } from '../src/text/cjk.js';
import { cjkPieces } from '../src/text/cjk-breaks.js';
import { Measure } from '../src/text/measure.js';
import { pdfPages, squash } from './support/artefacts.js';
import { withCjkFontconfig } from './support/cjk-fontconfig.js';
import { kitText } from './support/kit-words.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { diagnosticKeys, runCli } from './support/run.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const office = realClients('soffice', 'pdftotext', 'pdffonts');

const JA_LINE =
  '研修の目的は、「リーダーシップ」と「マネジメント」の違いを理解し、明日から職場で実践できる行動計画を作ることです。';
const ZH_LINE = '我们将区分领导与管理，并制定下一个三十天的个人行动计划（PowerPoint资料）。';
const TW_LINE = '我們將區分領導與管理，並制定下一個三十天的個人行動計畫（PowerPoint資料）。';
const KO_LINE = '리더십과 관리의 차이를 이해하고, 앞으로 30일 동안 실천할 개인 실행 계획을 세웁니다(PowerPoint 자료).';

const CLIENTS = {
  tokyo: `name: 'Tokyo & Co. "東京" <本社> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 山田 太郎\nlocation: 東京都千代田区丸の内1-1-1\nlang: ja-JP\n`,
  shanghai: `name: '上海 & Co. "华东" <总部> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 王伟\nlocation: 上海市浦东新区世纪大道100号\nlang: zh-CN\n`,
  taipei: `name: '台北 & Co. "臺灣" <總部> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 陳怡君\nlocation: 臺北市信義區市府路45號\nlang: zh-TW\n`,
  seoul: `name: '서울 & Co. "한국" <본사> O''Brien'\ndate: 2027-03-02\nstart: "09:00"\nfacilitator: 김민준\nlocation: 서울특별시 중구 세종대로 110\nlang: ko-KR\n`,
};
const CLIENT_IDS = Object.keys(CLIENTS);

/** Each client's own language and the face its PowerPoint draws that language in. */
const OWN: Record<string, [string, string]> = {
  tokyo: ['ja-JP', 'Yu Gothic'],
  shanghai: ['zh-CN', 'Microsoft YaHei'],
  taipei: ['zh-TW', 'Microsoft JhengHei'],
  seoul: ['ko-KR', 'Malgun Gothic'],
};

let content: string;
let out: string;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-cjk-'));
  out = mkdtempSync(join(tmpdir(), 'wk-cjk-out-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  for (const [id, text] of Object.entries(CLIENTS)) writeFileSync(join(content, 'clients', `${id}.yaml`), text);
  const welcome = join(content, 'modules', 'welcome.md');
  writeFileSync(
    welcome,
    readFileSync(welcome, 'utf8').replace(
      '- You leave with a personal plan for the next 30 days\n',
      `- You leave with a personal plan for the next 30 days\n- ${JA_LINE}\n- ${ZH_LINE}\n- ${TW_LINE}\n- ${KO_LINE}\n`,
    ),
  );
  const result = await build({ contentDir: content, outDir: out, clients: CLIENT_IDS });
  expect(result.diagnostics).toEqual([]);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function deckParts(client: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(join(out, client, 'deck.pptx'))));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe('line breaking', () => {
  it('breaks between Chinese and Japanese characters, never before 。、」） or after 「（, and keeps Korean and Latin words whole', () => {
    expect(cjkPieces('「研修」の目的。')).toEqual(['「研', '修」', 'の', '目', '的。']);
    expect(cjkPieces('计划（PowerPoint资料）。')).toEqual(['计', '划', '（PowerPoint', '资', '料）。']);
    expect(cjkPieces('한국어')).toEqual(['한국어']);
    for (const word of ['9쪽', '자료).', '(PowerPoint를', '“한국”']) expect(cjkPieces(word)).toEqual([word]);
    expect(cjkPieces('well-known')).toEqual(['well-known']);
  });

  it('wraps a Japanese sentence into lines that fit, none starting with closing punctuation', () => {
    const m = new Measure();
    for (const width of [120, 160, 200, 260]) {
      const lines = m.wrapLines([{ text: JA_LINE }], width, 20);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        const text = line.runs.map((r) => r.text).join('');
        expect(text, `${width}pt`).not.toMatch(/^[。、」）！？]/);
        expect(text, `${width}pt`).not.toMatch(/[「（]$/);
        expect(line.widthPt).toBeLessThanOrEqual(width);
      }
      expect(lines.map((l) => l.runs.map((r) => r.text).join('')).join('')).toBe(JA_LINE);
    }
  });
});

describe('the Japanese, Chinese and Korean kits', () => {
  it('every run names its language, and every run holding CJK text its east-Asian face; the decks validate', () => {
    for (const client of CLIENT_IDS) {
      expect(validatePptx(new Uint8Array(readFileSync(join(out, client, 'deck.pptx')))), client).toEqual([]);
      let cjkRuns = 0;
      let ownRuns = 0;
      for (const [name, xml] of Object.entries(deckParts(client))) {
        for (const run of xml.matchAll(
          /<a:r><a:rPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g,
        )) {
          const text = run[3]!;
          // Kana make a run Japanese and hangul Korean, whatever the kit; everything else is in the kit's language.
          const [lang, face] = /[\u3040-\u30ff]/.test(text)
            ? OWN.tokyo!
            : /[\uac00-\ud7af]/.test(text)
              ? OWN.seoul!
              : OWN[client]!;
          expect(run[1], `${name}: ${text}`).toContain(`lang="${lang}"`);
          if (!/[\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(text)) continue;
          cjkRuns++;
          if (lang === OWN[client]![0]) ownRuns++;
          expect(run[2] ?? '', `${name}: ${text}`).toContain(`<a:ea typeface="${face}"/>`);
        }
      }
      expect(cjkRuns, client).toBeGreaterThan(20);
      expect(ownRuns, client).toBeGreaterThan(20);
    }
  });

  it('no English tool word remains, and the kits hold their own words', () => {
    const tokyo = kitText(out, 'tokyo');
    const shanghai = kitText(out, 'shanghai');
    for (const word of ['講師用ガイド', '参加者用ワークシート', 'アジェンダ', 'お名前', 'ありがとうございました'])
      expect(tokyo).toContain(word);
    for (const word of ['讲师手册', '学员练习册', '议程', '您的姓名', '谢谢']) expect(shanghai).toContain(word);
    const taipei = kitText(out, 'taipei');
    const seoul = kitText(out, 'seoul');
    for (const word of ['講師手冊', '學員學習單', '議程', '投影片', '您的姓名', '謝謝', '課程流程表'])
      expect(taipei).toContain(word);
    for (const word of ['강사 가이드', '참가자 실습지', '교육 일정', '성명', '감사합니다', '진행표', '휴식'])
      expect(seoul).toContain(word);
    // Taiwan's kit has its own words, not the Simplified ones (the content's Simplified line has none of these).
    for (const simplified of ['讲师', '练习', '议程', '幻灯片', '学员']) expect(taipei).not.toContain(simplified);
    for (const english of [
      'Facilitator guide',
      'Participant worksheets',
      'Agenda',
      'Your name',
      'Thank you',
      'Page 1 of',
    ])
      for (const kit of [tokyo, shanghai, taipei, seoul]) expect(kit).not.toContain(english);
    // Numbers and their counters with no space between, as the languages write them.
    expect(tokyo).toMatch(/演習\d/);
    expect(shanghai).toMatch(/练习\d/);
    expect(shanghai).not.toMatch(/练习 \d/);
    expect(taipei).toMatch(/練習\d/);
    expect(taipei).not.toMatch(/練習 \d/);
    // Korean spaces its words, and the tool's numbers after them; a count is written against its counter.
    expect(seoul).toMatch(/실습 \d/);
    expect(seoul).not.toMatch(/실습\d/);
    expect(seoul).toMatch(/\d+분/);
    // Dates as Intl writes them; clock times in 24 hours, as the other built-in languages print them.
    expect(seoul).toContain('2027년 3월 2일 화요일');
    expect(taipei).toContain('2027年3月2日 星期二');
    for (const kit of [seoul, taipei]) expect(kit).toContain('09:00–12:30');
    expect(seoul).not.toMatch(/오전|오후/);
    expect(taipei).not.toMatch(/上午|下午/);
  });

  it.skipIf(!office)(
    'the PDFs hold the CJK text in logical order, drawn with the CJK faces embedded as subsets',
    () => {
      const ownFace = { tokyo: 'JP', shanghai: 'SC', taipei: 'TC', seoul: 'KR' } as Record<string, string>;
      for (const client of CLIENT_IDS) {
        for (const pdf of ['slides.pdf', 'facilitator-guide.pdf', 'handouts.pdf']) {
          const path = join(out, client, pdf);
          const text = squash(pdfPages(path).join('\n')).replace(/\s+/g, '');
          expect(text, `${client} ${pdf}`).toContain(JA_LINE);
          expect(text, `${client} ${pdf}`).toContain(ZH_LINE);
          expect(text, `${client} ${pdf}`).toContain(TW_LINE);
          expect(text, `${client} ${pdf}`).toContain(KO_LINE.replace(/\s+/g, ''));
          // No rendered line starts with closing punctuation.
          for (const line of execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\n'))
            expect(line.trim(), `${client} ${pdf}`).not.toMatch(/^[。、」）]/);
          const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
          expect(fonts, `${client} ${pdf}`).toMatch(
            /[A-Z]{6}\+NotoSansJP-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
          );
          expect(fonts, `${client} ${pdf}`).toMatch(/[A-Z]{6}\+NotoSansSC-Regular/);
          expect(fonts, `${client} ${pdf}`).toMatch(/[A-Z]{6}\+NotoSansKR-Regular/);
          expect(fonts, `${client} ${pdf}`).toMatch(new RegExp(`[A-Z]{6}\\+NotoSans${ownFace[client]}-Regular`));
        }
        // Subsets: the slides of a kit with a few CJK lines stay far below one face's 5 MB.
        expect(readFileSync(join(out, client, 'slides.pdf')).length).toBeLessThan(1_500_000);
        expect(squash(pdfPages(join(out, client, 'worksheets.pdf'))[0]!)).toMatch(
          /Co\. “(東京|华东|臺灣|한국)” <(本社|总部|總部|본사)> O’Brien/,
        );
      }
    },
  );

  it.skipIf(!office)(
    'the decks have no word outside its box in LibreOffice, which draws CJK in the Noto faces',
    () => {
      withCjkFontconfig(() => {
        for (const client of CLIENT_IDS) {
          const converted = convert(new Uint8Array(readFileSync(join(out, client, 'deck.pptx'))));
          expect(overflowing(converted), client).toEqual([]);
        }
      });
    },
    300_000,
  );
});

describe('a face that is not installed', () => {
  it('is reported at the first character that needs it, with the script and the command; the build then succeeds', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'wk-cjk-nofonts-'));
    const previous = process.env[CJK_FONT_DIR_VARIABLE];
    try {
      process.env[CJK_FONT_DIR_VARIABLE] = empty;
      const run = await runCli(['--content', content, '--check', '--client', 'tokyo']);
      expect(run.code).toBe(1);
      const welcome = readFileSync(join(content, 'modules', 'welcome.md'), 'utf8').split('\n');
      const jaLine = welcome.findIndex((l) => l.includes(JA_LINE)) + 1;
      const nameColumn = CLIENTS.tokyo.indexOf('東') + 1;
      expect(diagnosticKeys(run.stderr)).toEqual(
        expect.arrayContaining([
          `modules/welcome.md:${jaLine}:3 text/font-not-installed`,
          `clients/tokyo.yaml:1:${nameColumn} text/font-not-installed`,
        ]),
      );
      expect(run.stderr).toContain('is printed in the Japanese face');
      expect(run.stderr).toContain('`npm i -D @expo-google-fonts/noto-sans-jp`');
      // Ideographs take the face of every kit's language; the Korean client's kit sets them in the Korean face.
      expect(run.stderr).toContain('`npm i -D @expo-google-fonts/noto-sans-kr`');
      expect(run.stderr).not.toContain('text/unprintable');
    } finally {
      if (previous === undefined) delete process.env[CJK_FONT_DIR_VARIABLE];
      else process.env[CJK_FONT_DIR_VARIABLE] = previous;
      rmSync(empty, { recursive: true, force: true });
    }
    // The same folder laid out as node_modules, with the faces "installed": the same check passes.
    const installed = mkdtempSync(join(tmpdir(), 'wk-cjk-fonts-'));
    try {
      // The bundled workshop now holds a line in each script, so the check needs all four faces.
      for (const face of ['sc', 'tc', 'jp', 'kr']) {
        const pkg = `@expo-google-fonts/noto-sans-${face}`;
        const from = realpathSync(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)));
        mkdirSync(join(installed, '@expo-google-fonts'), { recursive: true });
        cpSync(from, join(installed, pkg), { recursive: true, filter: (p) => !p.endsWith('.png') });
      }
      process.env[CJK_FONT_DIR_VARIABLE] = installed;
      const run = await runCli(['--content', content, '--check', '--client', 'tokyo']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    } finally {
      if (previous === undefined) delete process.env[CJK_FONT_DIR_VARIABLE];
      else process.env[CJK_FONT_DIR_VARIABLE] = previous;
      rmSync(installed, { recursive: true, force: true });
    }
  });
});
