// Japanese and Simplified Chinese clients on templates whose themes name east-Asian fonts, as Chinese and Japanese
// corporate templates do: one naming its own `a:ea` typefaces (SimSun in titles, 宋体 in text), whose runs then refer
// to them (`+mj-ea`, `+mn-ea`); one leaving `a:ea` empty as Office does and listing a face per script
// (`<a:font script="Jpan">`, `"Hans"`), whose runs name the listed face of their script. Every deck validates, and
// nothing overflows in LibreOffice (which has none of those faces: the text is measured with the Noto stand-in).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { decodeXml } from './support/artefacts.js';
import { withCjkFontconfig } from './support/cjk-fontconfig.js';
import { FIXTURES } from './support/fixtures.js';
import { makeTemplate } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice');

const JA = '研修の目的は、「リーダーシップ」と「マネジメント」の違いを理解し、行動計画を作ることです。';
const ZH = '我们将区分领导与管理，并制定下一个三十天的个人行动计划（PowerPoint资料）。';

/** Client id → its language and the template it is built on. */
const CLIENTS: Record<string, { lang: string; template: 'own' | 'listed' }> = {
  'tokyo-own': { lang: 'ja-JP', template: 'own' },
  'shanghai-own': { lang: 'zh-CN', template: 'own' },
  'tokyo-listed': { lang: 'ja-JP', template: 'listed' },
  'shanghai-listed': { lang: 'zh-CN', template: 'listed' },
};

/** The `a:ea` each template's runs must carry, in titles (major) and other text (minor), by the run's face. */
const WANTED = {
  own: { major: { jp: '+mj-ea', sc: '+mj-ea' }, minor: { jp: '+mn-ea', sc: '+mn-ea' } },
  listed: { major: { jp: 'ＭＳ Ｐゴシック', sc: '黑体' }, minor: { jp: 'ＭＳ Ｐ明朝', sc: '宋体' } },
};

/** A run's face: kana make it Japanese; ideographs alone take the client's (Japanese in a Japanese kit). */
const faceOf = (text: string, lang: string): 'jp' | 'sc' =>
  /[\u3040-\u30ff]/.test(text) || lang === 'ja-JP' ? 'jp' : 'sc';

let content: string;
let out: string;
const reported = new Map<string, unknown[]>();

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-cjk-template-'));
  out = mkdtempSync(join(tmpdir(), 'wk-cjk-template-out-'));
  cpSync(join(FIXTURES, 'base'), content, { recursive: true });
  mkdirSync(join(content, 'assets', 'templates'), { recursive: true });
  writeFileSync(
    join(content, 'assets', 'templates', 'own.potx'),
    await makeTemplate({ eastAsian: { major: 'SimSun', minor: '宋体', scripts: { Jpan: 'ＭＳ 明朝' } } }),
  );
  writeFileSync(
    join(content, 'assets', 'templates', 'listed.potx'),
    await makeTemplate({ eastAsian: { scripts: { Jpan: 'ＭＳ Ｐ明朝', Hans: '宋体' } } }),
  );
  // The major font's lists name other faces: titles take those.
  const listed = join(content, 'assets', 'templates', 'listed.potx');
  writeFileSync(listed, await majorScripts(readFileSync(listed), { Jpan: 'ＭＳ Ｐゴシック', Hans: '黑体' }));
  // East-Asian text in a title and in body text, in both languages, in every kit.
  const module = join(content, 'modules', 'welcome.md');
  writeFileSync(
    module,
    `${readFileSync(module, 'utf8')}\n## 研修の目的 & <本社>\n\n- ${JA}\n- "東京" & O'Brien <HQ>\n\n## 行动计划 "总部"\n\n- ${ZH}\n`,
  );
  for (const [id, c] of Object.entries(CLIENTS))
    writeFileSync(
      join(content, 'clients', `${id}.yaml`),
      `name: '${id === 'tokyo-own' || id === 'tokyo-listed' ? '東京' : '上海'} & Co. "本社" <HQ> O''Brien'\n` +
        `date: 2027-03-02\nstart: "09:00"\nlang: ${c.lang}\ntemplate: assets/templates/${c.template}.potx\n`,
    );
  for (const id of Object.keys(CLIENTS)) {
    const result = await build({ contentDir: content, outDir: join(out, id), clients: [id] });
    reported.set(id, result.diagnostics);
  }
}, 600_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** The template with the major font's script typefaces replaced. */
async function majorScripts(potx: Buffer, scripts: Record<string, string>): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(potx));
  let theme = strFromU8(files['ppt/theme/theme1.xml']!);
  theme = theme.replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, (font) => {
    let f = font;
    for (const [script, face] of Object.entries(scripts))
      f = f.replace(
        new RegExp(`<a:font script="${script}" typeface="[^"]*"/>`),
        `<a:font script="${script}" typeface="${face}"/>`,
      );
    return f;
  });
  files['ppt/theme/theme1.xml'] = strToU8(theme);
  return zipSync(files);
}

