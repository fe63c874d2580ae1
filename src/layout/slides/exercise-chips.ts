// A task's scale or categories as a row of tiles under its text, or, where the tiles would be too narrow for their
// words, as a line of text.

import type { Block, Source, TaskChips } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { PT } from '../geometry.js';
import { cutsWord, para, paraLines } from '../text.js';
import { heightOf, textBox } from '../text-box.js';
import type { Element } from '../types.js';

export const CHIP_GAP = 0.25;
const CHIP_INSET = 8;
const CHIP_STRIP = 0.06;
const TILE_GAP = 0.12;

/**
 * A label ("Scale:", "Categories:"), then one tile per scale point or category side by side, at the size of the text
 * above. The label stands level with the tiles, on their left, where it takes a quarter of the row or less (else above
 * them). Undefined when a tile is too narrow for one of its words ("Sometimes" cut letter by letter reads as nothing),
 * so the caller writes the chips as a line.
 */
export function chipRow(
  m: Measure,
  chips: TaskChips,
  width: number,
  size: number,
): { height: number; place: (x: number, y: number) => Element[] } | undefined {
  const label = para(m, [{ text: chips.label }], size, width * PT, { role: 'label' });
  if (cutsWord(m, label, width * PT)) return undefined;
  const labelW = (Math.max(...paraLines(m, label, width * PT).map((l) => l.widthPt)) + 4) / PT;
  const beside = paraLines(m, label, width * PT).length === 1 && labelW + 0.25 <= width / 4;
  const tilesX = beside ? labelW + 0.25 : 0;
  const n = Math.max(1, chips.items.length);
  const w = (width - tilesX - TILE_GAP * (n - 1)) / n;
  const textW = w * PT - 2 * CHIP_INSET;
  if (textW <= 0) return undefined;
  const tiles = chips.items.map((item) => [
    ...(item.head
      ? [para(m, [{ text: item.head }], Math.round(size * 1.2), textW, { role: 'cardTitle', align: 'center' })]
      : []),
    para(m, [{ text: item.text }], size, textW, { align: 'center', spaceBeforePt: 0 }),
  ]);
  if (tiles.some((ps) => ps.some((p) => cutsWord(m, p, textW)))) return undefined;
  const tileH = Math.max(...tiles.map((ps) => heightOf(ps, CHIP_INSET)));
  const labelH = heightOf([label]);
  const above = beside ? 0 : labelH + 0.08;
  return {
    height: above + CHIP_STRIP + tileH,
    place(x, y) {
      const top = y + above;
      const labelY = beside ? top + CHIP_STRIP + (tileH - labelH) / 2 : y;
      const els: Element[] = [textBox([label], { x, y: labelY, w: beside ? labelW : width })];
      tiles.forEach((ps, i) => {
        const left = x + tilesX + i * (w + TILE_GAP);
        els.push({ kind: 'shape', role: 'accent', frame: { x: left, y: top, w, h: CHIP_STRIP } });
        els.push(
          textBox(
            ps,
            { x: left, y: top + CHIP_STRIP, w },
            { style: 'card', insetPt: CHIP_INSET, valign: 'middle', minH: tileH },
          ),
        );
      });
      return els;
    },
  };
}

export function chipsLine(chips: TaskChips, source: Source): Block {
  return {
    kind: 'paragraph',
    content: [
      { text: `${chips.label} `, bold: true },
      {
        text: chips.items
          .filter((i) => i.text !== '')
          .map((i) => (i.head ? `${i.head} = ${i.text}` : i.text))
          .join(' · '),
      },
    ],
    source,
  };
}
