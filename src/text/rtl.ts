// Scripts written right to left (Hebrew, Arabic and the languages written in them): which characters are theirs, which
// way a paragraph runs, which language a run of them is tagged with, and the faces that draw them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { baseLanguage } from '../i18n/regions.js';

/** Letters of scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
export function isRightToLeft(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

export function hasRightToLeft(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp >= 0x0590 && isRightToLeft(text.codePointAt(i)!)) return true;
  }
  return false;
}

/** The right-to-left scripts the kit prints, each in a face of its own. */
export type RtlScript = 'hebrew' | 'arabic';

export function isHebrew(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x05ff) || (cp >= 0xfb1d && cp <= 0xfb4f);
}

/** Arabic and its supplements and presentation forms (Persian and Urdu letters are in these blocks too). */
export function isArabic(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  );
}

/** The right-to-left script a text is written in, by its first such letter; undefined for a text with none. */
export function rtlScriptOfText(text: string): RtlScript | undefined {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isHebrew(cp)) return 'hebrew';
    if (isArabic(cp)) return 'arabic';
  }
  return undefined;
}

/**
 * Languages written right to left: Arabic, Hebrew (and its old tag `iw`), Persian, Urdu, Pashto, Sindhi, Yiddish,
 * Sorani Kurdish, Uyghur, Dhivehi.
 */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'ckb', 'ug', 'dv']);

/** Whether a client's language is written right to left, so its slides are laid out mirrored. */
export function isRightToLeftLanguage(tag: string): boolean {
  return RTL_LANGUAGES.has(baseLanguage(tag)) && !/-latn(-|$)/i.test(tag);
}

/** The script a right-to-left language is written in. */
export function scriptOfLanguage(tag: string): RtlScript | undefined {
  if (!isRightToLeftLanguage(tag)) return undefined;
  return ['he', 'iw', 'yi'].includes(baseLanguage(tag)) ? 'hebrew' : 'arabic';
}

/** The language a run in a right-to-left script is tagged with: the client's where it writes that script, else the script's own. */
export function languageOfRtlScript(script: RtlScript, tag: string): string {
  if (scriptOfLanguage(tag) === script) return tag;
  return script === 'hebrew' ? 'he-IL' : 'ar-SA';
}

/** Unicode bidi classes of the first strong character (rule P2 of UAX #9), without a full classification table. */
function strongDirection(cp: number): 'ltr' | 'rtl' | undefined {
  if (isRightToLeft(cp)) {
    // Arabic digits and marks are weak: they do not decide a paragraph's direction.
    if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9) || (cp >= 0x0610 && cp <= 0x061a))
      return undefined;
    if (
      (cp >= 0x064b && cp <= 0x065f) ||
      cp === 0x0670 ||
      (cp >= 0x0591 && cp <= 0x05c7 && cp !== 0x05be && cp !== 0x05c0 && cp !== 0x05c3 && cp !== 0x05c6)
    )
      return undefined;
    return 'rtl';
  }
  return /\p{L}/u.test(String.fromCodePoint(cp)) ? 'ltr' : undefined;
}

/**
 * The direction a paragraph runs in, by its first strong letter (UAX #9, P2 and P3): a Hebrew line quoted in an
 * English workshop runs right to left, an English product name in a Hebrew one left to right. A paragraph with no
 * letter at all (a number, a dash) takes the kit's own direction.
 */
export function paragraphDirection(text: string, kitIsRightToLeft = false): 'ltr' | 'rtl' {
  for (const ch of text) {
    const d = strongDirection(ch.codePointAt(0)!);
    if (d) return d;
  }
  return kitIsRightToLeft ? 'rtl' : 'ltr';
}

/**
 * The face PowerPoint draws each script in, named in the deck's `a:cs` slot: Arial has Hebrew and Arabic on Windows
 * and on the Mac, so the deck opens alike everywhere.
 */
export const OFFICE_CS_FONT: Record<RtlScript, string> = { hebrew: 'Arial', arabic: 'Arial' };

const require = createRequire(import.meta.url);

/** Noto Sans Hebrew and Noto Sans Arabic, regular and bold: the PDFs print the scripts in them (OFL, npm packages). */
export function rtlFiles(script: RtlScript): { regular: string; bold: string } {
  const name = script === 'hebrew' ? 'NotoSansHebrew' : 'NotoSansArabic';
  const dir = dirname(require.resolve(`@expo-google-fonts/noto-sans-${script}/package.json`));
  return {
    regular: join(dir, '400Regular', `${name}_400Regular.ttf`),
    bold: join(dir, '700Bold', `${name}_700Bold.ttf`),
  };
}
