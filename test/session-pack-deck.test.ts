// The feedback address's QR code on the deck's closing slide: one custom-geometry shape with its alt text in a deck
// the schemas accept, clear of every word on the slide, read back to the address from slides.pdf and from
// LibreOffice's rendering of the deck, on the built-in theme and on client templates; where a template leaves no room
// the deck goes without it and says so.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDeck, shapesOf, slidesOf } from './support/deck-xml.js';
import { germanLayouts, type LayoutSpec, makeTemplate } from './support/make-template.js';
import { pdfInfo } from './support/pdf-text.js';
import { convert } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { qrOnPage } from './support/qr-decode.js';
import { buildOnTemplate } from './support/template-build.js';
import { realClients } from './support/tools.js';

const URL = `https://forms.example.org/acme?a=1&b="2"&c='3'&d=<4>`;
const withFeedback = (t: string) => `${t}feedback: '${URL.replaceAll("'", "''")}'\n`;
const poppler = realClients('pdftoppm');
const office = realClients('soffice', 'pdftoppm');

type Frame = { x: number; y: number; w: number; h: number };
const overlaps = (a: Frame, b: Frame) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The closing slide's QR shapes and the text shapes beside them. */
function closing(deck: string) {
  const last = slidesOf(deck).at(-1)!;
  const shapes = shapesOf(last);
  const code = shapes.find((s) => s.xml.includes('<a:custGeom>'));
  return { xml: last.xml, code, texts: shapes.filter((s) => s.text.trim() !== '') };
}

/** The last page of a PDF, where the closing slide is. */
function lastPage(pdf: string): number {
  return Number(pdfInfo(pdf).Pages);
}

describe('the feedback QR code on the closing slide', () => {
  it('is one custom shape described by the address, clear of the words, and reads back from slides.pdf', async () => {
    await buildDeck({ 'clients/acme.yaml': withFeedback }, (deck) => {
      const { xml, code, texts } = closing(deck);
      expect(code).toBeDefined();
      expect([...xml.matchAll(/<a:custGeom>/g)]).toHaveLength(1);
      expect(xml).toContain(
        `descr="QR code for the feedback form: https://forms.example.org/acme?a=1&amp;b=&quot;2&quot;&amp;c=&apos;3&apos;&amp;d=&lt;4&gt;"`,
      );
      expect(texts.map((t) => t.text)).toContain('Scan to give feedback');
      for (const t of texts) expect(overlaps(t, code!), t.text).toBe(false);
      if (!poppler) return;
      const slides = join(deck, '..', 'slides.pdf');
      expect(qrOnPage(slides, lastPage(slides))).toBe(URL);
    });
  }, 120_000);

  it.runIf(office)(
    'reads back from the deck as LibreOffice draws it',
    async () => {
      await buildDeck({ 'clients/acme.yaml': withFeedback }, (deck) => {
        const dir = mkdtempSync(join(tmpdir(), 'wk-qr-deck-'));
        try {
          const pdf = join(dir, 'deck.pdf');
          convert(new Uint8Array(readFileSync(deck)), pdf);
          expect(qrOnPage(pdf, lastPage(pdf))).toBe(URL);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    },
    180_000,
  );

  it('stays off a template’s closing text: on its free side, the deck valid, the code read back', async () => {
    // The template's closing layout sets its title and text on the right half, where the code would go first.
    const closingLayout: LayoutSpec = {
      name: 'Abschluss',
      placeholders: [
        { type: 'title', frame: [6.9, 2.4, 5.8, 1.3], size: 40 },
        { type: 'body', idx: 1, frame: [6.9, 3.9, 5.8, 2.4], size: 20 },
      ],
      background: '1F3A5F',
    };
    const template = await makeTemplate({ layouts: [...germanLayouts(), closingLayout] });
    const built = await buildOnTemplate(template, {
      withoutBrand: true,
      edits: { 'clients/acme.yaml': withFeedback },
    });
    try {
      expect(built.code, built.errors.join('\n')).toBe(0);
      expect(validatePptx(built.deck())).toEqual([]);
      const deck = join(built.root, 'out', 'acme', 'deck.pptx');
      const { code, texts } = closing(deck);
      expect(code!.x + code!.w).toBeLessThan(6.9);
      for (const t of texts) expect(overlaps(t, code!), t.text).toBe(false);
      if (!poppler) return;
      const slides = join(built.root, 'out', 'acme', 'slides.pdf');
      expect(qrOnPage(slides, lastPage(slides))).toBe(URL);
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  }, 180_000);

  it('is left out, with a warning, where a template’s closing art leaves no room for it', async () => {
    // A filled drawing (a brand panel) over the top two thirds of the closing layout, its title across the rest:
    // nowhere the code would not touch one or the other.
    const covered: LayoutSpec = {
      name: 'Abschluss',
      placeholders: [{ type: 'title', frame: [0.8, 5.2, 11.7, 1.3], size: 40 }],
      drawing: [0, 0, 13.333, 4.9],
      drawingFill: 'C8D7E6',
    };
    const template = await makeTemplate({ layouts: [...germanLayouts(), covered] });
    const built = await buildOnTemplate(template, { withoutBrand: true, edits: { 'clients/acme.yaml': withFeedback } });
    try {
      expect(built.code, built.errors.join('\n')).toBe(0);
      expect(built.errors.join('\n')).toContain('[layout/feedback-code-no-room]');
      const deck = join(built.root, 'out', 'acme', 'deck.pptx');
      expect(closing(deck).code).toBeUndefined();
      expect(validatePptx(built.deck())).toEqual([]);
    } finally {
      rmSync(built.root, { recursive: true, force: true });
    }
  }, 180_000);
});
