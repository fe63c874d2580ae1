// What slides.pdf takes of a template's masters and layouts: colours, fills and shapes as PowerPoint writes them, and
// the odd values other tools write, which must never reach pdfkit as a colour or a number it cannot use.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { artOf, colourOf, fillOf } from '../src/template/art.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const el = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement as never;
const noPictures = () => undefined;

describe('template art', () => {
  it('reads colours with their modifiers, and drops a colour or modifier it cannot read', () => {
    expect(colourOf(el(`<a:solidFill ${NS}><a:schemeClr val="accent1"><a:lumMod val="75000"/><a:alpha val=""/></a:schemeClr></a:solidFill>`))).toEqual({ scheme: 'accent1', mods: [['lumMod', 0.75]] });
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

  it('places shapes through a scaled group, and leaves out placeholders and shapes that carry text', () => {
    const emu = (n: number) => Math.round(n * 914_400);
    const xfrm = (x: number, y: number, w: number, h: number) => `<a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/>`;
    const shape = (name: string, frame: string, extra = '') =>
      `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${name}"/><p:cNvSpPr/><p:nvPr>${extra}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm>${frame}</a:xfrm><a:prstGeom prst="rect"/><a:solidFill><a:srgbClr val="112233"/></a:solidFill></p:spPr>${name === 'Text' ? '<p:txBody><a:bodyPr/><a:p><a:r><a:t>Confidential &amp; &lt;draft&gt;</a:t></a:r></a:p></p:txBody>' : ''}</p:sp>`;
    const master = el(
      `<p:sldMaster ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
        `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="3" name="G"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${xfrm(2, 1, 8, 1)}<a:chOff x="${emu(1)}" y="${emu(1)}"/><a:chExt cx="${emu(4)}" cy="${emu(0.5)}"/></a:xfrm></p:grpSpPr>${shape('Bar', xfrm(1, 1, 4, 0.5))}</p:grpSp>` +
        `${shape('Title', xfrm(0, 0, 5, 1), '<p:ph type="title"/>')}${shape('Text', xfrm(0, 6, 5, 1))}</p:spTree></p:cSld></p:sldMaster>`,
    );
    expect(artOf(master, noPictures)).toEqual([{ kind: 'shape', frame: { x: 2, y: 1, w: 8, h: 1 }, geometry: 'rect', fill: { solid: { rgb: '#112233' } } }]);
  });
});
