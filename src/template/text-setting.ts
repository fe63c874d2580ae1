// How a template sets a placeholder's text beyond its look: the text frame's insets and anchoring, and each list
// level's line spacing, space before and after, and indents. Read level by level (only what each states), merged down
// the chain like the look, then resolved with PowerPoint's defaults for a deck to measure with and leave unwritten.

import type { Element as XmlElement } from '@xmldom/xmldom';
import type { FrameLook, LevelLook, Spacing, TemplatePlaceholder } from './types.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const EMU_PER_PT = 12_700;

/** A text frame's setting, every property given: what PowerPoint does with the placeholder when a slide says nothing. */
export interface TextSetting {
  /** Insets in points. */
  insets: { l: number; t: number; r: number; b: number };
  anchor: 't' | 'ctr' | 'b';
  levels: Record<1 | 2, LevelSetting>;
}

export interface LevelSetting {
  line: Spacing;
  before: Spacing;
  after: Spacing;
  marL: number;
  indent: number;
}

/** What PowerPoint takes where nothing in the chain says otherwise (ECMA-376 bodyPr and pPr defaults). */
const DEFAULT_INSETS = { l: 7.2, t: 3.6, r: 7.2, b: 3.6 };
const DEFAULT_LEVEL: LevelSetting = { line: { pct: 1 }, before: { pts: 0 }, after: { pts: 0 }, marL: 0, indent: 0 };

/** A placeholder's setting with the defaults filled in. */
export function textSetting(p: TemplatePlaceholder | undefined): TextSetting {
  const f = p?.textFrame;
  const level = (n: 1 | 2): LevelSetting => ({ ...DEFAULT_LEVEL, ...p?.look?.levels?.[n] });
  return {
    insets: {
      l: f?.l ?? DEFAULT_INSETS.l,
      t: f?.t ?? DEFAULT_INSETS.t,
      r: f?.r ?? DEFAULT_INSETS.r,
      b: f?.b ?? DEFAULT_INSETS.b,
    },
    anchor: f?.anchor === 'ctr' || f?.anchor === 'b' ? f.anchor : 't',
    levels: { 1: level(1), 2: level(2) },
  };
}

/**
 * Which levels of a list at `sizePt` take the template's indents: a bulleted list's first level where its hanging room
 * holds a bullet (three fifths of an em, the widest bullets templates use), its second where the first does and it
 * holds one too, further in. Numbers, and levels whose room is too small, keep the deck's own, written on the slide.
 */
export function takenIndents(setting: TextSetting, ordered: boolean, sizePt: number): Record<1 | 2, boolean> {
  const holds = (l: LevelSetting) => l.marL > 0 && -l.indent >= 0.6 * sizePt && l.marL + l.indent >= 0;
  const [first, second] = [setting.levels[1], setting.levels[2]];
  const one = !ordered && holds(first);
  return { 1: one, 2: one && holds(second) && second.marL > first.marL };
}

/** What a `bodyPr` states of insets and anchoring. */
export function frameLookOf(bodyPr: XmlElement | undefined): FrameLook | undefined {
  if (!bodyPr) return undefined;
  const out: FrameLook = {};
  for (const [attr, key] of [
    ['lIns', 'l'],
    ['tIns', 't'],
    ['rIns', 'r'],
    ['bIns', 'b'],
  ] as const) {
    const v = Number(bodyPr.getAttribute(attr) || 'NaN');
    if (Number.isFinite(v) && v >= 0) out[key] = v / EMU_PER_PT;
  }
  const anchor = bodyPr.getAttribute('anchor');
  if (anchor) out.anchor = anchor;
  return Object.keys(out).length ? out : undefined;
}

/** What a list style's levels 1 and 2 state of spacing and indents. */
export function levelLooksOf(style: XmlElement | undefined): Partial<Record<1 | 2, LevelLook>> | undefined {
  const out: Partial<Record<1 | 2, LevelLook>> = {};
  for (const n of [1, 2] as const) {
    const level = childOf(style, `lvl${n}pPr`);
    if (!level) continue;
    const look: LevelLook = {};
    const line = spacingOf(childOf(level, 'lnSpc'));
    const before = spacingOf(childOf(level, 'spcBef'));
    const after = spacingOf(childOf(level, 'spcAft'));
    if (line) look.line = line;
    if (before) look.before = before;
    if (after) look.after = after;
    const marL = Number(level.getAttribute('marL') || 'NaN');
    const indent = Number(level.getAttribute('indent') || 'NaN');
    if (Number.isFinite(marL)) look.marL = marL / EMU_PER_PT;
    if (Number.isFinite(indent)) look.indent = indent / EMU_PER_PT;
    if (Object.keys(look).length) out[n] = look;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Levels through the chain: each property from the nearest level that states it. */
export function mergedLevels(
  below: Partial<Record<1 | 2, LevelLook>> | undefined,
  own: Partial<Record<1 | 2, LevelLook>> | undefined,
): Partial<Record<1 | 2, LevelLook>> | undefined {
  const out: Partial<Record<1 | 2, LevelLook>> = {};
  for (const n of [1, 2] as const) if (below?.[n] || own?.[n]) out[n] = { ...below?.[n], ...own?.[n] };
  return Object.keys(out).length ? out : undefined;
}

function spacingOf(el: XmlElement | undefined): Spacing | undefined {
  const pct = Number(childOf(el, 'spcPct')?.getAttribute('val') || 'NaN');
  if (Number.isFinite(pct) && pct >= 0) return { pct: pct / 100_000 };
  const pts = Number(childOf(el, 'spcPts')?.getAttribute('val') || 'NaN');
  if (Number.isFinite(pts) && pts >= 0) return { pts: pts / 100 };
  return undefined;
}

function childOf(parent: XmlElement | undefined, local: string): XmlElement | undefined {
  for (let n = parent?.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as XmlElement).namespaceURI === A && (n as XmlElement).localName === local)
      return n as XmlElement;
  return undefined;
}
