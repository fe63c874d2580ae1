// The PresentationML the built-in master and layouts are built from: text levels, placeholders, shapes, backgrounds.
import type { Frame } from '../../layout/types.js';
import type { Theme } from '../../model/deck.js';
import { type PlaceholderKey, phXml } from './layouts.js';
import { emu, xmlText } from './xml.js';

/** Points to EMU (for indents and margins). */
const ptEmu = (pt: number) => Math.round(pt * 12700);

function xfrm(f: Frame): string {
  return `<a:xfrm><a:off x="${emu(f.x)}" y="${emu(f.y)}"/><a:ext cx="${emu(f.w)}" cy="${emu(f.h)}"/></a:xfrm>`;
}

const solid = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
const fonts = (face: string) =>
  `<a:latin typeface="${xmlText(face)}"/><a:ea typeface="${xmlText(face)}"/><a:cs typeface="${xmlText(face)}"/>`;

/** A run style: size in points, colour, face, bold. */
function defRPr(sizePt: number, color: string, face: string, bold = false): string {
  return `<a:defRPr sz="${Math.round(sizePt * 100)}"${bold ? ' b="1"' : ' b="0"'} kern="1200">${solid(color)}${fonts(face)}</a:defRPr>`;
}

interface Level {
  marL: number;
  indent: number;
  bullet: string | undefined;
  run: string;
  align?: 'l' | 'ctr' | 'r';
}

/** A paragraph level's properties (`lvl1pPr` … `lvl9pPr`), spaced as slides set the first paragraph. */
function levelXml(n: number, l: Level, bulletFace: string): string {
  const bullet = l.bullet
    ? `<a:buFont typeface="${xmlText(bulletFace)}"/><a:buChar char="${l.bullet}"/>`
    : '<a:buNone/>';
  return `<a:lvl${n}pPr marL="${l.marL}" indent="${l.indent}" algn="${l.align ?? 'l'}" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef>${bullet}${l.run}</a:lvl${n}pPr>`;
}

/** Bulleted levels as the body's lists are measured: a hang of one body size, "•" then "–" below. */
export function bodyLevels(theme: Theme, color: string): string {
  const size = theme.sizes.body;
  const sub = Math.max(theme.sizes.minBody, Math.round(size * 0.9));
  const hang = ptEmu(Math.ceil(size));
  return Array.from({ length: 9 }, (_, i) =>
    levelXml(
      i + 1,
      {
        marL: hang * (i + 1),
        indent: -hang,
        bullet: i === 0 ? '•' : '–',
        run: defRPr(i === 0 ? size : sub, color, theme.fonts.body),
      },
      theme.fonts.body,
    ),
  ).join('');
}

/** One plain level (no bullet) for titles, subtitles and footers. */
export function plainLevel(
  sizePt: number,
  color: string,
  face: string,
  bold = false,
  align: Level['align'] = 'l',
): string {
  return levelXml(1, { marL: 0, indent: 0, bullet: undefined, run: defRPr(sizePt, color, face, bold), align }, face);
}

export interface PlaceholderSpec {
  key: PlaceholderKey;
  name: string;
  frame: Frame;
  anchor: 't' | 'ctr' | 'b';
  insets: { l: number; t: number; r: number; b: number };
  lstStyle: string;
  body?: string;
}

export function placeholderXml(id: number, p: PlaceholderSpec): string {
  const ins = p.insets;
  const body = p.body ?? '<a:p><a:endParaRPr/></a:p>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlText(p.name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(p.key)}</p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(p.frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="${ptEmu(ins.l)}" tIns="${ptEmu(ins.t)}" rIns="${ptEmu(ins.r)}" bIns="${ptEmu(ins.b)}" rtlCol="0" anchor="${p.anchor}"><a:normAutofit/></a:bodyPr>` +
    `<a:lstStyle>${p.lstStyle}</a:lstStyle>${body}</p:txBody></p:sp>`
  );
}

export function rectXml(id: number, name: string, frame: Frame, color: string): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr>${xfrm(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solid(color)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}

export function pictureXml(id: number, frame: Frame, alt: string): string {
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Logo" descr="${xmlText(alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(frame)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

export function background(color: string): string {
  return `<p:bg><p:bgPr>${solid(color)}<a:effectLst/></p:bgPr></p:bg>`;
}

export function spTree(shapes: string[]): string {
  return (
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>' +
    `${shapes.join('')}</p:spTree>`
  );
}
