// Title slide: workshop title and subtitle on the brand panel; logo, client and practical details beside it.
import { clockSpan, say } from '../../i18n/locale.js';
import type { Run, Slide } from '../../model/deck.js';
import { fitImage, PT } from '../geometry.js';
import { titleBox, type Ctx, type Draft } from '../page.js';
import { heightOf, largestFitting, para, textBox } from '../text.js';
import type { Element, Para } from '../types.js';

type TitleSlide = Extract<Slide, { kind: 'title' }>;

/** The single page of the title slide. */
export function layoutTitle(ctx: Ctx, slide: TitleSlide): Draft[] {
  if (ctx.geo.template) return layoutTemplateTitle(ctx, slide, ctx.geo.template.coverSubtitle);
  const { geo, theme } = ctx;
  const panel = geo.titlePanel;
  const { x, w } = geo.coverTitle;
  const elements: Element[] = [];

  const title = titleBox(ctx, slide.title, 'cover');
  const ruleY = title.frame.y + title.frame.h + 0.2;
  elements.push({ kind: 'shape', role: 'accent', frame: { x, y: ruleY, w: 1.2, h: 0.06 } });

  if (slide.subtitle) {
    const runs = [{ text: slide.subtitle }];
    const top = ruleY + 0.3;
    const room = geo.height - 0.6 - top;
    const size = largestFitting(26, theme.sizes.minBody, room, (s) => heightOf([para(runs, s, w * PT, { role: 'subtitle' })])) ?? theme.sizes.minBody;
    elements.push(textBox([para(runs, size, w * PT, { role: 'subtitle' })], { x, y: top, w }));
  }

  const rx = panel.w + 0.6;
  const rw = geo.width - rx - geo.margin;
  let detailsTop = 1.2;
  const logo = slide.logo ?? theme.logo;
  if (logo) {
    elements.push({ kind: 'image', frame: fitImage(logo, { x: rx, y: 0.9, w: rw, h: 1.6 }), image: logo });
    detailsTop = 2.9;
  }
  const details = detailParas(ctx, slide, rw * PT, geo.height - 0.8 - detailsTop);
  if (details.length > 0) {
    const box = textBox(details, { x: rx, y: detailsTop, w: rw });
    // Without a logo the details sit level with the title rather than high on an empty side.
    const y = logo ? detailsTop : Math.max(detailsTop, Math.min(title.frame.y + title.frame.h - box.frame.h * 0.5, geo.height - 0.8 - box.frame.h));
    elements.push({ ...box, frame: { ...box.frame, y } });
  }

  return [{ slideId: slide.id, kind: slide.kind, master: 'TITLE', title, elements }];
}

function detailParas(ctx: Ctx, slide: TitleSlide, widthPt: number, heightIn: number): Para[] {
  const { agenda, workshop } = ctx.model;
  const lines: { runs: Run[]; lead?: boolean }[] = [];
  if (slide.client) lines.push({ runs: [{ text: slide.client }], lead: true });
  if (slide.date) lines.push({ runs: [{ text: slide.date }] });
  lines.push({ runs: [{ text: clockSpan(ctx.locale, agenda.start, agenda.end) }] });
  if (slide.location) lines.push({ runs: [{ text: slide.location }] });
  if (slide.facilitator) lines.push({ runs: [{ text: `${say(ctx.locale, 'facilitator-label')} `, bold: true }, { text: slide.facilitator }] });
  if (!slide.client && workshop.audience) lines.push({ runs: [{ text: `${say(ctx.locale, 'audience-label')} `, bold: true }, { text: workshop.audience }] });
  const build = (s: number) =>
    lines.map((l, i) =>
      para(l.runs, l.lead ? Math.round(s * 1.25) : s, widthPt, {
        role: l.lead ? 'cardTitle' : 'detail',
        spaceBeforePt: i === 0 ? 0 : l.lead ? 0 : i === 1 && lines[0]?.lead ? Math.round(s * 0.8) : Math.round(s * 0.35),
      }),
    );
  const size = largestFitting(20, ctx.theme.sizes.minBody, heightIn, (s) => heightOf(build(s))) ?? ctx.theme.sizes.minBody;
  return build(size);
}

/**
 * The title slide on a client's template: the title in its title placeholder, the subtitle at the
 * top of its subtitle placeholder, the client's details under it; the template draws the rest.
 */
function layoutTemplateTitle(ctx: Ctx, slide: TitleSlide, sub: Element['frame']): Draft[] {
  const { geo, theme } = ctx;
  const title = titleBox(ctx, slide.title, 'cover');
  const elements: Element[] = [];
  const bottom = Math.max(sub.y + sub.h, geo.height - 0.5);
  let top = sub.y;
  if (slide.subtitle) {
    const runs = [{ text: slide.subtitle }];
    const size = largestFitting(Math.min(26, theme.sizes.body + 4), theme.sizes.minBody, Math.min(sub.h, bottom - top), (s) => heightOf([para(runs, s, sub.w * PT, { role: 'subtitle' })])) ?? theme.sizes.minBody;
    const box = textBox([para(runs, size, sub.w * PT, { role: 'subtitle' })], { x: sub.x, y: top, w: sub.w });
    elements.push(box);
    top = box.frame.y + box.frame.h + 0.15;
  }
  const details = detailParas(ctx, slide, sub.w * PT, bottom - top);
  if (details.length > 0) elements.push(textBox(details, { x: sub.x, y: top, w: sub.w }));
  return [{ slideId: slide.id, kind: slide.kind, master: 'TITLE', title, elements }];
}
