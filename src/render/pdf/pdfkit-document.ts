// The pdfkit document under a PDF: opened tagged and deterministic on its paper, its bytes collected without copies.
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../../model/deck.js';
import { FONT_KEYS, fontFor } from './fonts.js';
import type { Frame } from './painter.js';
import { internals } from './pdfkit-internals.js';
import { reuseDeflatedStreams } from './reuse.js';
import { PAGE } from './style.js';

type Doc = PDFKit.PDFDocument;

/**
 * pdfkit turns every operator and object string into bytes with a JavaScript loop over its characters,
 * then pushes each through a Readable stream that copies it again; Node's latin1 encoder gives the same
 * bytes natively (both keep each character's low byte), and the file's pieces go straight to `chunks`.
 */
function collectBytes(pdf: Doc, chunks: Uint8Array[]): void {
  const doc = internals(pdf);
  // The header was pushed by the constructor, before this sink existed.
  const header = pdf.read() as Uint8Array | null;
  if (header) chunks.push(header);
  const bytes = (data: string | Uint8Array): Uint8Array =>
    typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data;
  doc._write = (data) => {
    const piece = bytes(data);
    chunks.push(piece);
    doc._offset += piece.length;
  };
  doc.addContent = (data) => {
    doc.page.write(bytes(data));
    return doc;
  };
  // pdfkit ends the stream when the document is written; a reader keeps it flowing so 'end' is emitted.
  pdf.on('data', () => undefined);
}

/** The content area of a page: the paper less the margins, header and footer. */
export function pageFrame(paper: { width: number; height: number }): Frame {
  return {
    left: PAGE.side,
    right: paper.width - PAGE.side,
    width: paper.width - 2 * PAGE.side,
    top: PAGE.top + PAGE.header,
    bottom: paper.height - PAGE.bottom - PAGE.footer,
    pageWidth: paper.width,
    pageHeight: paper.height,
  };
}

export function openDocument(model: DocumentModel, kind: string, paper: { width: number; height: number }): Doc {
  const date = new Date(model.buildDate);
  const when = Number.isNaN(date.getTime()) ? new Date(0) : date;
  const info: PDFKit.DocumentInfo = {
    Title: [model.workshop.title, kind, model.client.name].filter(Boolean).join(' · '),
    Subject: kind,
    Creator: 'workshop-kit',
    Producer: 'workshop-kit (PDFKit)',
    // The document ID is an MD5 of these entries, so fixed dates make the whole file reproducible.
    CreationDate: when,
    ModDate: when,
  };
  if (model.client.facilitator) info.Author = model.client.facilitator;
  const doc = new PDFDocument({
    size: [paper.width, paper.height],
    // pdfkit never breaks pages itself: the paginator owns the margins.
    margin: 0,
    bufferPages: true,
    tagged: true,
    lang: model.locale.tag,
    displayTitle: true,
    pdfVersion: '1.7',
    info,
    // No default font: pdfkit would otherwise load Helvetica, which cannot draw most of Europe.
    font: null as unknown as string,
  });
  reuseDeflatedStreams(doc);
  for (const key of FONT_KEYS) doc.registerFont(key, fontFor(key) as unknown as Buffer);
  return doc;
}

/** The file's bytes, once the document has ended. */
export function collectedBytes(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  collectBytes(doc, chunks);
  return new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });
}