const deckPath = (id: string) => join(out, id, id, 'deck.pptx');

/** Every east-Asian run of the deck's slides: whether it is in a title, its text, its `a:ea` face and its language. */
function eastAsianRuns(id: string): { title: boolean; text: string; ea: string; lang: string }[] {
  const files = unzipSync(new Uint8Array(readFileSync(deckPath(id))));
  const runs: { title: boolean; text: string; ea: string; lang: string }[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/^ppt\/slides\/slide\d+\.xml$/.test(name)) continue;
    for (const shape of strFromU8(data).match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
      const title = /<p:ph type="(?:title|ctrTitle)"/.test(shape);
      for (const r of shape.matchAll(/<a:r><a:rPr\b([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)<a:t>([^<]*)<\/a:t><\/a:r>/g)) {
        const text = decodeXml(r[3]!);
        if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) continue;
        runs.push({
          title,
          text,
          ea: decodeXml(/<a:ea typeface="([^"]*)"/.exec(r[2] ?? '')?.[1] ?? ''),
          lang: /lang="([^"]*)"/.exec(r[1]!)?.[1] ?? '',
        });
      }
    }
  }
  return runs;
}

describe.each(Object.entries(CLIENTS))('the %s kit', (id, { lang, template }) => {
  it('builds, saying only that the template’s faces are measured with a stand-in, and its deck validates', () => {
    expect((reported.get(id) as { rule: string }[]).filter((d) => d.rule !== 'template/font-unmeasured')).toEqual([]);
    expect(validatePptx(new Uint8Array(readFileSync(deckPath(id))))).toEqual([]);
  });

  it('sets east-Asian runs in the template’s faces, titles in the major font and other text in the minor', () => {
    const runs = eastAsianRuns(id);
    const faces = lang === 'ja-JP' ? (['jp'] as const) : (['jp', 'sc'] as const);
    for (const title of [true, false])
      for (const face of faces)
        expect(
          runs.filter((r) => r.title === title && faceOf(r.text, lang) === face).length,
          `${face} ${title ? 'title' : 'text'}`,
        ).toBeGreaterThan(0);
    for (const r of runs) {
      const face = faceOf(r.text, lang);
      expect(r.ea, r.text).toBe(WANTED[template][r.title ? 'major' : 'minor'][face]);
      // A run in the client's script takes the client's tag; one in the other, that script's language.
      expect(r.lang, r.text).toBe(face === 'jp' ? 'ja-JP' : 'zh-CN');
    }
  });

  it.skipIf(!office)(
    'has no word outside its box in LibreOffice',
    () => {
      withCjkFontconfig(() => {
        expect(overflowing(convert(new Uint8Array(readFileSync(deckPath(id)))))).toEqual([]);
      });
    },
    300_000,
  );
});
