// What slides.pdf takes of a template's masters and layouts: colours, fills and shapes as PowerPoint writes them, and
// the odd values other tools write, which must never reach pdfkit as a colour or a number it cannot use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { backdropOf } from '../src/compose/template-backdrop.js';
import { createPdf } from '../src/render/pdf/document.js';
import { type Op, replay, type SlideDrawing } from '../src/render/pdf/slides/drawing.js';
import { artOf, textsOf } from '../src/template/art.js';
import { backgroundOf, colourOf, fillOf } from '../src/template/paint.js';
import { HOSTILE } from './support/deck-xml.js';
import { qpdfCheck, toFile } from './support/pdf-text.js';
import { sampleModel } from './support/sample-model-pdf.js';
import { colourAt, colourDistance } from './support/slide-agreement.js';
import { realClients } from './support/tools.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const el = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement as never;
const noPictures = () => undefined;

describe('template art', () => {
  it('reads colours with their modifiers, and drops a colour or modifier it cannot read', () => {
    expect(
      colourOf(
        el(
          `<a:solidFill ${NS}><a:schemeClr val="accent1"><a:lumMod val="75000"/><a:alpha val=""/></a:schemeClr></a:solidFill>`,
        ),
      ),
    ).toEqual({ scheme: 'accent1', mods: [['lumMod', 0.75]] });
    expect(colourOf(el(`<a:solidFill ${NS}><a:srgbClr val="1f6fb2"/></a:solidFill>`))).toEqual({ rgb: '#1F6FB2' });
    expect(colourOf(el(`<a:solidFill ${NS}><a:srgbClr val="ZZZ"/></a:solidFill>`))).toBeUndefined();
  });

  it('reads a gradient, skipping a stop without a position', () => {
    const fill = fillOf(
      el(
        `<p:spPr ${NS}><a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs><a:srgbClr val="FF0000"/></a:gs><a:gs pos="100000"><a:srgbClr val="000000"/></a:gs></a:gsLst><a:lin ang="5400000"/></a:gradFill></p:spPr>`,
      ),
      noPictures,
    );
    expect(fill).toEqual({
      gradient: {
        angle: 90,
        stops: [
          { at: 0, colour: { rgb: '#FFFFFF' } },
          { at: 1, colour: { rgb: '#000000' } },
        ],
      },
    });
  });

  it('draws a background that refers to a theme background style as that style, in the referring colour', () => {
    const theme = readFileSync(join(import.meta.dirname, 'support', 'office-theme.xml'), 'utf8');
    const styles = (
      el(theme) as unknown as { getElementsByTagNameNS(ns: string, name: string): { item(i: number): unknown } }
    ).getElementsByTagNameNS('http://schemas.openxmlformats.org/drawingml/2006/main', 'bgFillStyleLst');
    const master = (idx: number) =>
      el(
        `<p:sldMaster ${NS}><p:cSld><p:bg><p:bgRef idx="${idx}"><a:schemeClr val="bg2"/></p:bgRef></p:bg><p:spTree/></p:cSld></p:sldMaster>`,
      );
    const list = styles.item(0) as never;
    // Office's third background style: a top-to-bottom gradient of the colour, tinted and shaded.
    const third = backgroundOf(master(1003), noPictures, list);
    expect(
      third &&
        'gradient' in third &&
        third.gradient.stops.map((s) => [s.at, s.colour.scheme, s.colour.mods?.map(([name]) => name)]),
    ).toEqual([
      [0, 'bg2', ['tint', 'satMod', 'shade', 'lumMod']],
      [0.5, 'bg2', ['tint', 'satMod', 'shade', 'lumMod']],
      [1, 'bg2', ['shade', 'satMod']],
    ]);
    expect(backgroundOf(master(1001), noPictures, list)).toEqual({ solid: { scheme: 'bg2' } });
    // A style the theme lacks: the colour, flat.
    expect(backgroundOf(master(1009), noPictures, list)).toEqual({ solid: { scheme: 'bg2' } });
  });

  it('places shapes through a scaled group, draws a shape that carries text with its words read apart, and leaves out placeholders', () => {
    const emu = (n: number) => Math.round(n * 914_400);
    const xfrm = (x: number, y: number, w: number, h: number) =>
      `<a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/>`;
    const shape = (name: string, frame: string, extra = '') =>
      `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${name}"/><p:cNvSpPr/><p:nvPr>${extra}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm>${frame}</a:xfrm><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="112233"/></a:solidFill></p:spPr>${name === 'Text' ? '<p:txBody><a:bodyPr/><a:p><a:r><a:t>Confidential &amp; &lt;draft&gt;</a:t></a:r></a:p></p:txBody>' : ''}</p:sp>`;
    const master = el(
      `<p:sldMaster ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
        `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="3" name="G"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${xfrm(2, 1, 8, 1)}<a:chOff x="${emu(1)}" y="${emu(1)}"/><a:chExt cx="${emu(4)}" cy="${emu(0.5)}"/></a:xfrm></p:grpSpPr>${shape('Bar', xfrm(1, 1, 4, 0.5))}</p:grpSp>` +
        `${shape('Title', xfrm(0, 0, 5, 1), '<p:ph type="title"/>')}${shape('Text', xfrm(0, 6, 5, 1))}</p:spTree></p:cSld></p:sldMaster>`,
    );
    expect(artOf(master, noPictures)).toEqual([
      { kind: 'shape', frame: { x: 2, y: 1, w: 8, h: 1 }, geometry: 'rect', fill: { solid: { rgb: '#112233' } } },
      { kind: 'shape', frame: { x: 0, y: 6, w: 5, h: 1 }, geometry: 'rect', fill: { solid: { rgb: '#112233' } } },
    ]);
    expect(textsOf(master)).toEqual([{ frame: { x: 0, y: 6, w: 5, h: 1 }, text: 'Confidential & <draft>' }]);
  });
});

describe('template art in the PDFs', () => {
  it('colours a layout’s art and its master’s through the layout’s own colour map, and keeps a fill’s alpha as its opacity', () => {
    const colours = { dk1: '#111111', lt1: '#EEEEEE', dk2: '#222222', lt2: '#DDDDDD', accent1: '#4472C4' } as never;
    const bar = {
      kind: 'shape' as const,
      frame: { x: 0, y: 0, w: 1, h: 1 },
      geometry: 'rect' as const,
      fill: { solid: { scheme: 'bg1', mods: [['alpha', 0.4]] as [string, number][] } },
    };
    const master = {
      id: '1',
      part: 'm1',
      placeholders: [],
      background: { slot: 'lt1' },
      text: 'dk1',
      colours,
      fonts: { major: 'Arial', minor: 'Arial' },
      colourMap: { bg1: 'lt1', tx1: 'dk1' },
      look: { art: [bar] },
    };
    const layout = (colourMap?: Record<string, string>) => ({
      part: 'l1',
      name: 'Title Slide',
      master: 'm1',
      placeholders: [],
      ...(colourMap ? { colourMap } : {}),
    });
    const info = { masters: [master] } as never;
    expect(backdropOf(info, layout(), 'title').art[0]).toMatchObject({ fill: { solid: '#EEEEEE' }, opacity: 0.4 });
    // A dark title layout swaps bg1 to dk1 for its slides: the master's bar follows.
    expect(backdropOf(info, layout({ bg1: 'dk1', tx1: 'lt1' }), 'title').art[0]).toMatchObject({
      fill: { solid: '#111111' },
      opacity: 0.4,
    });
  });

  it('reads strict-format stop positions and a picture-filled shape as a picture', () => {
    const fill = fillOf(
      el(
        `<p:spPr ${NS}><a:gradFill><a:gsLst><a:gs pos="50%"><a:srgbClr val="FF0000"/></a:gs></a:gsLst></a:gradFill></p:spPr>`,
      ),
      noPictures,
    );
    expect(fill).toEqual({ gradient: { angle: 90, stops: [{ at: 0.5, colour: { rgb: '#FF0000' } }] } });
    const emu = 914_400;
    const master = el(
      `<p:sldMaster ${NS}><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="Photo"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu}" cy="${emu}"/></a:xfrm><a:prstGeom prst="ellipse"/><a:blipFill><a:blip r:embed="rId7"/></a:blipFill></p:spPr></p:sp></p:spTree></p:cSld></p:sldMaster>`,
    );
    expect(artOf(master, (id) => (id === 'rId7' ? 'ppt/media/image9.png' : undefined))).toEqual([
      { kind: 'picture', frame: { x: 0, y: 0, w: 1, h: 1 }, part: 'ppt/media/image9.png' },
    ]);
  });

  it.skipIf(!realClients('pdftoppm', 'qpdf'))(
    'draws gradients whose stops come out of order, short of the ends, or alone, and see-through fills, as PowerPoint does',
    async () => {
      const model = sampleModel();
      const pdf = createPdf({ model, kind: 'test', size: { width: 400, height: 300 } });
      const band = (y: number, stops: { at: number; colour: string }[]): Op => ({
        kind: 'shape',
        geometry: 'rect',
        x: 0,
        y,
        w: 400,
        h: 100,
        fill: { angle: 0, stops },
      });
      const drawing: SlideDrawing = {
        slideId: 's',
        master: 'CONTENT',
        title: `${HOSTILE} gradients`,
        tags: [{ type: 'Sect', parent: -1 }],
        texts: [],
        ops: [
          band(0, [
            { at: 1, colour: '#0000FF' },
            { at: 0, colour: '#FF0000' },
            { at: 0.5, colour: '#00FF00' },
          ]),
          band(100, [
            { at: 0.25, colour: '#FF0000' },
            { at: 0.75, colour: '#0000FF' },
          ]),
          band(200, [{ at: 0.5, colour: '#00FF00' }]),
          // Half see-through black over the band's right half.
          { kind: 'shape', geometry: 'rect', x: 200, y: 200, w: 200, h: 100, fill: '#000000', opacity: 0.5 },
        ],
      };
      const draw = replay(pdf.ctx, pdf.ctx.root, drawing, true);
      const file = toFile(await pdf.finishPages((p) => draw(p)), 'gradients');
      expect(qpdfCheck(file).ok).toBe(true);
      const at = (xPt: number, yPt: number) => colourAt(file, 1, xPt / 72, yPt / 72);
      const near = (a: string, b: string) => colourDistance(a, b) <= 40;
      // Red, green, blue from left to right, whatever order the stops were written in.
      expect(
        near(at(4, 50), '#FF0000') && near(at(200, 50), '#00FF00') && near(at(396, 50), '#0000FF'),
        `${at(4, 50)} ${at(200, 50)} ${at(396, 50)}`,
      ).toBe(true);
      // The end colours hold before the first stop and after the last.
      expect(near(at(40, 150), '#FF0000') && near(at(360, 150), '#0000FF'), `${at(40, 150)} ${at(360, 150)}`).toBe(
        true,
      );
      // One stop is a flat colour.
      expect(near(at(20, 250), '#00FF00') && near(at(380, 250), '#008000'), `${at(20, 250)} ${at(380, 250)}`).toBe(
        true,
      );
    },
  );
});
