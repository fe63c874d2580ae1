// Title slide: workshop title and subtitle on the brand panel; logo, client and practical details beside it.

import { clockSpan, labelBefore, say } from '../../i18n/locale.js';
import type { Run, Slide } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { clearBelow, clearSpan } from '../clear.js';
import { fitImage, PT } from '../geometry.js';
import { type Ctx, type Draft, titleBox } from '../page.js';
import { balancedWidth, lookedRuns, para } from '../text.js';
import { heightOf, largestFitting, textBox, textTop as textTopOf } from '../text-box.js';
import type { Element, Para, TextBox } from '../types.js';

type TitleSlide = Extract<Slide, { kind: 'title' }>;

/** The single page of the title slide. */
export function layoutTitle(ctx: Ctx, slide: TitleSlide): Draft[] {
  if (ctx.geo.template) return layoutTemplateTitle(ctx, slide, ctx.geo.template.coverSubtitle);
  const { geo, theme } = ctx;
  const panel = geo.titlePanel;
  const { x, w } = geo.coverTitle;
  const elements: Element[] = [];

  const title = balanced(ctx.measure, titleBox(ctx, slide.title, 'cover'));
  const ruleY = title.frame.y + title.frame.h + 0.2;
  elements.push({ kind: 'shape', role: 'accent', frame: { x, y: ruleY, w: 1.2, h: 0.06 } });

  if (slide.subtitle) {
    const runs = [{ text: slide.subtitle }];
    const top = ruleY + 0.3;
    const room = geo.height - 0.6 - top;
    const size =
      largestFitting(26, theme.sizes.minBody, room, (s) =>
        heightOf([para(ctx.measure, runs, s, w * PT, { role: 'subtitle' })]),
      ) ?? theme.sizes.minBody;
    elements.push(
      balanced(ctx.measure, textBox([para(ctx.measure, runs, size, w * PT, { role: 'subtitle' })], { x, y: top, w })),
    );
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
    const y = logo
      ? detailsTop
      : Math.max(
          detailsTop,
          Math.min(title.frame.y + title.frame.h - box.frame.h * 0.5, geo.height - 0.8 - box.frame.h),
        );
    elements.push({ ...box, frame: { ...box.frame, y } });
  }

  return [{ slideId: slide.id, kind: slide.kind, master: 'TITLE', title, elements }];
}

/**
 * A one-paragraph box narrowed to its balanced width: the cover's title and subtitle break into lines of about equal
 * length ("Two jobs every team needs, / and how to do both"), never leaving a word or two (or, in Chinese and
 * Japanese, a character) alone. A template's centred or right-aligned placeholder keeps its text's place: the
 * narrower box stands in the middle or at the right of the frame.
 */
function balanced(m: Measure, box: TextBox, align?: 'center' | 'right'): TextBox {
  const p = box.paras[0];
  if (box.paras.length !== 1 || !p) return box;
  const widthPt = box.frame.w * PT - 2 * box.inset.x;
  const w = (balancedWidth(m, p, widthPt) + 2 * box.inset.x) / PT;
  if (w >= box.frame.w) return box;
  const spare = box.frame.w - w;
  const x = box.frame.x + (align === 'center' ? spare / 2 : align === 'right' ? spare : 0);
  return { ...box, frame: { ...box.frame, x, w } };
}

