// A placeholder's text frame and paragraphs without what its template already sets: layout measured the text with the
// template's insets, anchoring, line and paragraph spacing and list indents, so where the slide's values are the
// template's the slide leaves them out and PowerPoint takes them from the layout (and "Reset slide" changes nothing).
// What the content needs otherwise (no space before the first paragraph, a number's wider hanging room, a quote's
// indent) stays written, at the values layout measured.

import type { Element as XmlElement } from '@xmldom/xmldom';
import type { LevelSetting, TextSetting } from '../../template/text-setting.js';
import type { Spacing } from '../../template/types.js';
import { direct, elements, NS } from './dom.js';
import type { MeasuredIndent } from './text.js';

const EMU_PER_PT = 12_700;
/** Values this close (points, or shares of a line) are the same value written with rounding. */
const SAME = 0.05;
const INSETS = [
  ['lIns', 'l'],
  ['tIns', 't'],
  ['rIns', 'r'],
  ['bIns', 'b'],
] as const;

/**
 * Drops from a placeholder shape `sp` the insets, anchoring, spacing and indents equal to `setting`'s; its paragraphs'
 * indents are first set to those layout measured (`indents`, in paragraph order).
 */
export function inheritTextSetting(
  sp: XmlElement,
  setting: TextSetting,
  indents: readonly MeasuredIndent[] = [],
): void {
  const body = elements(sp, NS.p, 'txBody')[0];
  const bodyPr = direct(body, NS.a, 'bodyPr')[0];
  if (bodyPr) {
    for (const [attr, key] of INSETS) {
      const written = bodyPr.getAttribute(attr);
      if (written !== null && written !== '' && near(Number(written) / EMU_PER_PT, setting.insets[key]))
        bodyPr.removeAttribute(attr);
    }
    if (bodyPr.getAttribute('anchor') === setting.anchor) bodyPr.removeAttribute('anchor');
  }
  direct(body, NS.a, 'p').forEach((p, i) => {
    const pPr = direct(p, NS.a, 'pPr')[0];
    if (!pPr) return;
    const n: 1 | 2 = Number(pPr.getAttribute('lvl')) >= 1 ? 2 : 1;
    const level = setting.levels[n];
    for (const [name, spacing] of [
      ['lnSpc', level.line],
      ['spcBef', level.before],
      ['spcAft', level.after],
    ] as const)
      for (const el of direct(pPr, NS.a, name)) if (sameSpacing(el, spacing)) pPr.removeChild(el);
    const measured = indents[i];
    if (measured) {
      pPr.setAttribute('marL', String(Math.round(measured[0] * EMU_PER_PT)));
      pPr.setAttribute('indent', String(Math.round(measured[1] * EMU_PER_PT)));
    }
    if (sameIndents(pPr, level)) {
      pPr.removeAttribute('marL');
      pPr.removeAttribute('indent');
    }
  });
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME;
}

/** Whether an `lnSpc`, `spcBef` or `spcAft` element says what `spacing` does (nothing is nothing in either unit). */
function sameSpacing(el: XmlElement, spacing: Spacing): boolean {
  const pct = direct(el, NS.a, 'spcPct')[0]?.getAttribute('val');
  const pts = direct(el, NS.a, 'spcPts')[0]?.getAttribute('val');
  const written: Spacing | undefined =
    pct != null ? { pct: Number(pct) / 100_000 } : pts != null ? { pts: Number(pts) / 100 } : undefined;
  if (!written) return false;
  const value = (s: Spacing) => ('pct' in s ? s.pct : s.pts);
  if (el.localName !== 'lnSpc' && value(written) === 0 && value(spacing) === 0) return true;
  return 'pct' in written === 'pct' in spacing && near(value(written), value(spacing));
}

function sameIndents(pPr: XmlElement, level: LevelSetting): boolean {
  const emu = (attr: string) => Number(pPr.getAttribute(attr) || '0') / EMU_PER_PT;
  return near(emu('marL'), level.marL) && near(emu('indent'), level.indent);
}
