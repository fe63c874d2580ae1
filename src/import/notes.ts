// A slide's speaker notes: the notes page's body text, paragraph by paragraph, lines written as list items ("•",
// "–", "1.") or bulleted in PowerPoint as Markdown lists, and a line that only plans the slide's time ("5 min",
// "[10 minutes]", "Timing: 3'") read as its minutes.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, child, children, P } from '../template/ooxml.js';
import { type Parts, parseXml, type Relationship, relationshipsOf } from '../template/package.js';
import { cleanText, type Run, runsToMarkdown } from './inline.js';
import { placedShapes } from './shapes.js';
import { listIndent, runsOf, type TextContext } from './text.js';
import type { Block, Paragraph } from './types.js';

const TIME_WORDS = 'time|timing|duration|length|allow|zeit|dauer|durée|temps|duración|tiempo|duur|tijd';
const UNIT = "(?:min(?:ute)?s?\\.?|minuten|minutos|minuti|['’′])";
/** A paragraph that only gives the slide's time. */
const TIMING = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:(?:${TIME_WORDS})\\s*[:=–-]?\\s*)?(?:ca\\.?\\s*|approx\\.?\\s*|~\\s*)?(\\d{1,3})\\s*${UNIT}[\\s\\])]*\\.?$`,
  'iu',
);
/** A paragraph that starts by giving the slide's time: "[5 min] Ask the room...". */
const LEADING_TIMING = new RegExp(`^[[(]\\s*(\\d{1,3})\\s*${UNIT}\\s*[\\])]\\s*`, 'iu');
const TEXT_BULLET = /^(\s*)([•▪◦‣●○■□–*-])\s+/;
const TEXT_NUMBER = /^(\s*)(\d{1,3})[.)]\s+/;

/** The notes of the slide whose relationships are `slideRels`, as blocks, and the minutes they plan. */
export function notesOf(
  parts: Parts,
  slideRels: readonly Relationship[],
  context: TextContext,
): { blocks: Block[]; minutes?: number } {
  const part = slideRels.find((r) => r.type === 'notesSlide')?.target;
  if (!part || !parts[part]) return { blocks: [] };
  const root = parseXml(parts, part);
  const rels = relationshipsOf(parts, part);
  const body = placedShapes(root, { layout: [], master: [] }).find((s) => s.kind === 'sp' && s.ph?.type === 'body');
  const blocks: Block[] = [];
  let minutes: number | undefined;
  let list: Paragraph[] | undefined;
  for (const p of children(child(body?.el, P, 'txBody'), A, 'p')) {
    const runs = runsOf(p, { ...context, rels });
    const raw = runs.map((r) => (r.br ? '\n' : r.text)).join('');
    if (!cleanText(raw)) {
      list = undefined;
      continue;
    }
    const timing = TIMING.exec(cleanText(raw)) ?? undefined;
    if (timing && minutes === undefined) {
      minutes = Number(timing[1]);
      continue;
    }
    const leading = LEADING_TIMING.exec(raw.trimStart());
    if (leading && minutes === undefined) minutes = Number(leading[1]);
    const item = listItemOf(p, leading ? strip(runs, raw.length - raw.trimStart().length + leading[0].length) : runs);
    if (item.marker === 'none') {
      list = undefined;
      blocks.push({ kind: 'paragraphs', paragraphs: [item] });
    } else if (list) list.push(item);
    else {
      list = [item];
      blocks.push({ kind: 'paragraphs', paragraphs: list });
    }
  }
  return {
    blocks: blocks.filter((b) => b.kind !== 'paragraphs' || b.paragraphs.some((p) => p.plain)),
    ...(minutes ? { minutes } : {}),
  };
}

/** A notes paragraph: a list item where PowerPoint bullets or numbers it, or its text starts with a bullet or number. */
function listItemOf(p: XmlElement, runs: Run[]): Paragraph {
  const pPr = child(p, A, 'pPr');
  const raw = runs.map((r) => r.text).join('');
  const bullet = TEXT_BULLET.exec(raw);
  const number = bullet ? null : TEXT_NUMBER.exec(raw);
  const own = Number(pPr?.getAttribute('lvl') ?? 0) || 0;
  if (bullet || number) {
    const match = (bullet ?? number)!;
    // The tool's own notes indent a nested item four spaces a level.
    const level = Math.min(8, own + Math.floor(match[1]!.length / 4));
    const marker = number ? 'number' : 'bullet';
    const text = runsToMarkdown(strip(runs, match[0].length), listIndent(level));
    return { ...text, level, marker, ...(number ? { start: Number(number[2]) } : {}) };
  }
  const numbered = child(pPr, A, 'buAutoNum');
  const bulleted = child(pPr, A, 'buChar');
  const marker = numbered ? 'number' : bulleted ? 'bullet' : 'none';
  const text = runsToMarkdown(runs, marker === 'none' ? '' : listIndent(own));
  return { ...text, level: marker === 'none' ? 0 : own, marker };
}

/** The runs without their first `n` characters. */
function strip(runs: readonly Run[], n: number): Run[] {
  const out: Run[] = [];
  let left = n;
  for (const run of runs) {
    if (left <= 0 || run.br) out.push(run);
    else if (run.text.length <= left) left -= run.text.length;
    else {
      out.push({ ...run, text: run.text.slice(left) });
      left = 0;
    }
  }
  return out;
}
