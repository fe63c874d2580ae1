// The shapes of a PowerPoint slide as PowerPoint and python-pptx write them, for the import's fixtures: placeholders
// without frames of their own, text boxes, a group with a child coordinate space, pictures, tables with merged cells,
// SmartArt and chart frames and their parts. powerpoint-deck.ts puts them in a package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EMU = 914400;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const PNG = new Uint8Array(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'base', 'assets', 'logo.png')),
);

/** Text with every character XML escapes and letters beyond Latin. */
export const TRICKY = `Tom & Jerry <Ltd> "Q" 'R' Ελλάδα Київ`;
export const x = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run: text, or text with its properties (`b="1"`, a typeface, a link's relationship). */
export type RunSpec = string | { t: string; b?: boolean; i?: boolean; font?: string; link?: string };
/** A paragraph: its runs, list level (0-based), and its own bullet (`none`, `number`) where it states one. */
export interface ParaSpec {
  runs: RunSpec[];
  lvl?: number;
  bullet?: 'none' | 'number' | 'char';
}

let shapeId = 2;
const nextId = () => shapeId++;

function run(spec: RunSpec, python: boolean): string {
  const r = typeof spec === 'string' ? { t: spec } : spec;
  const props = `${r.b ? ' b="1"' : ''}${r.i ? ' i="1"' : ''}`;
  const inner = `${r.font ? `<a:latin typeface="${r.font}"/>` : ''}${r.link ? `<a:hlinkClick r:id="${r.link}"/>` : ''}`;
  const rPr =
    python && !props && !inner ? '' : `<a:rPr lang="en-GB"${props} dirty="0"${inner ? `>${inner}</a:rPr>` : '/>'}`;
  return `<a:r>${rPr}<a:t>${x(r.t)}</a:t></a:r>`;
}

export function paragraph(p: ParaSpec | string, python = false): string {
  const spec = typeof p === 'string' ? { runs: [p] } : p;
  const bullet =
    spec.bullet === 'none'
      ? '<a:buNone/>'
      : spec.bullet === 'number'
        ? '<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/>'
        : spec.bullet === 'char'
          ? '<a:buFont typeface="Arial"/><a:buChar char="•"/>'
          : '';
  const pPr =
    spec.lvl || bullet ? `<a:pPr${spec.lvl ? ` lvl="${spec.lvl}"` : ''}${bullet ? `>${bullet}</a:pPr>` : '/>'}` : '';
  return `<a:p>${pPr}${spec.runs.map((r) => run(r, python)).join('')}</a:p>`;
}

export const frame = (f: [number, number, number, number]) =>
  `<a:xfrm><a:off x="${Math.round(f[0] * EMU)}" y="${Math.round(f[1] * EMU)}"/><a:ext cx="${Math.round(f[2] * EMU)}" cy="${Math.round(f[3] * EMU)}"/></a:xfrm>`;

/** A placeholder with no frame of its own: it sits where its layout's does, as PowerPoint and python-pptx write it. */
export function placeholder(ph: string, paras: (ParaSpec | string)[], python = false): string {
  const id = nextId();
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Placeholder ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paras.map((p) => paragraph(p, python)).join('')}</p:txBody></p:sp>`;
}

export function textBox(at: [number, number, number, number], paras: (ParaSpec | string)[], name = 'TextBox'): string {
  const id = nextId();
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name} ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>${frame(at)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square"><a:spAutoFit/></a:bodyPr><a:lstStyle/>${paras.map((p) => paragraph(p)).join('')}</p:txBody></p:sp>`;
}

