// The feedback QR code in the deck: a white square (its quiet zone) and one custom-geometry shape whose path holds
// every dark run, so it stays a single editable, resizable vector; its alt text is written after pptxgenjs.
import type { QrBox } from '../../layout/types.js';
import { darkRuns, modulesAcross, QUIET_ZONE } from '../qr-runs.js';
import type { PSlide } from './pptxgenjs.js';

/** pptxgenjs names a shape as given (escaped); a name starting so becomes a description (`descr`) when the package is assembled. */
const DESCRIBED = 'descr:';

export function drawQrShape(ps: PSlide, el: QrBox): void {
  const unit = el.frame.w / modulesAcross(el.code);
  const inner = el.code.rows.length * unit;
  ps.addShape('rect', { ...el.frame, fill: { color: 'FFFFFF' }, line: { type: 'none' }, objectName: 'QR code margin' });
  // Points in inches from the shape's corner (pptxgenjs reads numbers under 100 as inches).
  const points = darkRuns(el.code).flatMap((run) => {
    const x = run.column * unit;
    const y = run.row * unit;
    const x2 = x + run.length * unit;
    return [{ x, y, moveTo: true }, { x: x2, y }, { x: x2, y: y + unit }, { x, y: y + unit }, { close: true }];
  });
  // pptxgenjs draws custom geometry (its 'custGeom') though its types do not list the name.
  ps.addShape('custGeom' as never, {
    x: el.frame.x + QUIET_ZONE * unit,
    y: el.frame.y + QUIET_ZONE * unit,
    w: inner,
    h: inner,
    points: points as never,
    fill: { color: '000000' },
    line: { type: 'none' },
    objectName: `${DESCRIBED}${el.alt}`,
  });
}

/** Shapes named for a description: "QR Code N", described by what the name carried (already escaped for XML). */
export function describedShapes(xml: string): string {
  return xml.replace(
    /<p:cNvPr id="(\d+)" name="descr:([^"]*)">/g,
    (_m, id: string, descr: string) => `<p:cNvPr id="${id}" name="QR Code ${id}" descr="${descr}">`,
  );
}
