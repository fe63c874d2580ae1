// A theme's geometry: the built-in masters' frames, or on a client's template those its layouts' placeholders give.
import type { Theme } from '../model/deck.js';
import { bodyPlaceholder } from '../template/layout-fit.js';
import { type TextSetting, textSetting } from '../template/text-setting.js';
import type { DeckTemplate, TemplateLayout, TemplatePlaceholder } from '../template/types.js';
import { clearOfArt, clearOfEnds } from './clear.js';
import { descentPad, type Geometry } from './geometry.js';
import type { Frame, RunLook } from './types.js';

/** The geometry for a theme's slide size (16:9 by default). */
export function geometry(theme: Theme): Geometry {
  const standard = standardGeometry(theme);
  return theme.template ? templateGeometry(theme, theme.template, standard) : standard;
}

function standardGeometry(theme: Theme): Geometry {
  const { width, height, margin } = theme.slide;
  const inner = width - 2 * margin;
  // Room for two title lines at the largest title size (a longer title shrinks, and grows the box
  // downwards at the smallest); the box starts well below the top bar, so accents never touch it.
  const titleTop = 0.3;
  const titleH = 1.2;
  const ruleGap = 0.1;
  const ruleHeight = 0.05;
  const bodyTop = titleTop + titleH + ruleGap + ruleHeight + 0.2;
  const footerTop = height - 0.52;
  const bodyBottom = footerTop - 0.18;
  const panelW = Math.round(width * 0.6 * 100) / 100;
  return {
    width,
    height,
    margin,
    topBar: { x: 0, y: 0, w: width, h: 0.12 },
    title: { x: margin, y: titleTop, w: inner, h: titleH },
    ruleGap,
    ruleHeight,
    body: { x: margin, y: bodyTop, w: inner, h: bodyBottom - bodyTop },
    footer: { x: margin, y: footerTop, w: inner * 0.45, h: 0.36 },
    progress: {
      x: margin + inner * 0.45 + 0.3,
      y: footerTop,
      w: width - margin - 0.8 - 0.2 - 1.3 - 0.3 - (margin + inner * 0.45 + 0.3),
      h: 0.36,
    },
    slideNumber: { x: width - margin - 0.8, y: footerTop, w: 0.8, h: 0.36 },
    footerLogo: { x: width - margin - 0.8 - 0.2 - 1.3, y: footerTop + 0.02, w: 1.3, h: 0.32 },
    gap: 0.18,
    titlePanel: { x: 0, y: 0, w: panelW, h: height },
    coverTitle: { x: 0.8, y: 1.1, w: panelW - 1.4, h: 3.1 },
    heroTitle: { x: margin, y: 1.5, w: inner, h: 2.1 },
    titleMax: { content: theme.sizes.title, hero: theme.sizes.title + 6, cover: theme.sizes.title + 8 },
  };
}

/**
 * Frames from a client's template: titles and text where its layouts' placeholders are, footer and
 * slide number where its master's are; what a layout leaves out falls back to the standard frame.
 */
function templateGeometry(theme: Theme, template: DeckTemplate, base: Geometry): Geometry {
  const at = placeholdersOf(template);
  const titles = templateTitles(theme, template, base, at);
  const { title, coverTitle, heroTitle } = titles;
  const placeholderBody = bodyPlaceholder(template.layouts.content)?.frame ?? {
    x: title.x,
    y: title.y + title.h + 0.2,
    w: title.w,
    h: Math.max(1, theme.slide.height - (title.y + title.h + 0.2) - 0.6),
  };
  // Text, tables, cards and the footer line stay off a logo the master prints into the body's corner or at the
  // footer's end: the placeholder moves for them.
  const art = [...(template.keepOut?.content ?? []), ...(template.keepOut?.['title-only'] ?? [])];
  const body = clearOfArt(placeholderBody, art);
  const titleCaps = {
    content: at.caps('content', 'title'),
    hero: at.caps('section', 'title', 'ctrTitle'),
    cover: at.caps('title', 'ctrTitle', 'title'),
  };
  const furniture = (type: string) => template.furniture.find((p) => p.type === type && p.frame)?.frame;
  return {
    ...base,
    title,
    body,
    coverTitle,
    heroTitle,
    footer: clearOfEnds(furniture('ftr') ?? base.footer, art),
    slideNumber: numberFrame(template) ?? base.slideNumber,
    titlePanel: { x: 0, y: 0, w: 0, h: 0 },
    progress: undefined,
    titleMax: { content: theme.sizes.title, hero: theme.sizes.title + 4, cover: theme.sizes.title + 6 },
    titleCaps: Object.fromEntries(Object.entries(titleCaps).filter(([, on]) => on)),
    template: templateText(theme, template, at, titles),
  };
}

type LayoutRole = keyof DeckTemplate['layouts'];

/** A template's placeholders by layout and type: the first type listed that the layout has wins, as the deck links its shapes (client-template.ts). */
function placeholdersOf(template: DeckTemplate) {
  const placeholder = (role: LayoutRole, ...types: string[]) =>
    types.map((t) => template.layouts[role].placeholders.find((p) => p.type === t && p.frame)).find(Boolean);
  return {
    placeholder,
    frame: (role: LayoutRole, ...types: string[]) => placeholder(role, ...types)?.frame,
    caps: (role: LayoutRole, ...types: string[]) => (placeholder(role, ...types)?.caps ? true : undefined),
  };
}

