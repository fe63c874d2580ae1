// Paragraphs: built from model inlines, measured against a box width, cut at a line when a page ends mid-paragraph.

import type { Block, ListItem, Run } from '../model/deck.js';
import type { Measure } from '../text/measure.js';
import { linesNeeded, type WrappedLine } from '../text/wrapped-lines.js';
import { descentPad } from './geometry.js';

export { descentPad };

import type { Spacing } from '../template/types.js';
import type { Marker, Para, ParaRole, RunLook } from './types.js';

export interface ParaSpec {
  role?: ParaRole;
  level?: 0 | 1 | 2;
  marker?: Marker;
  indentPt?: number;
  hangPt?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineSpacing?: Spacing;
  align?: 'left' | 'center' | 'right';
  keepWithNext?: boolean;
}

/** Roles set in the deck's heading font (the renderers draw them so, layout measures them so). */
export const HEADING_ROLES: ReadonlySet<ParaRole> = new Set<ParaRole>(['title', 'heading', 'cardTitle', 'label']);

/** Runs as the role shows them (roles that are bold or italic in every client, measured so). */
export function styledRuns(runs: readonly Run[], role: ParaRole): Run[] {
  const bold = role === 'heading' || role === 'title' || role === 'cardTitle' || role === 'label';
  const italic = role === 'quote';
  const code = role === 'code';
  return runs.map((r) => ({
    text: r.text,
    ...(r.bold || bold ? { bold: true } : {}),
    ...(r.italic || italic ? { italic: true } : {}),
    ...(r.code || code ? { code: true } : {}),
    ...(HEADING_ROLES.has(role) ? { heading: true } : {}),
    ...(r.caps ? { caps: true } : {}),
    ...(r.spacing ? { spacing: r.spacing } : {}),
  }));
}

/** Runs as a template placeholder's style shows them: in its capitals, character spacing and weight. */
export function lookedRuns(runs: readonly Run[], look: RunLook | undefined): Run[] {
  return look && (look.caps || look.spacing || look.bold) ? runs.map((r) => ({ ...r, ...look })) : [...runs];
}

/** A block's text as a template placeholder's style shows it (see `lookedRuns`). */
export function lookedBlock(block: Block, look: RunLook): Block {
  const item = (i: ListItem): ListItem => ({ content: lookedRuns(i.content, look), children: i.children.map(item) });
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return { ...block, content: lookedRuns(block.content, look) };
    case 'list':
      return { ...block, items: block.items.map(item) };
    case 'quote':
      return { ...block, paragraphs: block.paragraphs.map((p) => lookedRuns(p, look)) };
    default:
      return block;
  }
}

/** A paragraph at `sizePt`, measured for a text area `widthPt` wide. */
export function para(m: Measure, runs: readonly Run[], sizePt: number, widthPt: number, spec: ParaSpec = {}): Para {
  const role = spec.role ?? 'body';
  const p: Para = {
    runs: styledRuns(runs, role),
    role,
    sizePt,
    level: spec.level ?? 0,
    ...(spec.marker ? { marker: spec.marker } : {}),
    indentPt: spec.indentPt ?? 0,
    hangPt: spec.hangPt ?? 0,
    spaceBeforePt: spec.spaceBeforePt ?? 0,
    ...(spec.spaceAfterPt ? { spaceAfterPt: spec.spaceAfterPt } : {}),
    ...(spec.lineSpacing && !('pct' in spec.lineSpacing && spec.lineSpacing.pct === 1)
      ? { lineSpacing: spec.lineSpacing }
      : {}),
    align: spec.align ?? 'left',
    heightPt: 0,
    ...(spec.keepWithNext ? { keepWithNext: true as const } : {}),
  };
  p.heightPt = paraHeight(m, p, linesNeeded(paraLines(m, p, widthPt)));
  return p;
}

/** The height of a paragraph of `lines` lines with its space before and after. */
export function paraHeight(
  m: Measure,
  p: Pick<Para, 'sizePt' | 'lineSpacing' | 'spaceBeforePt' | 'spaceAfterPt'>,
  lines: number,
): number {
  return p.spaceBeforePt + paraLineHeight(m, p, lines) + (p.spaceAfterPt ?? 0);
}

/** The height of `lines` lines of a paragraph, at its size and line spacing. */
export function paraLineHeight(m: Measure, p: Pick<Para, 'sizePt' | 'lineSpacing'>, lines = 1): number {
  const s = p.lineSpacing;
  return !s ? m.lineHeight(p.sizePt, lines) : 'pct' in s ? m.lineHeight(p.sizePt, lines) * s.pct : s.pts * lines;
}

// Pagination tries many fill depths with the same paragraphs; their lines are wrapped once per width.
const lineMemo = new WeakMap<readonly Run[], Map<string, WrappedLine[]>>();

/** The wrapped lines of a paragraph in a text area `widthPt` wide. */
export function paraLines(m: Measure, p: Para, widthPt: number): WrappedLine[] {
  let byKey = lineMemo.get(p.runs);
  if (!byKey) lineMemo.set(p.runs, (byKey = new Map()));
  const key = lineKey(m, p, widthPt);
  let lines = byKey.get(key);
  if (!lines) byKey.set(key, (lines = m.wrapLines(p.runs, widthPt - p.indentPt, p.sizePt)));
  return lines;
}

