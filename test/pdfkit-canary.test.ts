// The private pdfkit members the PDF renderer relies on (src/render/pdf/pdfkit-internals.ts) are there in the pinned
// pdfkit, with the types it expects; and the memo of deflated streams changes one document, never pdfkit's classes.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FONT_KEYS, fontFor } from '../src/render/pdf/fonts.js';
import { internals, PRIVATE_MEMBERS } from '../src/render/pdf/pdfkit-internals.js';
import { reuseDeflatedStreams } from '../src/render/pdf/reuse.js';

function newDocument(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: 0, font: null as unknown as string });
  doc.registerFont(FONT_KEYS[0]!, fontFor(FONT_KEYS[0]!) as unknown as Buffer);
  doc.font(FONT_KEYS[0]!);
  return doc;
}

/** Members of `object` whose `typeof` is not the expected one, named `where.member`. */
function gone(where: string, object: unknown, expected: Record<string, string>): string[] {
  return Object.entries(expected)
    .filter(([member, type]) => typeof (object as Record<string, unknown>)[member] !== type)
    .map(
      ([member, type]) =>
        `${where}.${member} (expected a ${type}, found ${typeof (object as Record<string, unknown>)[member]})`,
    );
}

describe('pdfkit internals', () => {
  it('has every private member the renderer uses, as the renderer types it', () => {
    const doc = internals(newDocument());
    const missing = [
      ...gone('document', doc, PRIVATE_MEMBERS.document),
      ...gone('page', doc.page, PRIVATE_MEMBERS.page),
      ...gone('page.content', doc.page.content, PRIVATE_MEMBERS.reference),
      ...gone('document._font', doc._font, PRIVATE_MEMBERS.embeddedFont),
      ...gone('document._font.subset', doc._font?.subset, PRIVATE_MEMBERS.subset),
    ];
    expect(missing).toEqual([]);
    expect(doc._normalizeColor('#336699')).toEqual([0.2, 0.4, 0.6]);
  });

  it('the deflate memo patches one document’s objects, not pdfkit’s PDFReference class', () => {
    const plain = internals(newDocument());
    const prototypeFinalize = Object.getPrototypeOf(plain.page.content).finalize;
    const reused = newDocument();
    reuseDeflatedStreams(reused);
    expect(internals(reused).page.content.finalize).not.toBe(prototypeFinalize);
    expect(Object.getPrototypeOf(internals(reused).page.content).finalize).toBe(prototypeFinalize);
    expect(internals(newDocument()).page.content.finalize).toBe(prototypeFinalize);
    // New references of the patched document deflate through the memo too.
    expect(internals(reused).ref({}).finalize).not.toBe(prototypeFinalize);
  });
});
