// The PowerPoint renderer: laid-out pages to an editable, deterministic .pptx on named layouts, with placeholders and speaker notes.

import { footerText, hasFooter, type LayoutKey, planPage, roleOf } from '../../layout/plan.js';
import type { SlideLayout } from '../../layout/types.js';
import type { DeckModel, Slide } from '../../model/deck.js';
import type { TemplateRole } from '../../template/types.js';
import { hex6 } from '../colors.js';
import { type RenderCtx, renderContext } from '../context.js';
import type { RenderResult, WorksheetPages } from '../contract.js';
import { pageTextShapes, type TextShape } from './click-shapes.js';
import type { SlideIndents } from './inherit.js';
import { definePptxMasters, NUMBERED, UNNUMBERED } from './masters.js';
import { normalizePptx } from './normalize.js';
import { newPresentation, presentationParts } from './pptxgenjs.js';
import { renderSlide } from './slides/index.js';
import { templateParts } from './template.js';
import { measuredIndents } from './text.js';

/**
 * Renders the deck: one slide per laid-out page, in layout order (the guide cites these numbers),
 * with "Worksheet p. N" taken from `worksheetPages`. Same model, same bytes.
 */
export async function renderDeck(
  model: DeckModel,
  layout: SlideLayout,
  worksheetPages: WorksheetPages,
): Promise<RenderResult> {
  const rc = renderContext(model, worksheetPages);
  const footer = footerText(rc.measure, model, rc.geo);
  if (footer) rc.footer = footer;
  const pres = newPresentation();
  pres.defineLayout({ name: 'WORKSHOP', width: model.theme.slide.width, height: model.theme.slide.height });
  pres.layout = 'WORKSHOP';
  pres.theme = { headFontFace: model.theme.fonts.heading, bodyFontFace: model.theme.fonts.body };
  definePptxMasters(pres, rc);
  const { slideLayouts, slideRoles, slideIndents, slideTitles, slideBuilds } = addSlides(rc, pres, layout);
  const parts = await presentationParts(pres);
  const clientTemplate = model.theme.template;
  const template = clientTemplate
    ? new Map<string, string>()
    : templateParts({
        theme: model.theme,
        geo: rc.geo,
        palette: rc.palette,
        lang: model.locale.tag,
        footerSize: footer?.size ?? model.theme.sizes.small,
      });
  const brand = {
    primary: rc.palette.primary,
    accent: rc.palette.accent,
    secondary: hex6(model.theme.colors.secondary),
  };
  const notes = [...parts.keys()].filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).length;
  const doc = {
    title: model.workshop.title,
    subject: model.workshop.subtitle ?? '',
    author: model.client.facilitator ?? '',
    company: model.client.name ?? '',
    lang: model.locale.tag,
    slideTitles,
    notes,
  };
  return {
    bytes: normalizePptx({
      parts,
      template,
      slideLayouts,
      doc,
      buildDate: model.buildDate,
      brand,
      ...(slideBuilds.some((b) => b.length > 0) ? { slideBuilds } : {}),
      ...(clientTemplate
        ? {
            clientTemplate,
            slideRoles,
            slideIndents,
            themeFaces: [model.theme.fonts.heading, model.theme.fonts.body],
          }
        : {}),
    }),
    diagnostics: rc.diagnostics,
  };
}

/** One slide per laid-out page, and what the template merge needs of each: its layout, role, indents and title. */
function addSlides(rc: RenderCtx, pres: ReturnType<typeof newPresentation>, layout: SlideLayout) {
  const slides = new Map<string, Slide>(rc.model.slides.map((s) => [s.id, s]));
  const slideLayouts: LayoutKey[] = [];
  const slideRoles: TemplateRole[] = [];
  const slideIndents: SlideIndents[] = [];
  const slideTitles: string[] = [];
  const slideBuilds: TextShape[][] = [];
  for (const page of layout.pages) {
    const slide = slides.get(page.slideId);
    if (!slide) {
      rc.diagnostics.push({
        rule: 'pptx/unknown-slide',
        message: `Layout has a page for slide "${page.slideId}", which the model does not have.`,
      });
      continue;
    }
    const plan = planPage(page);
    slideLayouts.push(plan.layout);
    slideRoles.push(roleOf(plan.layout, page.kind));
    const body = page.elements[plan.bodyIndex];
    slideIndents.push({
      title: measuredIndents(page.title.paras),
      body: body?.kind === 'text' ? measuredIndents(body.paras) : [],
    });
    slideTitles.push(page.title.paras.map((p) => p.runs.map((r) => r.text).join('')).join(' '));
    slideBuilds.push(pageTextShapes(page));
    const ps = pres.addSlide({ masterName: hasFooter(plan.layout) ? NUMBERED : UNNUMBERED });
    renderSlide(rc, slide, page, ps);
  }
  return { slideLayouts, slideRoles, slideIndents, slideTitles, slideBuilds };
}
