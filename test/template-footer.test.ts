// A master that prints its own footer line and slide number (typed in text boxes along its foot, as German and
// corporate masters do): the deck prints neither of its own over them, in the deck and in slides.pdf alike.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { readTemplate } from '../src/template/read.js';
import { shapesOf, slidesOf } from './support/deck-xml.js';
import { FIXTURES } from './support/fixtures.js';
import { makeTemplate } from './support/make-template.js';
import { flat, pdfText } from './support/pdf-text.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const LINE = 'Müller & Söhne GmbH · Vertraulich';
const poppler = realClients('pdftotext');

describe('a master that prints its own footer line and slide number', () => {
  let root: string;
  let template: Uint8Array;
  beforeAll(async () => {
    template = await makeTemplate({ masterFooter: { text: LINE.replace('&', '&amp;'), number: true } });
    root = mkdtempSync(join(tmpdir(), 'wk-footer-'));
    const content = join(root, 'content');
    cpSync(join(FIXTURES, 'base'), content, { recursive: true });
    mkdirSync(join(content, 'assets', 'templates'), { recursive: true });
    writeFileSync(join(content, 'assets', 'templates', 'firma.potx'), template);
    const acme = join(content, 'clients', 'acme.yaml');
    writeFileSync(acme, `${readFileSync(acme, 'utf8')}template: assets/templates/firma.potx\n`);
    expect(await main(['--content', content, '--out', join(root, 'out'), '--client', 'acme'], { out: () => {}, err: () => {}, tty: false, color: false })).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is read as text the master prints, one shape of it a slide number', () => {
    const texts = readTemplate(template).masters[0]!.look?.texts ?? [];
    expect(texts.length).toBe(2);
    expect(texts.filter((t) => t.slideNumber).length).toBe(1);
  });

  it('is named in `template check`, which says the deck adds neither there', async () => {
    const lines: string[] = [];
    expect(await main(['template', 'check', join(root, 'content', 'assets', 'templates', 'firma.potx')], { out: (l) => lines.push(l), err: () => {}, tty: false, color: false })).toBe(0);
    expect(lines.join('\n')).toMatch(/"Title and Content" \(text slides \(title and bullets\)\) prints its own footer line and slide number: the deck adds none there/);
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

  it.runIf(poppler)('prints the master’s line and number in slides.pdf, as the deck shows them, and none of its own', () => {
    const pages = pdfText(join(root, 'out', 'acme', 'slides.pdf')).split('\f');
    expect(flat(pages.join(' '))).not.toContain('Leading and Managing · Acme');
    // Page 4: the master's company line, and its page number field once (the deck's own number would be a second).
    const page = flat(pages[3]!);
    expect(page).toContain(LINE);
    expect(page.match(/(^|\s)4(?=\s|$)/g)).toHaveLength(1);
  });
});
