// Every character a content file puts on paper must be printable, checked where it is written: the PDF renderers only
// know the block a character is in, often the top of a YAML file or the slide that shows it.
import type { Diagnostic } from '../diagnostics.js';
import { type CjkFace, cjkFaceOfText, isCjk } from '../text/cjk.js';
import { hasGlyph, PRINTING_FONTS } from '../text/printable.js';
import { scriptOfCharacter } from '../text/scripts.js';
import { type FaceWanted, faceWanted, missingFaceReport } from './cjk-fonts.js';

export interface WrittenText {
  file: string;
  text: string;
  /** Markdown: its front matter is YAML, its body Markdown; plain: every character (a CSV file of names). */
  kind: 'yaml' | 'markdown' | 'plain';
}

/** One report per run of unprintable characters ("東京") and file, at its first place, saying how many more there are. */
/**
 * `hanFaces`: the east-Asian faces the kit's languages set ideographs in (a Japanese client's kanji in the Japanese
 * face); none given, any installed face will do.
 */
export function checkPrintable(
  files: readonly WrittenText[],
  diagnostics: Diagnostic[],
  hanFaces: readonly CjkFace[] = [],
): void {
  for (const { file, text, kind } of files) {
    const runs: { text: string; line: number; column: number; end: number }[] = [];
    const wanted = new Map<CjkFace, FaceWanted>();
    forEachPrinted(text, kind, (cp, offset, line, column) => {
      if (isCjk(cp)) {
        const lineStart = offset - column + 1;
        const lineEnd = text.indexOf('\n', offset);
        // As the renderers do: ideographs on a line with kana are Japanese, on a line with hangul Korean.
        const own = cjkFaceOfText(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), undefined);
        const need = faceWanted(cp, own === 'sc' ? hanFaces : [own]);
        if (need === 'printable') return;
        if (need !== 'unprintable') {
          const seen = wanted.get(need);
          if (seen) seen.more++;
          else wanted.set(need, { line, column, char: String.fromCodePoint(cp), more: 0 });
          return;
        }
      }
      if (hasGlyph(cp)) return;
      const ch = String.fromCodePoint(cp);
      const last = runs[runs.length - 1];
      if (last && last.end === offset) {
        last.text += ch;
        last.end += ch.length;
      } else runs.push({ text: ch, line, column, end: offset + ch.length });
    });
    const found = new Map<string, { line: number; column: number; more: number }>();
    for (const run of runs) {
      const seen = found.get(run.text);
      if (seen) seen.more++;
      else found.set(run.text, { line: run.line, column: run.column, more: 0 });
    }
    for (const [chars, at] of found) {
      const codes = [...chars]
        .slice(0, 6)
        .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
        .join(' ');
      const what =
        [...chars].length === 1
          ? `character ${codes} "${chars}"`
          : `characters "${chars}" (${codes}${[...chars].length > 6 ? ' …' : ''})`;
      const more = at.more ? ` (and ${at.more} more time${at.more === 1 ? '' : 's'} in this file)` : '';
      const one = [...chars].length === 1;
      diagnostics.push({
        rule: 'text/unprintable',
        message: `${what}${more} ${one ? 'has' : 'have'} no glyph in ${PRINTING_FONTS}, the fonts the PDFs are printed with${scriptNote(chars)}; replace or remove ${one ? 'it' : 'them'}`,
        source: { file, line: at.line, column: at.column },
      });
    }
    for (const [face, at] of wanted) diagnostics.push(missingFaceReport(file, face, at));
  }
}

/** Calls `visit` for each character that may reach paper: not in YAML comments or Markdown HTML comments, not whitespace. */
function forEachPrinted(
  text: string,
  kind: WrittenText['kind'],
  visit: (cp: number, offset: number, line: number, column: number) => void,
): void {
  // A module's front matter ends at its second `---` line; YAML files are YAML throughout.
  const frontMatterEnd =
    kind === 'yaml'
      ? text.length
      : kind === 'plain'
        ? 0
        : /^---\r?\n/.test(text)
          ? (/\n---[ \t]*(\r?\n|$)/.exec(text)?.index ?? text.length)
          : 0;
  let line = 1;
  let lineStart = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 10) {
      line++;
      lineStart = i + 1;
      quote = undefined;
      i++;
      continue;
    }
    if (i < frontMatterEnd) {
      // YAML: a `#` at the start or after a space, outside quotes, starts a comment to the end of the line.
      if (!quote && cp === 35 && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        const end = text.indexOf('\n', i);
        i = end < 0 ? text.length : end;
        continue;
      }
      // A quote opens a quoted value only where a value starts (an apostrophe in plain text opens nothing).
      if (quote === text[i]) quote = undefined;
      else if (!quote && (cp === 34 || cp === 39) && /(^|[:\-[{,])\s*$/.test(text.slice(lineStart, i))) quote = text[i];
    } else if (kind === 'markdown' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      const stop = end < 0 ? text.length : end + 3;
      for (let j = i; j < stop; j++)
        if (text.charCodeAt(j) === 10) {
          line++;
          lineStart = j + 1;
        }
      i = stop;
      continue;
    }
    // ASCII is always printable, and controls never reach paper.
    if (cp >= 0xa0) visit(cp, i, line, i - lineStart + 1);
    i += width;
  }
}

/** What the characters are: their script, and the face that has them, which the kit cannot print with yet. */
function scriptNote(chars: string): string {
  const script = scriptOfCharacter([...chars][0]!);
  if (!script) return ' (rarer scripts are not printed yet)';
  const face = script.pkg ? ` (Noto's face for it is the npm package ${script.pkg})` : '';
  return `: ${script.name} script, which workshop-kit cannot print yet${face}`;
}
