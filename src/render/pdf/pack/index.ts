// session-pack.pdf: what a facilitator prints for the room, in the order the day uses it: the sign-in sheet, a name
// tent and a feedback form for everyone expected, and their certificates of attendance, on the client's paper.
import { say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult } from '../../contract.js';
import { createPdf, drawFurniture, Painter, paginate } from '../document.js';
import { PAGE, PAPER } from '../style.js';
import { certificate } from './certificate.js';
import { feedbackForm } from './feedback.js';
import { nameTent } from './name-tent.js';
import type { PageDraw } from './placed.js';
import { signInSheet } from './sign-in.js';

export async function renderPack(model: DeckModel): Promise<RenderResult> {
  const pack = model.pack!;
  const words = (key: Parameters<typeof say>[1]) => say(model.locale, key);
  const pdf = createPdf({ model, kind: words('pack-title') });
  const { ctx } = pdf;
  const paper = PAPER[model.client.paper] ?? PAPER.A4;
  const landscape = { width: paper.height, height: paper.width };
  // Everything is laid out before the first page is drawn: the document registers the glyphs it will use up front.
  const signIn = signInSheet(ctx, model, pack);
  const people = pack.attendees.length > 0 ? pack.attendees : Array.from({ length: pack.blankCopies }, () => undefined);
  const tentsTag = ctx.tag(ctx.root, 'Sect', { title: words('name-tents-title') });
  const tents = people.map((who) => nameTent(ctx, tentsTag, model, who, landscape));
  const forms = Array.from({ length: pack.forms }, () => feedbackForm(ctx, model, pack.feedback));
  const certificatesTag = ctx.tag(ctx.root, 'Sect', { title: words('certificates-title') });
  const certificates = people.map((who) => certificate(ctx, certificatesTag, model, pack, who, landscape));
  const bytes = await pdf.finishPages((p) => {
    mark(p, words('sign-in-title'));
    paginate(ctx.diagnostics, p, signIn);
    const signInPages = p.page;
    pages(p, tents, landscape, words('name-tents-title'));
    // A form has no running header or footer: it may use their bands, and so fits one page of either paper.
    const bare = new Painter(p.doc, { ...p.frame, top: PAGE.top, bottom: p.frame.pageHeight - PAGE.bottom });
    forms.forEach((boxes, i) => {
      p.newPage();
      if (i === 0) mark(p, words('feedback-title'));
      paginate(ctx.diagnostics, bare, boxes);
    });
    pages(p, certificates, landscape, words('certificates-title'));
    p.close();
    drawFurniture(ctx, p, model, words('sign-in-title'), { start: 0, count: signInPages });
  });
  return { bytes, diagnostics: ctx.diagnostics };
}

/** A page for each drawing, the first of them in the document's outline under `title`. */
function pages(p: Painter, draws: readonly PageDraw[], size: { width: number; height: number }, title: string): void {
  draws.forEach((draw, i) => {
    p.newPage(size);
    if (i === 0) mark(p, title);
    draw(p);
  });
}

/** A bookmark to the current page, so a reader jumps to each part of the pack. */
function mark(p: Painter, title: string): void {
  p.doc.outline.addItem(title);
}