function lineKey(m: Measure, p: Para, widthPt: number): string {
  return `${widthPt - p.indentPt}/${p.sizePt}/${m.key}`;
}

/** Whether a paragraph in a text area `widthPt` wide has a word too long for a line, which both clients cut between letters. */
export function cutsWord(m: Measure, p: Para, widthPt: number): boolean {
  return paraLines(m, p, widthPt).some((l) => l.broken);
}

/** The same paragraph with other space before (the first paragraph in a box gets none). */
export function withSpaceBefore(p: Para, spaceBeforePt: number): Para {
  return { ...p, spaceBeforePt, heightPt: p.heightPt - p.spaceBeforePt + spaceBeforePt };
}

/**
 * Cuts a paragraph after as many lines as fit in `availPt`: returns the head (or undefined when
 * not even one line fits) and the rest, which carries the marker no more.
 */
export function cutPara(m: Measure, p: Para, widthPt: number, availPt: number): [Para | undefined, Para] {
  const lines = paraLines(m, p, widthPt);
  const lh = paraLineHeight(m, p);
  const spare = lines.some((l) => l.broken) ? 1 : 0;
  const after = p.spaceAfterPt ?? 0;
  const fit = Math.floor((availPt - p.spaceBeforePt - after + 0.01) / lh) - spare;
  if (fit < 1 || fit >= lines.length) return [undefined, p];
  const head: Para = {
    ...p,
    runs: joinLines(lines.slice(0, fit)),
    heightPt: p.spaceBeforePt + lh * (fit + spare) + after,
  };
  const tailLines = lines.slice(fit);
  const tail: Para = {
    ...p,
    runs: joinLines(tailLines),
    spaceBeforePt: 0,
    heightPt: lh * linesNeeded(tailLines) + after,
  };
  delete tail.marker;
  // The rest starts at a line break, so at this width it wraps into exactly the lines it was cut
  // from: known now, a long paragraph cut page after page is wrapped once, not once per page. Only
  // when no line ends inside a cut word or at a hard break: joining those lines does not give back
  // the text they came from, so that rest is wrapped afresh.
  if (!lines.some((l) => l.broken || l.hard))
    lineMemo.set(tail.runs, new Map([[lineKey(m, tail, widthPt), tailLines]]));
  return [head, tail];
}

function joinLines(lines: readonly WrappedLine[]): Run[] {
  const out: Run[] = [];
  lines.forEach((l, i) => {
    const runs = l.runs.map((r) => ({ ...r }));
    // The line break was a space or a newline, unless it cut a word the next line continues (a
    // line holding the end of a cut word and more words after it ended at a space all the same).
    const prev = lines[i - 1];
    if (prev && !prev.endsInWord) out.push({ text: prev.hard ? '\n' : ' ' });
    out.push(...runs);
  });
  return out;
}

/** Width of a list number such as "12." at a size, for the hanging indent. */
export function numberWidth(m: Measure, n: number, sizePt: number): number {
  return m.textWidth(`${n}.`, { sizePt });
}

/**
 * A width (points, at most `widthPt`) at which a paragraph keeps the number of lines it takes at `widthPt`, no word
 * cut, with lines of about equal length: a short last line ("do both", a word alone) does not hang under a long one.
 * Where some such width breaks every line after a phrase (a sentence, a comma, a colon, a dash) it is taken ("Two jobs every team
 * needs, / and how to do both"), else the narrowest. A box that wide wraps the same in PowerPoint, LibreOffice and the PDFs.
 */
export function balancedWidth(m: Measure, p: Para, widthPt: number): number {
  const wide = paraLines(m, p, widthPt);
  if (wide.length < 2 || wide.some((l) => l.broken || l.hard)) return widthPt;
  const keeps = (w: number) => {
    const lines = paraLines(m, p, w);
    return lines.length === wide.length && !lines.some((l) => l.broken);
  };
  let lo = 0;
  let hi = widthPt;
  // Halving to a point: narrower never takes fewer lines, so the narrowest width that keeps the count is a boundary.
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (keeps(mid)) hi = mid;
    else lo = mid;
  }
  const narrowest = Math.ceil(hi);
  for (let w = narrowest; w <= widthPt; w += 2) if (keeps(w) && atPhrases(paraLines(m, p, w))) return w;
  return narrowest;
}

/** Every line but the last ends a phrase, the last holds two words or more, and the shortest is half the longest or more. */
function atPhrases(lines: readonly WrappedLine[]): boolean {
  const text = (l: WrappedLine) =>
    l.runs
      .map((r) => r.text)
      .join('')
      .trim();
  const widths = lines.map((l) => l.widthPt);
  return (
    lines.slice(0, -1).every((l) => /[,;:.!?…–—)]$/.test(text(l))) &&
    text(lines[lines.length - 1]!).split(/\s+/).length >= 2 &&
    Math.min(...widths) >= 0.5 * Math.max(...widths)
  );
}