function detailParas(
  ctx: Ctx,
  slide: TitleSlide,
  widthPt: number,
  heightIn: number,
  floor = ctx.theme.sizes.minBody,
  // On a template the details line up as its subtitle does (a centred cover keeps them centred).
  align: 'left' | 'center' | 'right' = ctx.geo.template?.coverAlign ?? 'left',
  // When and where on one line, as a cover with little room under its subtitle sets them.
  compact = false,
): Para[] {
  const { agenda, workshop } = ctx.model;
  const lines: { runs: Run[]; lead?: boolean }[] = [];
  if (slide.client) lines.push({ runs: [{ text: slide.client }], lead: true });
  const when = [slide.date, clockSpan(ctx.locale, agenda.start, agenda.end), slide.location];
  if (compact) lines.push({ runs: [{ text: when.filter(Boolean).join('  ·  ') }] });
  else for (const text of when) if (text) lines.push({ runs: [{ text }] });
  if (slide.facilitator)
    lines.push({
      runs: [{ text: labelBefore(say(ctx.locale, 'facilitator-label')), bold: true }, { text: slide.facilitator }],
    });
  if (!slide.client && workshop.audience)
    lines.push({
      runs: [{ text: labelBefore(say(ctx.locale, 'audience-label')), bold: true }, { text: workshop.audience }],
    });
  const build = (s: number) =>
    lines.map((l, i) =>
      para(ctx.measure, l.runs, l.lead ? Math.round(s * 1.25) : s, widthPt, {
        role: l.lead ? 'cardTitle' : 'detail',
        align,
        spaceBeforePt:
          i === 0 ? 0 : l.lead ? 0 : i === 1 && lines[0]?.lead ? Math.round(s * 0.8) : Math.round(s * 0.35),
      }),
    );
  const size = largestFitting(20, floor, heightIn, (s) => heightOf(build(s))) ?? floor;
  return build(size);
}

/**
 * The title slide on a client's template: the title in its title placeholder, the subtitle at the
 * top of its subtitle placeholder, the client's details under it; the template draws the rest.
 */
function layoutTemplateTitle(ctx: Ctx, slide: TitleSlide, sub: Element['frame']): Draft[] {
  const { geo, theme } = ctx;
  const title = balanced(ctx.measure, titleBox(ctx, slide.title, 'cover'), geo.template?.coverTitleAlign);
  const keepOut = geo.template?.keepOut.cover ?? [];
  // Below its subtitle placeholder the text goes no further than the template's own art (a drawn line, a logo).
  const bottom = clearBelow(
    { x: sub.x, w: sub.w, top: sub.y, bottom: Math.max(sub.y + sub.h, geo.height - 0.5) },
    keepOut,
    sub.y + sub.h,
  ).bottom;
  const widthPt = sub.w * PT;
  // Measured as the subtitle placeholder shows it (spaced capitals, say).
  const runs = lookedRuns([{ text: slide.subtitle ?? '' }], geo.template?.coverSubtitleLook);
  const subtitle = (s: number) => (slide.subtitle ? [para(ctx.measure, runs, s, widthPt, { role: 'subtitle' })] : []);
  const largest = Math.min(26, theme.sizes.body + 4);
  // The subtitle alone in its placeholder, at the largest size it fits.
  const subtitleBox = (opts: Parameters<typeof textBox>[2] = {}): TextBox[] => {
    if (!slide.subtitle) return [];
    const size =
      largestFitting(largest, theme.sizes.minBody, sub.h, (s) => heightOf(subtitle(s))) ?? theme.sizes.minBody;
    return [textBox(subtitle(size), { x: sub.x, y: sub.y, w: sub.w }, opts)];
  };
  const cover = (elements: Element[]): Draft[] => [
    { slideId: slide.id, kind: slide.kind, master: 'TITLE', title, elements },
  ];
  // A layout with its subtitle above the title: the subtitle keeps its frame, the details take the
  // room below the title or, failing that, above the subtitle (set against its foot).
  if (sub.y + sub.h <= geo.coverTitle.y + 0.05) {
    const details = detailsBesideTitle(ctx, slide, sub, title, keepOut);
    return cover([...subtitleBox({ valign: 'bottom', minH: sub.h }), ...details]);
  }
  // Subtitle and details share the room below the subtitle's top: the subtitle gives way (down to
  // the smallest body size) until the details fit under it; a template with little room there
  // (a short 16:9 slide) sets the details smaller still rather than past the slide's edge.
  const fit = (s: number, floor: number, compact: boolean) => {
    const head = subtitle(s);
    const headH = head.length > 0 ? heightOf(head) + 0.15 : 0;
    const details = detailParas(ctx, slide, widthPt, bottom - sub.y - headH, floor, undefined, compact);
    return { head, headH, details, fits: heightOf(details) <= bottom - sub.y - headH + 0.01 };
  };
  // The details keep the smallest body size while anything else can give: the subtitle steps down, then when and where
  // share a line; only then do they go down to 10 pt (a date and a place read small).
  let chosen: ReturnType<typeof fit> | undefined;
  for (const floor of [theme.sizes.minBody, Math.min(theme.sizes.minBody, 10)])
    for (const compact of [false, true])
      for (let s = largest; s >= theme.sizes.minBody && !chosen; s--) {
        const tried = fit(s, floor, compact);
        if (tried.fits && heightOf(tried.head) <= sub.h + 0.01) chosen = tried;
      }
  if (!chosen) {
    // No room under the subtitle clear of the template's art: the subtitle keeps its placeholder and the details go
    // above the title, in its column, where that is clear.
    return cover([...subtitleBox(), ...detailsAboveTitle(ctx, slide, sub, title, keepOut)]);
  }
  const elements: Element[] = [];
  if (chosen.head.length > 0)
    elements.push(
      balanced(ctx.measure, textBox(chosen.head, { x: sub.x, y: sub.y, w: sub.w }), geo.template?.coverAlign),
    );
  if (chosen.details.length > 0)
    elements.push(textBox(chosen.details, { x: sub.x, y: sub.y + chosen.headH, w: sub.w }));
  return cover(elements);
}

