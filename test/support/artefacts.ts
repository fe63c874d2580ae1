// Reads generated artefacts back: slide texts from a .pptx (its XML, in deck order) and page texts from a PDF (poppler).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { flat } from './pdf-text.js';

/** XML's five entities back to their characters. */
export const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The package's parts, and its slide parts in presentation order. */
function openDeck(pptxPath: string): { read: (name: string) => string; slides: string[] } {
  const zip = unzipSync(new Uint8Array(readFileSync(pptxPath)));
  const read = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
  const rels = new Map(
    [...read('ppt/_rels/presentation.xml.rels').matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const slides = [...read('ppt/presentation.xml').matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map(
    (m) => rels.get(m[1]!)!,
  );
  return { read, slides };
}

/** Text of each slide in presentation order, paragraphs separated by newlines. */
export function slideTexts(pptxPath: string): string[] {
  const { read, slides } = openDeck(pptxPath);
  return slides.map((target) => {
    const xml = read(`ppt/${target}`);
    return [...xml.matchAll(/<a:p>(.*?)<\/a:p>/gs)]
      .map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join(''))
      .join('\n');
  });
}

/** Speaker notes of each slide in presentation order. */
export function slideNotes(pptxPath: string): string[] {
  const { read, slides } = openDeck(pptxPath);
  return slides.map((target) => {
    const slideRels = read(`ppt/slides/_rels/${target.split('/').pop()}.rels`);
    const notes = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(slideRels)?.[1];
    if (!notes) return '';
    const xml = read(`ppt/notesSlides/${notes}`);
    return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join(' ');
  });
}

/** Text of each PDF page (pdftotext, reading order). */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** Collapses whitespace so wrapped lines compare equal to one-line text. */
export function squash(text: string): string {
  return flat(text).trim();
}