/** Where each kind of slide's title goes on a template, clear of the art at its ends. */
function templateTitles(theme: Theme, template: DeckTemplate, base: Geometry, at: ReturnType<typeof placeholdersOf>) {
  const keepOut = template.keepOut;
  const title = clearOfEnds(
    at.frame('content', 'title') ?? at.frame('title-only', 'title') ?? base.title,
    keepOut?.content ?? [],
  );
  // A cover layout without a title placeholder: the title in the master's title column, across the slide's middle.
  const coverTitle = clearOfEnds(
    at.frame('title', 'ctrTitle', 'title') ?? {
      x: title.x,
      y: theme.slide.height * 0.3,
      w: title.w,
      h: theme.slide.height * 0.22,
    },
    keepOut?.title ?? [],
  );
  const heroTitle = clearOfEnds(at.frame('section', 'title', 'ctrTitle') ?? base.heroTitle, keepOut?.section ?? []);
  const closingTitle = clearOfEnds(at.frame('closing', 'title', 'ctrTitle') ?? heroTitle, keepOut?.closing ?? []);
  return { title, coverTitle, heroTitle, closingTitle };
}

/** Where a template's cover, divider and closing put the text beside their titles, and how its placeholders set text. */
function templateText(
  theme: Theme,
  template: DeckTemplate,
  at: ReturnType<typeof placeholdersOf>,
  titles: ReturnType<typeof templateTitles>,
): NonNullable<Geometry['template']> {
  const { placeholder, frame, caps } = at;
  const { coverTitle, heroTitle, closingTitle } = titles;
  const below = (f: Frame): Frame => ({
    x: f.x,
    y: f.y + f.h + 0.1,
    w: f.w,
    h: Math.max(0.8, theme.slide.height - (f.y + f.h + 0.1) - 0.5),
  });
  return {
    coverSubtitle: frame('title', 'subTitle', 'body', 'obj') ?? below(coverTitle),
    heroBody: layoutText(template.layouts.section)?.frame ?? below(heroTitle),
    coverSubtitleLook: runLook(placeholder('title', 'subTitle', 'body', 'obj')),
    ...alignOf(placeholder('title', 'subTitle', 'body', 'obj')),
    ...titleAlignOf(placeholder('title', 'ctrTitle', 'title')),
    heroBodyLook: runLook(layoutText(template.layouts.section)),
    bodyLook: runLook(bodyPlaceholder(template.layouts.content)),
    keepOut: { cover: template.keepOut?.title ?? [], hero: template.keepOut?.section ?? [] },
    closing: {
      title: closingTitle,
      body: layoutText(template.layouts.closing)?.frame ?? below(closingTitle),
      bodyLook: runLook(layoutText(template.layouts.closing)),
      keepOut: template.keepOut?.closing ?? [],
      ...(caps('closing', 'title', 'ctrTitle') ? { caps: true as const } : {}),
      ...settingOf(
        'titleText',
        placeholder('closing', 'title', 'ctrTitle') ?? placeholder('section', 'title', 'ctrTitle'),
      ),
      ...settingOf('bodyText', layoutText(template.layouts.closing)),
    },
    text: {
      ...settingOf('body', bodyPlaceholder(template.layouts.content)),
      ...settingOf('heroBody', layoutText(template.layouts.section)),
      titles: {
        ...settingOf('content', placeholder('content', 'title') ?? placeholder('title-only', 'title')),
        ...settingOf('hero', placeholder('section', 'title', 'ctrTitle')),
        ...settingOf('cover', placeholder('title', 'ctrTitle', 'title')),
      },
    },
  };
}

/** A placeholder's text setting under `key`, where the layout has the placeholder (else the deck's text boxes keep their own). */
function settingOf<K extends string>(key: K, p: TemplatePlaceholder | undefined): Partial<Record<K, TextSetting>> {
  return p ? ({ [key]: textSetting(p) } as Record<K, TextSetting>) : {};
}

/** A divider's or closing layout's text placeholder: its body, or else its subtitle (a designed divider has only that). */
function layoutText(layout: TemplateLayout): TemplatePlaceholder | undefined {
  return bodyPlaceholder(layout) ?? bodyPlaceholder(layout, ['subTitle']);
}

/**
 * The template's slide number frame, grown upwards where it is shorter than a line of its own text (designers draw
 * it a hairline high and let the number stand out of it): the number stays where they put it, inside its box.
 */
function numberFrame(template: DeckTemplate): Frame | undefined {
  const number = template.furniture.find((p) => p.type === 'sldNum' && p.frame);
  if (!number?.frame) return undefined;
  const size = number.look?.size ?? 12;
  const needed = (size * 1.2 + descentPad(size)) / 72 + 0.02;
  const { x, y, w, h } = number.frame;
  return h >= needed ? number.frame : { x, y: y + h - needed, w, h: needed };
}

/** The cover title placeholder's alignment where it is not the left. */
function titleAlignOf(p: TemplatePlaceholder | undefined): { coverTitleAlign?: 'center' | 'right' } {
  const { coverAlign } = alignOf(p);
  return coverAlign ? { coverTitleAlign: coverAlign } : {};
}

/** A placeholder's alignment of its text where it is not the left (DrawingML's ctr and r). */
function alignOf(p: TemplatePlaceholder | undefined): { coverAlign?: 'center' | 'right' } {
  const align = p?.look?.align;
  return align === 'ctr' ? { coverAlign: 'center' } : align === 'r' ? { coverAlign: 'right' } : {};
}

/** What a placeholder's text style does to the width of its text: capitals, character spacing and a bold weight. */
function runLook(p: TemplatePlaceholder | undefined): RunLook {
  return {
    ...(p?.caps ? { caps: true } : {}),
    ...(p?.look?.spacing ? { spacing: p.look.spacing } : {}),
    ...(p?.look?.bold ? { bold: true } : {}),
  };
}