/** An arrow: drawn geometry with no text. */
export function arrow(at: [number, number, number, number]): string {
  const id = nextId();
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Right Arrow ${id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>${frame(at)}<a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="accent1"/></a:solidFill></p:spPr></p:sp>`;
}

/** A group whose children are placed in a child space half its size (chExt = ext / 2), as after resizing a group. */
export function group(at: [number, number, number, number], children: string[]): string {
  const id = nextId();
  const [X, Y, W, H] = at.map((v) => Math.round(v * EMU)) as [number, number, number, number];
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="Group ${id}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="${X}" y="${Y}"/><a:ext cx="${W}" cy="${H}"/><a:chOff x="0" y="0"/><a:chExt cx="${Math.round(W / 2)}" cy="${Math.round(H / 2)}"/></a:xfrm></p:grpSpPr>${children.join('')}</p:grpSp>`;
}

export function picture(at: [number, number, number, number], rel: string, descr?: string): string {
  const id = nextId();
  return `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture ${id}"${descr !== undefined ? ` descr="${x(descr)}"` : ''}/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="${rel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${frame(at)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
}

/** A table; a cell is its text, or `{ t, span }` / `{ t, rows }` for a merged cell (the cells it covers follow as `merged`). */
export type CellSpec = string | { t: string; span?: number; rows?: number } | 'hMerge' | 'vMerge';

export function table(at: [number, number, number, number], rows: CellSpec[][]): string {
  const id = nextId();
  const cols = rows[0]!.reduce<number>((n, c) => n + (typeof c === 'object' ? (c.span ?? 1) : 1), 0);
  const cell = (c: CellSpec) => {
    const attrs =
      c === 'hMerge'
        ? ' hMerge="1"'
        : c === 'vMerge'
          ? ' vMerge="1"'
          : typeof c === 'object'
            ? `${c.span ? ` gridSpan="${c.span}"` : ''}${c.rows ? ` rowSpan="${c.rows}"` : ''}`
            : '';
    const text = typeof c === 'object' ? c.t : c === 'hMerge' || c === 'vMerge' ? '' : c;
    return `<a:tc${attrs}><a:txBody><a:bodyPr/><a:lstStyle/>${text ? paragraph(text) : '<a:p><a:endParaRPr lang="en-GB"/></a:p>'}</a:txBody><a:tcPr/></a:tc>`;
  };
  const grid = Array.from({ length: cols }, () => `<a:gridCol w="${Math.round((at[2] * EMU) / cols)}"/>`).join('');
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Table ${id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="${Math.round(at[0] * EMU)}" y="${Math.round(at[1] * EMU)}"/><a:ext cx="${Math.round(at[2] * EMU)}" cy="${Math.round(at[3] * EMU)}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>${grid}</a:tblGrid>${rows.map((r) => `<a:tr h="370840">${r.map(cell).join('')}</a:tr>`).join('')}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** A SmartArt graphic frame pointing at its parts by the relationship ids `rDm` (data), `rLo`, `rQs`, `rCs`. */
export function smartArt(at: [number, number, number, number]): string {
  const id = nextId();
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Diagram ${id}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="${Math.round(at[0] * EMU)}" y="${Math.round(at[1] * EMU)}"/><a:ext cx="${Math.round(at[2] * EMU)}" cy="${Math.round(at[3] * EMU)}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rDm" r:lo="rLo" r:qs="rQs" r:cs="rCs"/></a:graphicData></a:graphic></p:graphicFrame>`;
}

/** A SmartArt data part: a tree of points (`[text, children]`) under the document point, joined by parOf connections. */
export function smartArtData(tree: [string, string[]][]): string {
  const points: string[] = [
    '<dgm:pt modelId="{0}" type="doc"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>',
  ];
  const cxns: string[] = [];
  let n = 1;
  const point = (text: string, parent: number, order: number) => {
    const id = n++;
    points.push(
      `<dgm:pt modelId="{${id}}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB"/><a:t>${x(text)}</a:t></a:r></a:p></dgm:t></dgm:pt>`,
    );
    // PowerPoint writes the sibling transitions as points too; they hold no text.
    points.push(
      `<dgm:pt modelId="{${id}-s}" type="sibTrans" cxnId="{c${id}}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>`,
    );
    cxns.push(`<dgm:cxn modelId="{c${id}}" srcId="{${parent}}" destId="{${id}}" srcOrd="${order}" destOrd="0"/>`);
    return id;
  };
  tree.forEach(([text, kids], i) => {
    const id = point(text, 0, i);
    kids.forEach((kid, k) => point(kid, id, k));
  });
  return `${DECL}<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>${points.join('')}</dgm:ptLst><dgm:cxnLst>${cxns.join('')}</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>`;
}

/** A bar chart frame pointing at its part by `rChart`, and the part: a title, two series over three categories. */
export function chart(at: [number, number, number, number]): string {
  const id = nextId();
  return `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Chart ${id}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="${Math.round(at[0] * EMU)}" y="${Math.round(at[1] * EMU)}"/><a:ext cx="${Math.round(at[2] * EMU)}" cy="${Math.round(at[3] * EMU)}"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rChart"/></a:graphicData></a:graphic></p:graphicFrame>`;
}

export function chartPart(title: string, series: string[], categories: string[]): string {
  const ser = series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>Sheet1!$${'BCD'[i]}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${x(s)}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:cat><c:strRef><c:f>Sheet1!$A$2:$A$4</c:f><c:strCache><c:ptCount val="${categories.length}"/>${categories.map((c, k) => `<c:pt idx="${k}"><c:v>${x(c)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$4</c:f><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>4</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>`,
    )
    .join('');
  return `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${x(title)}</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>${ser}<c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
}

/** Restarts shape ids, so each deck numbers its shapes from 2. */
export function resetIds(): void {
  shapeId = 2;
}
