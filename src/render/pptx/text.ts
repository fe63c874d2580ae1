// Laid-out paragraphs and cells as pptxgenjs text runs: sizes, spacing and indents exactly as layout measured them.

import { cellParas } from '../../layout/table.js';
import { HEADING_ROLES } from '../../layout/text.js';
import type { Cell, Para } from '../../layout/types.js';
import type { Run, Theme } from '../../model/deck.js';
import type { Spacing } from '../../template/types.js';
import type { Palette } from '../colors.js';
import type { TextProps } from './pptxgenjs.js';

/** What text needs to be drawn: theme fonts, palette and the fill behind it. */
export interface TextEnv {
  theme: Theme;
  palette: Palette;
  fill: string;
  lang: string;
  /** Replaces a paragraph's text at render time (the worksheet page number). */
  fillIn?: (p: Para) => Run[] | undefined;
}

/** Paragraphs as pptxgenjs runs; paragraph options ride on each paragraph's first run. */
export function paraRuns(paras: readonly Para[], env: TextEnv): TextProps[] {
  const out: TextProps[] = [];
  const starts = listStarts(paras);
  paras.forEach((p, pi) => {
    const color = env.palette.text(p.role, env.fill);
    const face = HEADING_ROLES.has(p.role) ? env.theme.fonts.heading : env.theme.fonts.body;
    const runs = pieces(env.fillIn?.(p) ?? p.runs);
    runs.forEach((r, ri) => {
      out.push({
        text: r.text,
        options: {
          fontFace: r.code ? env.theme.fonts.mono : face,
          fontSize: p.sizePt,
          color,
          lang: env.lang,
          // pptxgenjs starts a new paragraph wherever `align` changes between runs, so every run carries it.
          align: p.align,
          ...(r.bold ? { bold: true } : {}),
          ...(r.italic ? { italic: true } : {}),
          ...(r.softBreakBefore ? { softBreakBefore: true } : {}),
          // pptxgenjs writes `rtl="1"` on the paragraph of a run that asks for it.
          ...(p.rtl ? { rtlMode: true } : {}),
          ...(ri === 0 ? paraOptions(p, starts[pi]) : {}),
          ...(ri === runs.length - 1 && pi < paras.length - 1 ? { breakLine: true } : {}),
        },
      });
    });
  });
  return out;
}

/**
 * The number each numbered paragraph's list starts at. Clients count consecutive numbered
 * paragraphs (sub-items between them included) from `startAt`, so a whole run carries the number
 * of its first item, which on a continuation page is not 1.
 */
function listStarts(paras: readonly Para[]): (number | undefined)[] {
  let start: number | undefined;
  let last = 0;
  return paras.map((p) => {
    if (p.level === 2) return undefined;
    if (p.marker?.kind !== 'number') {
      start = undefined;
      return undefined;
    }
    if (start === undefined || p.marker.n !== last + 1) start = p.marker.n;
    last = p.marker.n;
    return start;
  });
}

function paraOptions(p: Para, start: number | undefined): NonNullable<TextProps['options']> {
  const o: NonNullable<TextProps['options']> = {
    paraSpaceBefore: p.spaceBeforePt,
    ...(p.spaceAfterPt ? { paraSpaceAfter: p.spaceAfterPt } : {}),
    ...(p.lineSpacing ? lineOptions(p.lineSpacing) : {}),
  };
  if (p.marker?.kind === 'bullet') o.bullet = { indent: p.hangPt, ...(p.level === 2 ? { characterCode: '2013' } : {}) };
  else if (p.marker?.kind === 'number')
    o.bullet = { type: 'number', indent: p.hangPt, numberStartAt: start ?? p.marker.n };
  // pptxgenjs sets a left margin only with a bullet: an invisible one indents a quote, or the rest
  // of a list item cut at a page end.
  // A title set in by its template's margin takes it from the template (measuredIndents), with no marker's room.
  else if (p.indentPt > 0 && p.role !== 'title')
    o.bullet = { indent: p.level === 2 ? p.hangPt : p.indentPt, characterCode: '00A0' };
  if (p.level === 2) o.indentLevel = 1;
  return o;
}

/** What a paragraph's indents are as layout measured them, in points: its left margin and its first line's indent from it. */
export type MeasuredIndent = [marL: number, indent: number];

/**
 * Each paragraph's indents as layout measured them, where pptxgenjs can write only a multiple of one width (a second
 * level's margin twice its hanging room): the package sets these, and leaves out those a template's level sets.
 */
export function measuredIndents(paras: readonly Para[]): MeasuredIndent[] {
  return paras.map((p) => {
    if (p.marker || p.role === 'title') return [p.indentPt, -p.hangPt];
    if (p.indentPt === 0) return [0, 0];
    // A marker-less indented paragraph hangs a non-breaking space in the room a marker would have.
    return [p.indentPt, -(p.level === 2 ? p.hangPt : p.indentPt)];
  });
}

/** A template's line spacing as pptxgenjs writes it: a share of a line (`spcPct`) or points (`spcPts`). */
function lineOptions(s: Spacing): NonNullable<TextProps['options']> {
  return 'pct' in s ? { lineSpacingMultiple: s.pct } : { lineSpacing: s.pts };
}

/** Splits runs at `\n` into runs that start with a line break inside the same paragraph. */
function pieces(runs: readonly Run[]): (Run & { softBreakBefore?: boolean })[] {
  const out: (Run & { softBreakBefore?: boolean })[] = [];
  for (const r of runs) {
    r.text.split(/\r?\n/).forEach((text, i) => {
      if (i > 0 && out.length === 0) out.push({ text: '' });
      out.push({ ...r, text, ...(i > 0 ? { softBreakBefore: true } : {}) });
    });
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** A laid-out table cell's paragraphs as runs (3 pt between paragraphs, as layout measured). */
export function cellRuns(cell: Cell, env: TextEnv): TextProps[] {
  return paraRuns(cellParas(cell), env);
}