/**
 * A cover's details where its subtitle stands above the title: below the title, or failing that above the subtitle
 * (set against its foot); none where neither is clear of the template's art (the speaker notes name the client, the
 * place and the hours).
 */
function detailsBesideTitle(
  ctx: Ctx,
  slide: TitleSlide,
  sub: Element['frame'],
  title: TextBox,
  keepOut: readonly Element['frame'][],
): Element[] {
  const { geo, theme } = ctx;
  const column = { x: sub.x, w: sub.w };
  const under = clearSpan({ ...column, top: title.frame.y + title.frame.h + 0.1, bottom: geo.height - 0.3 }, keepOut);
  const over = clearSpan({ ...column, top: geo.title.y, bottom: sub.y - 0.1 }, keepOut);
  const sides = [
    { top: under.top, bottom: under.bottom, foot: false },
    { top: over.top, bottom: over.bottom, foot: true },
  ];
  const placed = [theme.sizes.minBody, Math.min(theme.sizes.minBody, 10)]
    .flatMap((floor) =>
      sides.map((side) => ({ side, details: detailParas(ctx, slide, sub.w * PT, side.bottom - side.top, floor) })),
    )
    .find((t) => heightOf(t.details) <= t.side.bottom - t.side.top + 0.01);
  if (!placed || placed.details.length === 0) return [];
  const box = textBox(placed.details, { x: sub.x, y: placed.side.top, w: sub.w });
  return [placed.side.foot ? { ...box, frame: { ...box.frame, y: placed.side.bottom - box.frame.h } } : box];
}

/** A cover's details above its title, in the subtitle's column, where that is clear of the template's art; else none. */
function detailsAboveTitle(
  ctx: Ctx,
  slide: TitleSlide,
  sub: Element['frame'],
  title: TextBox,
  keepOut: readonly Element['frame'][],
): Element[] {
  const { minBody } = ctx.theme.sizes;
  const above = clearSpan({ x: sub.x, w: sub.w, top: 0.4, bottom: textTopOf(ctx.measure, title) - 0.25 }, keepOut);
  const details = [minBody, Math.min(minBody, 10)]
    .map((floor) => detailParas(ctx, slide, sub.w * PT, above.bottom - above.top, floor))
    .find((d) => heightOf(d) <= above.bottom - above.top + 0.01);
  return details && details.length > 0 ? [textBox(details, { x: sub.x, y: above.top, w: sub.w })] : [];
}
