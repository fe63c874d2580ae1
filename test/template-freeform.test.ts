// Free-form drawings (`a:custGeom`) on a template's master or layout, as designers draw panels and swirls: read as
// the outline they are (curves and arcs followed, flips honoured), filled and stroked in slides.pdf as PowerPoint
// fills and strokes them, seen by the colour grid under the tool's text, and kept clear of by its pieces, not by the
// box around a stroke that spans the slide.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createPdf } from '../src/render/pdf/document.js';
import { replay, type SlideDrawing } from '../src/render/pdf/slides/drawing.js';
import { artOf, obstaclesOf } from '../src/template/art.js';
import { freeformOutline, insideOutline } from '../src/template/freeform.js';
import { backdropGrid } from '../src/template/grid.js';
import { HOSTILE } from './support/deck-xml.js';
import { qpdfCheck, toFile } from './support/pdf-text.js';
import { sampleModel } from './support/sample-model-pdf.js';
import { colourAt, colourDistance } from './support/slide-agreement.js';
import { realClients } from './support/tools.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const el = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement as never;
const emu = (n: number) => Math.round(n * 914_400);
const xfrm = (x: number, y: number, w: number, h: number, extra = '') =>
  `<a:xfrm${extra}><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm>`;
/** A speech-bubble panel: a box with a notch at its foot's middle, in a 100 × 100 path. */
const BUBBLE =
  '<a:path w="100" h="100"><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="100" y="0"/></a:lnTo><a:lnTo><a:pt x="100" y="80"/></a:lnTo><a:lnTo><a:pt x="55" y="80"/></a:lnTo><a:lnTo><a:pt x="50" y="100"/></a:lnTo><a:lnTo><a:pt x="45" y="80"/></a:lnTo><a:lnTo><a:pt x="0" y="80"/></a:lnTo><a:close/></a:path>';
/** A quarter arc from the top right corner down to the bottom left, then a short line: a stroke, no fill. */
const SWEEP =
  '<a:path w="200" h="200" fill="none"><a:moveTo><a:pt x="200" y="0"/></a:moveTo><a:arcTo wR="200" hR="200" stAng="0" swAng="5400000"/><a:cubicBezTo><a:pt x="0" y="200"/><a:pt x="10" y="200"/><a:pt x="20" y="200"/></a:cubicBezTo></a:path>';
