// Where a line may break inside text without spaces: between Chinese and Japanese characters, by the Unicode line
// breaking algorithm (UAX #14, the `linebreak` package pdfkit breaks with), held to the kinsoku rules PowerPoint applies.
import LineBreaker from 'linebreak';
import { Memo } from '../util/memo.js';
import { isCjk, isHangul } from './cjk.js';

/** Characters no line may start with (PowerPoint's Japanese "no line start" set, which its Chinese sets are part of). */
const NO_START = new Set(
  '!%),.:;?]}¢°’”‰′″℃、。々〉》」』】〕〗〙〛ぁぃぅぇぉっゃゅょゎゕゖ゛゜ゝゞァィゥェォッャュョヮヵヶ・ーヽヾ！％），．：；？］｝｡｣､･ｧｨｩｪｫｬｭｮｯｰﾞﾟ￠〜～‥…',
);
/** Characters no line may end with. */
const NO_END = new Set('$([{£¥‘“〈《「『【〔〖〘〚＄（［｛｢￡￥');

/** Whether a line may break between two characters written next to each other with no space. */
export function mayBreakBetween(before: string, after: string): boolean {
  const a = before.codePointAt(0)!;
  const b = after.codePointAt(0)!;
  // Latin text keeps breaking at spaces only, as it always has. Korean is set by words, at its spaces: a word holds
  // together whatever touches its hangul ("9쪽", "자료).", "PowerPoint를"), where UAX #14 alone would break "9|쪽".
  if (!(isCjk(a) || isCjk(b)) || isHangul(a) || isHangul(b)) return false;
  if (NO_START.has(after) || NO_END.has(before)) return false;
  return true;
}

const pieces = new Memo<string, string[]>({ entries: 50_000 });

/**
 * A word (text without spaces) cut where a line may break inside it: "研修の目的。" → 研 修 の 目 的。, and
 * "PowerPoint資料" → PowerPoint 資 料. A word with no east-Asian character stays whole.
 */
export function cjkPieces(word: string): string[] {
  let cjk = false;
  for (let i = 0; i < word.length && !cjk; i++) cjk = isCjk(word.codePointAt(i)!);
  if (!cjk) return [word];
  return pieces.getOrMake(word, () => {
    const out: string[] = [];
    const breaker = new LineBreaker(word);
    let start = 0;
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
      const at = bk.position;
      if (at >= word.length) break;
      const before = String.fromCodePoint(word.codePointAt(at - 1 - (isLowSurrogate(word, at - 1) ? 1 : 0))!);
      if (!mayBreakBetween(before, String.fromCodePoint(word.codePointAt(at)!))) continue;
      out.push(word.slice(start, at));
      start = at;
    }
    out.push(word.slice(start));
    return out;
  });
}

function isLowSurrogate(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The last character of a text (a whole code point). */
export function lastChar(text: string): string {
  const end = text.length - (isLowSurrogate(text, text.length - 1) ? 2 : 1);
  return text.slice(Math.max(0, end));
}

/** Whether a line may break where two runs meet ("**重要**です" breaks neither before "。" nor after "「"). */
export function mayBreakAcross(before: string, after: string): boolean {
  if (before === '' || after === '') return false;
  const a = lastChar(before);
  const b = String.fromCodePoint(after.codePointAt(0)!);
  return (isCjk(a.codePointAt(0)!) || isCjk(b.codePointAt(0)!)) && cjkPieces(a + b).length > 1;
}
