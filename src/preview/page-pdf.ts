// One page of a kit's PDF as a PDF of its own, for the preview's worksheet, guide and handout views: a browser's PDF
// viewer in a frame shows the page it is given, where some (WebKit's) ignore `#page=N` and show the first. The build
// writes its PDFs with a classic cross-reference table, so the page is cut by that table: every object kept as it is,
// the page tree holding the one page, and the catalogue without the outline and structure tree of the whole.

const LATIN1 = 'latin1';

/** Page `n` (1-based) of `pdf` as a one-page PDF, or undefined where the file is not one this can cut (or no such page). */
export function pagePdf(pdf: Uint8Array, n: number): Uint8Array | undefined {
  const text = Buffer.from(pdf).toString(LATIN1);
  const objects = objectsOf(text);
  const root = /\/Root\s+(\d+)\s+0\s+R/.exec(text.slice(text.lastIndexOf('trailer')))?.[1];
  const catalog = root ? objects.get(Number(root)) : undefined;
  const pagesRef = catalog ? /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog)?.[1] : undefined;
  const pages = pagesRef ? objects.get(Number(pagesRef)) : undefined;
  const kids = pages ? /\/Kids\s*\[([^\]]*)\]/.exec(pages)?.[1]?.match(/\d+\s+0\s+R/g) : undefined;
  const kid = kids?.[n - 1];
  if (!root || !catalog || !pagesRef || !pages || !kid) return undefined;
  objects.set(
    Number(pagesRef),
    pages.replace(/\/Kids\s*\[[^\]]*\]/, `/Kids [${kid}]`).replace(/\/Count\s+\d+/, '/Count 1'),
  );
  objects.set(
    Number(root),
    catalog
      .replace(/\/(Outlines|StructTreeRoot)\s+\d+\s+0\s+R/g, '')
      .replace(/\/MarkInfo\s*<<[^>]*>>/, '')
      .replace(/\/PageMode\s*\/UseOutlines/, ''),
  );
  return written(objects, text.slice(text.lastIndexOf('trailer')));
}

/** Each object's text (`N 0 obj … endobj`) by number, read through the file's cross-reference table. */
function objectsOf(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const start = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  if (!Number.isInteger(start) || !text.startsWith('xref', start)) return out;
  const table = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(start));
  if (!table) return out;
  const [first, count] = [Number(table[1]), Number(table[2])];
  const entries = text.slice(start + table[0].length).split(/\r?\n|\r/);
  const at: { num: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(entries[i]?.trimStart() ?? '');
    if (entry?.[3] === 'n') at.push({ num: first + i, offset: Number(entry[1]) });
  }
  at.sort((a, b) => a.offset - b.offset);
  at.forEach(({ num, offset }, i) => {
    const end = i + 1 < at.length ? at[i + 1]!.offset : start;
    const body = text.slice(offset, end);
    const close = body.lastIndexOf('endobj');
    if (body.startsWith(`${num} 0 obj`) && close > 0) out.set(num, body.slice(0, close + 'endobj'.length));
  });
  return out;
}

/** A PDF of `objects` with a new cross-reference table, under the original trailer (its /Prev dropped). */
function written(objects: Map<number, string>, trailer: string): Uint8Array {
  const size = Math.max(...objects.keys()) + 1;
  let body = '%PDF-1.7\n%\xff\xff\xff\xff\n';
  const offsets = new Map<number, number>();
  for (const num of [...objects.keys()].sort((a, b) => a - b)) {
    offsets.set(num, Buffer.byteLength(body, LATIN1));
    body += `${objects.get(num)}\n`;
  }
  const xref = Buffer.byteLength(body, LATIN1);
  const rows = Array.from({ length: size }, (_, i) => {
    const offset = offsets.get(i);
    return offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  });
  const dict = (/trailer\s*(<<[\s\S]*>>)/.exec(trailer)?.[1] ?? '<<>>')
    .replace(/\/Size\s+\d+/, `/Size ${size}`)
    .replace(/\/Prev\s+\d+/, '');
  body += `xref\n0 ${size}\n${rows.join('')}trailer\n${dict}\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, LATIN1));
}
