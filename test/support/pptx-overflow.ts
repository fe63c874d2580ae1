// Finds text drawn outside its box, as PowerPoint shows a deck on open: autofit flags removed, LibreOffice renders, poppler says where each word landed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { withInheritedFrames } from './inherited-frames.js';

const EMU_PER_PT = 12700;
/** Points a word may stick out (rasterising and font hinting differ by a fraction of a point). */
const TOL = 2.5;

type Box = { x: number; y: number; w: number; h: number };
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
}
export interface Converted {
  /** Text of each PDF page (one per slide), from pdftotext -bbox. */
  pages: PdfPage[];
  /** Slide part names in presentation order. */
  slides: string[];
  files: Record<string, Uint8Array>;
}

/** PowerPoint applies normAutofit/spAutoFit only on edit; strip them so the PDF shows what opening the deck shows. */
export function withoutAutofit(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    out[name] = /^ppt\/slides\/slide\d+\.xml$/.test(name)
      ? strToU8(
          strFromU8(data).replace(
            /<a:normAutofit[^>]*\/>|<a:normAutofit[^>]*>.*?<\/a:normAutofit>|<a:spAutoFit\/>/g,
            '',
          ),
        )
      : data;
  }
  return zipSync(out);
}

/** Converts a deck to PDF in a throw-away LibreOffice profile and reads every word's box. */
/** LibreOffice's rendering of a deck as PowerPoint opens it; `keepPdf`: where to leave the rendered PDF. */
export function convert(pptx: Uint8Array, keepPdf?: string): Converted {
  const dir = mkdtempSync(join(tmpdir(), 'wk-overflow-'));
  try {
    writeFileSync(join(dir, 'deck.pptx'), withoutAutofit(pptx));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'deck.pptx'),
      ],
      {
        stdio: 'ignore',
        timeout: 180_000,
      },
    );
    const html = execFileSync('pdftotext', ['-bbox', join(dir, 'deck.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (keepPdf) copyFileSync(join(dir, 'deck.pdf'), keepPdf);
    const files = unzipSync(pptx);
    return { pages: parseBbox(html), slides: slideOrder(files), files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages and their words as `pdftotext -bbox` reports them. */
export function parseBbox(html: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of m[3]!.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({ x0: +w[1]!, y0: +w[2]!, x1: +w[3]!, y1: +w[4]!, text: decode(w[5]!) });
    pages.push({ width: +m[1]!, height: +m[2]!, words });
  }
  return pages;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function rels(files: Record<string, Uint8Array>, part: string): Map<string, { type: string; target: string }> {
  const dir = posix.dirname(part);
  const relPath = `${dir}/_rels/${posix.basename(part)}.rels`;
  const out = new Map<string, { type: string; target: string }>();
  const data = files[relPath];
  if (!data) return out;
  for (const r of strFromU8(data).matchAll(/<Relationship ([^>]*)\/>/g)) {
    const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(r[1]!)?.[1] ?? '';
    if (attr('TargetMode') === 'External') continue;
    out.set(attr('Id'), { type: attr('Type'), target: posix.normalize(posix.join(dir, attr('Target'))) });
  }
  return out;
}

/** The deck's slide parts in presentation order. */
export function slideOrder(files: Record<string, Uint8Array>): string[] {
  const pres = strFromU8(files['ppt/presentation.xml']!);
  const r = rels(files, 'ppt/presentation.xml');
  return [...pres.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => r.get(m[1]!)!.target);
}

function frameOf(xml: string): Box | undefined {
  const m = /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  return m
    ? { x: +m[1]! / EMU_PER_PT, y: +m[2]! / EMU_PER_PT, w: +m[3]! / EMU_PER_PT, h: +m[4]! / EMU_PER_PT }
    : undefined;
}

/** Text boxes and table frames a slide shows: its own shapes, and the text shapes of its layout (not placeholders). */
export function boxesOf(files: Record<string, Uint8Array>, slide: string): { text: Box[]; tables: Box[] } {
  const layout = [...rels(files, slide).values()].find((r) => r.type.endsWith('/slideLayout'))?.target;
  const text: Box[] = [];
  const tables: Box[] = [];
  for (const part of [slide, ...(layout ? [layout] : [])]) {
    const xml = part === slide ? withInheritedFrames(files, slide, strFromU8(files[part]!)) : strFromU8(files[part]!);
    for (const m of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
      const sp = m[1]!;
      const ph = sp.includes('<p:ph');
      if (part !== slide && ph) continue;
      const hasText = /<a:t>[^<]*\S[^<]*<\/a:t>/.test(sp);
      const f = frameOf(sp);
      if (f && (hasText || ph)) text.push(f);
    }
    for (const m of xml.matchAll(/<p:graphicFrame>([\s\S]*?)<\/p:graphicFrame>/g)) {
      const f = frameOf(m[1]!.replace(/<p:xfrm>/, '').replace(/<\/p:xfrm>/, ''));
      if (f) tables.push(f);
    }
  }
  return { text, tables };
}

/** Words of each slide that lie outside every text box and table frame of that slide (tables are held to their own frame). */
export function overflowing(c: Converted): { slide: number; words: string[] }[] {
  const out: { slide: number; words: string[] }[] = [];
  c.slides.forEach((part, i) => {
    const page = c.pages[i];
    if (!page) return;
    const { text, tables } = boxesOf(c.files, part);
    const inside = (w: Word, b: Box) =>
      w.x0 >= b.x - TOL && w.x1 <= b.x + b.w + TOL && w.y0 >= b.y - TOL && w.y1 <= b.y + b.h + TOL;
    const bad = page.words
      .filter((w) => w.text.trim() && ![...text, ...tables].some((b) => inside(w, b)))
      .map((w) => w.text);
    if (bad.length) out.push({ slide: i + 1, words: bad });
  });
  return out;
}