const shape = (name: string, frame: string, paths: string, paint: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${frame}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>${paths}</a:pathLst></a:custGeom>${paint}</p:spPr></p:sp>`;
const master = (shapes: string) =>
  el(
    `<p:sldMaster ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes}</p:spTree></p:cSld></p:sldMaster>`,
  );
const RED = '<a:solidFill><a:srgbClr val="E0201B"/></a:solidFill><a:ln w="9525"><a:noFill/></a:ln>';

describe('a free-form drawing', () => {
  it('is read as its outline in slide inches, mirrored where the shape is flipped', () => {
    const spPr = el(`<p:spPr ${NS}><a:custGeom><a:pathLst>${BUBBLE}</a:pathLst></a:custGeom></p:spPr>`);
    const outline = freeformOutline(spPr, { x: 2, y: 1, w: 4, h: 2 })!;
    expect(outline).toHaveLength(1);
    expect(outline[0]!.closed).toBe(true);
    expect(outline[0]!.points[4]).toEqual([4, 3]);
    // Inside the box and the notch; outside beside the notch.
    expect(insideOutline(outline, 3, 2)).toBe(true);
    expect(insideOutline(outline, 4, 2.8)).toBe(true);
    expect(insideOutline(outline, 2.5, 2.9)).toBe(false);
    const upsideDown = freeformOutline(spPr, { x: 2, y: 1, w: 4, h: 2 }, { h: false, v: true })!;
    expect(upsideDown[0]!.points[4]).toEqual([4, 1]);
  });

  it('follows arcs and curves point by point, and gives up on guide formulas', () => {
    const spPr = el(`<p:spPr ${NS}><a:custGeom><a:pathLst>${SWEEP}</a:pathLst></a:custGeom></p:spPr>`);
    const [sweep] = freeformOutline(spPr, { x: 0, y: 0, w: 2, h: 2 })!;
    expect(sweep!.unfilled).toBe(true);
    // The arc's centre is (0, 0) in the path: every point of it stays a radius from there, inside the frame.
    for (const [x, y] of sweep!.points.slice(0, 12)) expect(Math.hypot(x, y)).toBeCloseTo(2, 6);
    expect(sweep!.points.at(-1)).toEqual([0.2, 2]);
    const formula = el(
      `<p:spPr ${NS}><a:custGeom><a:pathLst><a:path w="10" h="10"><a:moveTo><a:pt x="wd2" y="0"/></a:moveTo><a:lnTo><a:pt x="10" y="10"/></a:lnTo></a:path></a:pathLst></a:custGeom></p:spPr>`,
    );
    expect(freeformOutline(formula, { x: 0, y: 0, w: 1, h: 1 })).toBeUndefined();
  });

  it('is kept clear of by its strokes’ pieces: a sweep across the slide leaves its middle free', () => {
    const all = obstaclesOf(master(shape('Sweep', xfrm(0, 0, 13, 7.5), SWEEP, RED)));
    // The drawing's own box, which covers the slide (too much to keep clear of), then its stroke's pieces.
    expect(all[0]).toEqual({ kind: 'drawing', frame: { x: 0, y: 0, w: 13, h: 7.5 } });
    const obstacles = all.filter((o) => o.kind === 'stroke');
    expect(obstacles.length).toBeGreaterThan(10);
    const middle = { x: 3, y: 1, w: 6, h: 3 };
    for (const { frame: f } of obstacles)
      expect(
        f.x < middle.x + middle.w && middle.x < f.x + f.w && f.y < middle.y + middle.h && middle.y < f.y + f.h,
      ).toBe(false);
    // A line drawing (no fill) is only its strokes: no box of its own to keep clear of.
    const line = '<a:noFill/><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>';
    const lineOnly = obstaclesOf(master(shape('Line', xfrm(0, 0, 6, 4), SWEEP, line)));
    expect(lineOnly.length).toBeGreaterThan(10);
    expect(lineOnly.every((o) => o.kind === 'stroke')).toBe(true);
    // Its outline passes through the corner the arc sweeps round.
    expect(obstacles.some(({ frame: f }) => f.x < 4 && f.y > 5)).toBe(true);
  });

  it('colours the grid the tool colours its text for, where it fills and only there', () => {
    const art = artOf(master(shape('Panel', xfrm(2, 1, 8, 4), BUBBLE, RED)), () => undefined);
    expect(art[0]).toMatchObject({ kind: 'shape', geometry: 'path' });
    const grid = backdropGrid(
      { fill: { solid: '#FFFFFF' }, art: art.map((a) => ({ ...a, fill: { solid: '#E0201B' } })) } as never,
      {},
      { width: 13.333, height: 7.5 },
    );
    const cell = (x: number, y: number) =>
      grid.cells[Math.floor((y / 7.5) * grid.rows) * grid.cols + Math.floor((x / 13.333) * grid.cols)];
    expect(cell(6, 2.5)).toBe('#E0201B');
    // Beside the notch, under the panel's frame but outside its outline.
    expect(cell(3, 4.7)).toBe('#FFFFFF');
  });

  it.skipIf(!realClients('pdftoppm', 'qpdf'))('is filled and stroked in slides.pdf along its outline', async () => {
    const [panel] = artOf(master(shape('Panel', xfrm(1, 1, 4, 2), BUBBLE, RED)), () => undefined);
    const outline = panel!.outline!.map((s) => ({ ...s, points: s.points.map(([x, y]) => [x * 72, y * 72]) })) as never;
    const pdf = createPdf({ model: sampleModel(), kind: 'test', size: { width: 432, height: 288 } });
    const drawing: SlideDrawing = {
      slideId: 's',
      master: 'CONTENT',
      title: `${HOSTILE} free-form`,
      tags: [{ type: 'Sect', parent: -1 }],
      texts: [],
      ops: [{ kind: 'shape', geometry: 'path', outline, x: 72, y: 72, w: 288, h: 144, fill: '#E0201B' }],
    };
    const draw = replay(pdf.ctx, pdf.ctx.root, drawing, true);
    const file = toFile(await pdf.finishPages((p) => draw(p)), 'freeform');
    expect(qpdfCheck(file).ok).toBe(true);
    const near = (a: string, b: string) => colourDistance(a, b) <= 40;
    expect(near(colourAt(file, 1, 3, 1.8), '#E0201B')).toBe(true);
    // The notch at the foot's middle is filled; beside it, below the box, is not.
    expect(near(colourAt(file, 1, 3, 2.85), '#E0201B')).toBe(true);
    expect(near(colourAt(file, 1, 1.5, 2.85), '#FFFFFF')).toBe(true);
  });
});
