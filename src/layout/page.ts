// Helpers every slide kind uses: the layout context, content pages and fitted titles.

import type { Diagnostic } from '../diagnostics.js';
import { type Locale, say } from '../i18n/locale.js';
import type { DeckModel, Slide, Theme } from '../model/deck.js';
import type { Measure } from '../text/measure.js';
import type { Region } from './flow.js';
import { type Geometry, PT } from './geometry.js';
import { descentPad, para } from './text.js';
import { boxHeight, largestFitting, placeholderInsets, settingInsetX, textBox } from './text-box.js';
import { geometry } from './theme-geometry.js';
import type { Element, Para, SlidePage, TextBox } from './types.js';

export interface Ctx {
  model: DeckModel;
  locale: Locale;
  theme: Theme;
  geo: Geometry;
  diagnostics: Diagnostic[];
  /** The deck's fonts, every word on its slides is measured with. */
  measure: Measure;
  /** How every divider of the deck sets its objectives (see `dividerPolicy`); unset while that is being decided. */
  dividers?: DividerPolicy;
}

/** Objectives beside every divider's title, or on a slide of their own after every divider, at one size. */
export interface DividerPolicy {
  move: boolean;
  size: number;
}

/** A new layout context for a model. */
export function context(model: DeckModel, measure: Measure): Ctx {
  return { model, locale: model.locale, theme: model.theme, geo: geometry(model.theme), diagnostics: [], measure };
}

/** A page not yet numbered among its slide's pages. */
export type Draft = Omit<SlidePage, 'part' | 'parts'>;

/** A content-master page: fitted title, accent rule under it, then the elements. */
export function contentPage(slide: Slide, title: TitleFit, elements: Element[], continued = false): Draft {
  return {
    slideId: slide.id,
    kind: slide.kind,
    master: 'CONTENT',
    title: continued ? title.cont : title.box,
    elements: [{ kind: 'shape', role: 'rule', frame: continued ? title.contRule : title.rule }, ...elements],
  };
}

export interface TitleFit {
  box: TextBox;
  rule: Element['frame'];
  /** The body region under the first page's title and under a continuation's title. */
  first: Region;
  cont: TextBox;
  contRule: Element['frame'];
  next: Region;
}

/**
 * Fits a slide title (and its "(cont.)" form) into the content master's title area; the first page's title leaves
 * the top `above` inches of it to a line over the title (an exercise's details).
 */
export function fitTitle(ctx: Ctx, title: string, above = 0): TitleFit {
  const a = fitOneTitle(ctx, title, above);
  const b = fitOneTitle(ctx, say(ctx.locale, 'continued-title', { title }));
  return { box: a.box, rule: a.rule, first: a.region, cont: b.box, contRule: b.rule, next: b.region };
}

/**
 * A title fitted into a master's title frame, from `max` down to the theme's minimum title size.
 * Its bottom inset suits the largest size, as the master's placeholder has one inset for all
 * sizes. A title too long even at the minimum grows the frame downwards. A template's title
 * placeholder keeps its own insets, anchoring and line spacing, measured so.
 */
export function titleBox(ctx: Ctx, text: string, master: 'content' | 'hero' | 'cover', above = 0): TextBox {
  const { geo } = ctx;
  const whole = { content: geo.title, hero: geo.heroTitle, cover: geo.coverTitle }[master];
  const f = { ...whole, y: whole.y + above, h: whole.h - above };
  const max = geo.titleMax[master];
  const setting = geo.template?.text.titles[master];
  const own = { x: 0, top: 0, bottom: descentPad(max) };
  const runs = [{ text, ...(geo.titleCaps?.[master] ? { caps: true } : {}) }];
  const widthPt = f.w * PT - 2 * (setting ? settingInsetX(setting) : 0);
  // A template's title style may set its titles in from the frame's inset (its own margin): measured so, left to it.
  const margin = setting ? { indentPt: Math.max(0, setting.levels[1].marL), hangPt: -setting.levels[1].indent } : {};
  const build = (s: number) =>
    para(ctx.measure, runs, s, widthPt, { role: 'title', lineSpacing: setting?.levels[1].line, ...margin });
  const insets = (p: Para) => (setting ? placeholderInsets(ctx.measure, setting, [p], setting.anchor) : own);
  const size =
    largestFitting(max, ctx.theme.sizes.minTitle, f.h, (s) => {
      const p = build(s);
      return boxHeight([p], insets(p));
    }) ?? ctx.theme.sizes.minTitle;
  const title = build(size);
  const valign = setting ? ANCHORED[setting.anchor] : 'bottom';
  return textBox([title], { x: f.x, y: f.y, w: f.w }, { valign, minH: f.h, inset: insets(title) });
}

const ANCHORED = { t: 'top', ctr: 'middle', b: 'bottom' } as const;

function fitOneTitle(ctx: Ctx, text: string, above = 0): { box: TextBox; rule: Element['frame']; region: Region } {
  const { geo } = ctx;
  const f = geo.title;
  const box = titleBox(ctx, text, 'content', above);
  const h = box.frame.y + box.frame.h - f.y;
  const ruleY = f.y + h + geo.ruleGap;
  const rule = { x: f.x, y: ruleY, w: 1.1, h: geo.ruleHeight };
  // On a template the body starts where its placeholder does; a title over it grown past its frame pushes it down (a
  // title beside the body, in a panel of its own at the side, leaves it be).
  const over = f.x < geo.body.x + geo.body.w && geo.body.x < f.x + f.w;
  const top = geo.template
    ? Math.max(geo.body.y, over ? f.y + h + 0.1 : geo.body.y)
    : Math.max(geo.body.y, ruleY + geo.ruleHeight + 0.2);
  const setting = geo.template?.text.body;
  const region: Region = { x: geo.body.x, w: geo.body.w, top, bottom: geo.body.y + geo.body.h };
  return { box, rule, region: setting ? { ...region, setting } : region };
}
