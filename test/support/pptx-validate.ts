// A .pptx checked the way PowerPoint is strict about it: the OPC package (content types, relationships),
// every XML part against the ECMA-376 Transitional schemas (xmllint, schemas in ./ooxml-xsd), and the
// PresentationML rules across parts (slide, layout and master ids and links, notes, table grids, app.xml).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const XSD = join(dirname(fileURLToPath(import.meta.url)), 'ooxml-xsd', 'all.xsd');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export interface Violation {
  part: string;
  message: string;
}

/** Every rule the deck breaks; an empty list means PowerPoint has nothing to repair. */
export function validatePptx(bytes: Uint8Array): Violation[] {
  const files = unzipSync(bytes);
  const out: Violation[] = [];
  const add = (part: string, message: string) => out.push({ part, message });
  const names = Object.keys(files);
  const text = (n: string) => strFromU8(files[n]!);

  for (const n of names) {
    if (n.startsWith('/') || n.includes('\\')) add(n, 'part name starts with / or holds a backslash');
    if (names.some((m) => m !== n && m.toLowerCase() === n.toLowerCase())) add(n, 'two parts differ only by case');
  }

  // Content types: each part has one, and each override names a part.
  const ct = files['[Content_Types].xml'] ? text('[Content_Types].xml') : '';
  if (!ct) add('[Content_Types].xml', 'missing');
  const defaults = new Map(
    [...ct.matchAll(/<Default Extension="([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
  const overrides = new Map(
    [...ct.matchAll(/<Override PartName="\/([^"]+)" ContentType="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  for (const part of overrides.keys())
    if (!files[part]) add('[Content_Types].xml', `override for a part that is not in the package: ${part}`);
  const typeOf = (n: string) => overrides.get(n) ?? defaults.get(n.slice(n.lastIndexOf('.') + 1).toLowerCase());
  for (const n of names) if (n !== '[Content_Types].xml' && !typeOf(n)) add(n, 'part has no content type');
  for (const n of names.filter((m) => /^ppt\/media\//.test(m))) {
    const b = files[n]!;
    const png = b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
    const jpeg = b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    const want = typeOf(n);
    if ((want === 'image/png' && !png) || (want === 'image/jpeg' && !jpeg)) add(n, `bytes are not ${want}`);
  }

  // Relationships: every internal target exists, ids are unique.
  const rels = new Map<string, { id: string; type: string; target: string }[]>();
  for (const n of names.filter((m) => m.endsWith('.rels'))) {
    const source = n === '_rels/.rels' ? '' : n.replace(/_rels\/([^/]+)\.rels$/, '$1');
    if (source && !files[source]) add(n, `relationships for a part that does not exist: ${source}`);
    const list = [...text(n).matchAll(/<Relationship\b([^>]*)\/>/g)].map((m) => ({
      id: /\bId="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
      type: /\bType="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
      target: /\bTarget="([^"]+)"/.exec(m[1]!)?.[1] ?? '',
      external: /TargetMode="External"/.test(m[1]!),
    }));
    const ids = new Set<string>();
    for (const r of list) {
      if (ids.has(r.id)) add(n, `duplicate relationship id ${r.id}`);
      ids.add(r.id);
      if (r.external) continue;
      const resolved = posix.normalize(posix.join(posix.dirname(source), r.target)).replace(/^\//, '');
      if (!files[resolved]) add(n, `${r.id} targets ${resolved}, which does not exist`);
      r.target = resolved;
    }
    rels.set(source, list);
  }
  const relsOf = (part: string) => rels.get(part) ?? [];
  const ofType = (part: string, type: string) => relsOf(part).filter((r) => r.type === REL + type);

  // Every XML part is well-formed and valid against the schemas.
  out.push(
    ...schemaViolations(Object.fromEntries(names.filter((n) => /\.(xml|rels)$/.test(n)).map((n) => [n, files[n]!]))),
  );

  // r:id attributes point at relationships of their part.
  for (const n of names.filter((m) => m.endsWith('.xml') && !m.startsWith('['))) {
    const ids = new Set(relsOf(n).map((r) => r.id));
    for (const m of text(n).matchAll(/\br:(?:id|embed|link)="([^"]*)"/g))
      if (!ids.has(m[1]!)) add(n, `r:id ${m[1]} has no relationship`);
  }

  // PresentationML: slides, layouts, masters and notes hang together.
  const main = relsOf('').find((r) => r.type === `${REL}officeDocument`)?.target;
  if (!main) return [...out, { part: '_rels/.rels', message: 'no officeDocument relationship' }];
  const pres = text(main);
  const slideIds = [...pres.matchAll(/<p:sldId id="(\d+)" r:id="([^"]+)"/g)];
  const seen = new Set<string>();
  for (const [, id, rid] of slideIds) {
    const n = Number(id);
    if (n < 256 || n > 2147483647) add(main, `slide id ${id} out of range`);
    if (seen.has(id!)) add(main, `duplicate slide id ${id}`);
    seen.add(id!);
    if (relsOf(main).find((r) => r.id === rid)?.type !== `${REL}slide`)
      add(main, `sldId ${rid} is not a slide relationship`);
  }
  const slides = ofType(main, 'slide').map((r) => r.target);
  if (slides.length !== slideIds.length)
    add(main, `${slides.length} slide relationships but ${slideIds.length} slide ids`);
  const masterIds = new Set<number>();
  // Each master's own id in the presentation's list, by its relationship id (a client template may bring several).
  const listedMasters = new Map(
    [...pres.matchAll(/<p:sldMasterId id="(\d+)" r:id="([^"]+)"/g)].map((m) => [m[2]!, Number(m[1])]),
  );
  for (const rel of ofType(main, 'slideMaster')) {
    const master = rel.target;
    if (ofType(master, 'theme').length !== 1) add(master, 'slide master needs one theme relationship');
    const listed = new Map(
      [...text(master).matchAll(/<p:sldLayoutId id="(\d+)" r:id="([^"]+)"/g)].map((m) => [m[2]!, Number(m[1])]),
    );
    for (const id of [listedMasters.get(rel.id) ?? Number.NaN, ...listed.values()]) {
      if (id < 2147483648) add(master, `master or layout id ${id} below 2147483648`);
      if (masterIds.has(id)) add(master, `master or layout id ${id} used twice`);
      masterIds.add(id);
    }
    for (const r of ofType(master, 'slideLayout')) {
      if (!listed.has(r.id)) add(master, `layout ${r.target} not in sldLayoutIdLst`);
      if (ofType(r.target, 'slideMaster').length !== 1) add(r.target, 'layout needs one slideMaster relationship');
    }
  }
  const notesMaster = ofType(main, 'notesMaster')[0]?.target;
  for (const slide of slides) {
    if (ofType(slide, 'slideLayout').length !== 1) add(slide, 'slide needs one slideLayout relationship');
    const notes = ofType(slide, 'notesSlide');
    if (notes.length > 1) add(slide, 'slide has more than one notes slide');
    for (const nr of notes) {
      if (ofType(nr.target, 'slide')[0]?.target !== slide)
        add(nr.target, 'notes slide does not point back at its slide');
      if (!notesMaster || ofType(nr.target, 'notesMaster')[0]?.target !== notesMaster)
        add(nr.target, 'notes slide is not linked to the listed notes master');
    }
  }
  for (const n of names.filter((m) => /^ppt\/slides\/slide\d+\.xml$/.test(m))) {
    if (!slides.includes(n)) add(n, 'slide not listed in the presentation');
    const x = text(n);
    const ids = [...x.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    if (new Set(ids).size !== ids.length) add(n, 'two shapes share an id');
    for (const tbl of x.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)) {
      const cols = (tbl[1]!.match(/<a:gridCol\b/g) ?? []).length;
      for (const row of tbl[1]!.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)) {
        const cells = (row[0].match(/<a:tc\b/g) ?? []).length;
        if (cells !== cols) add(n, `table row has ${cells} cells but the grid ${cols} columns`);
      }
    }
  }
  const app = names.includes('docProps/app.xml') ? text('docProps/app.xml') : '';
  for (const v of app.matchAll(/<vt:vector size="(\d+)" baseType="(\w+)">([\s\S]*?)<\/vt:vector>/g)) {
    const children = (v[3]!.match(new RegExp(`<vt:${v[2]}>`, 'g')) ?? []).length;
    if (children !== Number(v[1])) add('docProps/app.xml', `vector size ${v[1]} but ${children} entries`);
  }
  return out;
}

/** xmllint's schema errors for the parts, one violation per error. */
function schemaViolations(parts: Record<string, Uint8Array>): Violation[] {
  const dir = mkdtempSync(join(tmpdir(), 'wk-validate-'));
  try {
    const paths = Object.entries(parts).map(([name, data]) => {
      const path = join(dir, name.replace(/[[\]]/g, '_'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
      return path;
    });
    let report = '';
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, ...paths], {
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      report = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    return report
      .split('\n')
      .filter((line) => line.length > 0 && !/ validates$/.test(line) && !/ fails to validate$/.test(line))
      .map((line) => ({
        part: line.startsWith(dir) ? line.slice(dir.length + 1).split(':')[0]! : 'xmllint',
        message: line.startsWith(dir) ? line.slice(dir.length + 1) : line,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
