// Chinese, Japanese and Korean: which characters are theirs, which face draws them for a language, and where those
// faces are installed. The faces are large (5 to 10 MB a style), so they are not dependencies of the package: a content
// that needs one is told the command that installs it, and the build then finds it with no other change.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { baseLanguage, isTraditionalChinese } from '../i18n/regions.js';

/** The four east-Asian faces: Noto Sans SC (Simplified Chinese), TC (Traditional), JP, KR. */
export type CjkFace = 'sc' | 'tc' | 'jp' | 'kr';
export const CJK_FACES: readonly CjkFace[] = ['sc', 'tc', 'jp', 'kr'];

/** The script each face is installed for, in the words of the error that asks for it. */
export const CJK_SCRIPT: Record<CjkFace, string> = {
  sc: 'Simplified Chinese',
  tc: 'Traditional Chinese',
  jp: 'Japanese',
  kr: 'Korean',
};

/** The npm package of a face: @expo-google-fonts ships each Google Fonts family as plain TrueType files pdfkit embeds. */
export function cjkPackage(face: CjkFace): string {
  return `@expo-google-fonts/noto-sans-${face}`;
}

export function installCommand(face: CjkFace): string {
  return `npm i -D ${cjkPackage(face)}`;
}

/**
 * Where the faces are looked up instead of the installed packages: a folder laid out as node_modules
 * (`DIR/@expo-google-fonts/noto-sans-jp/…`). Only for trying a build without a face (the tests point it at an empty folder).
 */
export const CJK_FONT_DIR_VARIABLE = 'WORKSHOP_KIT_CJK_FONT_DIR';

const require = createRequire(import.meta.url);

/** The TrueType files of a face, regular and bold (the kit sets nothing lighter or heavier), or undefined when not installed. */
export function cjkFiles(face: CjkFace): { regular: string; bold: string } | undefined {
  const root = process.env[CJK_FONT_DIR_VARIABLE];
  let dir: string;
  if (root !== undefined) dir = join(root, cjkPackage(face));
  else {
    try {
      dir = dirname(require.resolve(`${cjkPackage(face)}/package.json`));
    } catch {
      return undefined;
    }
  }
  const name = `NotoSans${face.toUpperCase()}`;
  const files = {
    regular: join(dir, '400Regular', `${name}_400Regular.ttf`),
    bold: join(dir, '700Bold', `${name}_700Bold.ttf`),
  };
  return existsSync(files.regular) && existsSync(files.bold) ? files : undefined;
}

/** Hiragana, katakana (and their half-width and phonetic extensions): plainly Japanese. */
export function isKana(cp: number): boolean {
  return (
    (cp >= 0x3041 && cp <= 0x309f) ||
    (cp >= 0x30a0 && cp <= 0x30ff && cp !== 0x30fb && cp !== 0x30fc) ||
    (cp >= 0x31f0 && cp <= 0x31ff) ||
    (cp >= 0xff66 && cp <= 0xff9d) ||
    (cp >= 0x1b000 && cp <= 0x1b16f)
  );
}

/** Hangul syllables and jamo: plainly Korean. */
export function isHangul(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3130 && cp <= 0x318f) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xffa0 && cp <= 0xffdc)
  );
}

/** Han ideographs (unified, extensions, compatibility). */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3005 && cp <= 0x3007) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

/**
 * A character set in an east-Asian face: the scripts above, their punctuation and symbols (、。「」〜), bopomofo,
 * enclosed and compatibility forms, and the full-width forms (！（）：). None of them is in Arimo or DejaVu.
 */
export function isCjk(cp: number): boolean {
  return (
    isHan(cp) ||
    isKana(cp) ||
    isHangul(cp) ||
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0x31a0 && cp <= 0x31bf) ||
    (cp >= 0x3200 && cp <= 0x33ff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff01 && cp <= 0xffef)
  );
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp >= 0x1100 && isCjk(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** The face a language sets ideographs in (a Japanese kanji is not drawn as its Chinese form), undefined for others. */
export function cjkFaceOfLanguage(tag: string): CjkFace | undefined {
  const language = baseLanguage(tag);
  if (language === 'zh') return isTraditionalChinese(tag) ? 'tc' : 'sc';
  if (language === 'ja') return 'jp';
  if (language === 'ko') return 'kr';
  return undefined;
}

/**
 * The face for the ideographs and punctuation of a text whose language sets them in `own` (none for a language
 * that is not east-Asian): Japanese where the text has kana, Korean where it has hangul, else `own`, else Simplified Chinese.
 */
export function cjkFaceOfText(text: string, own: CjkFace | undefined): CjkFace {
  let hangul = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isKana(cp)) return 'jp';
    hangul ||= isHangul(cp);
  }
  return hangul ? 'kr' : (own ?? 'sc');
}

/** The language a run in a face is tagged with: the client's where it writes that script, else the script's own. */
export function languageOfFace(face: CjkFace, tag: string): string {
  if (cjkFaceOfLanguage(tag) === face) return tag;
  return { sc: 'zh-CN', tc: 'zh-TW', jp: 'ja-JP', kr: 'ko-KR' }[face];
}

/** The face PowerPoint has for each on Windows and Mac Office, named in the deck's `a:ea` slot. */
export const OFFICE_EA_FONT: Record<CjkFace, string> = {
  sc: 'Microsoft YaHei',
  tc: 'Microsoft JhengHei',
  jp: 'Yu Gothic',
  kr: 'Malgun Gothic',
};

/** Line pitch of text holding east-Asian characters: Noto Sans CJK's ascent and descent (1.45 em) and the clients' margin. */
export const CJK_LINE_HEIGHT = 1.5;
