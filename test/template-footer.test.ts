// A master that prints its own footer line and slide number (typed in text boxes along its foot, as German and
// corporate masters do): the deck prints neither of its own over them, in the deck and in slides.pdf alike.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { shapesOf, slidesOf } from './support/deck-xml.js';
import { makeTemplate } from './support/make-template.js';
import { flat, pdfText } from './support/pdf-text.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild, templateCheck } from './support/template-build.js';
import { realClients } from './support/tools.js';

const LINE = 'Müller & Söhne GmbH · Vertraulich';
const poppler = realClients('pdftotext');

describe('a master that prints its own footer line and slide number', () => {
  let root: string;
  let template: Uint8Array;
  let built: TemplateBuild;
  beforeAll(async () => {
    template = await makeTemplate({ masterFooter: { text: LINE.replace('&', '&amp;'), number: true } });
    built = await buildOnTemplate(template, { file: 'firma.potx' });
    root = built.root;
    expect(built.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is read as text the master prints, one shape of it a slide number', () => {
    const texts = readTemplate(template).masters[0]!.look?.texts ?? [];
    expect(texts.length).toBe(2);
    expect(texts.filter((t) => t.slideNumber).length).toBe(1);
  });

  it('is named in `template check`, which says the deck adds neither there', async () => {
    const check = await templateCheck(built.templatePath);
    expect(check.code).toBe(0);
    expect(check.out).toMatch(
      /"Title and Content" \(text slides \(title and bullets\)\) prints its own footer line and slide number: the deck adds none there/,
    );
  });

  it('gets no footer or slide number placeholder of the deck on any slide', () => {
    const deck = join(root, 'out', 'acme', 'deck.pptx');
    const slides = slidesOf(deck);
    expect(slides.length).toBeGreaterThan(10);
    for (const slide of slides)
      expect(
        shapesOf(slide).filter((s) => s.placeholder === 'ftr' || s.placeholder === 'sldNum'),
        slide.name,
      ).toEqual([]);
    expect(validatePptx(readFileSync(deck))).toEqual([]);
  });

  it.runIf(poppler)(
    'prints the master’s line and number in slides.pdf, as the deck shows them, and none of its own',
    () => {
      const pages = pdfText(join(root, 'out', 'acme', 'slides.pdf')).split('\f');
      expect(flat(pages.join(' '))).not.toContain('Leading and Managing · Acme');
      // Page 4: the master's company line, and its page number field once (the deck's own number would be a second).
      const page = flat(pages[3]!);
      expect(page).toContain(LINE);
      expect(page.match(/(^|\s)4(?=\s|$)/g)).toHaveLength(1);
    },
  );
});
