// Where things go on a slide, shared by layout (to measure) and the renderer (to draw the masters).
import type { ImageRef } from '../model/deck.js';
import type { TextSetting } from '../template/text-setting.js';
import type { Frame, RunLook } from './types.js';

/** Points per inch. */
export const PT = 72;

/** The fixed regions of the three masters, in inches, derived from the theme's slide size and margin. */
export interface Geometry {
  width: number;
  height: number;
  margin: number;
  /** Content master: the brand bar along the top edge. */
  topBar: Frame;
  /** Content master: where a one- or two-line title sits (bottom-aligned). */
  title: Frame;
  /** Gap between the title box and the accent rule below it, and between the rule and the body. */
  ruleGap: number;
  ruleHeight: number;
  /** Content master: body area when the title fits the standard title box. */
  body: Frame;
  /** Footer text (workshop name) and slide number, along the bottom edge. */
  footer: Frame;
  slideNumber: Frame;
  /** Where a content slide says which module of the day it belongs to, between the footer and the logo; none on a client's template. */
  progress?: Frame;
  /** Small logo in the content master's bottom-right corner. */
  footerLogo: Frame;
  /** Mirrored for a right-to-left kit (`mastersGeometry`): the brand panel at the right, the logo and slide number at the left. */
  rtl?: true;
  /** Vertical gap between stacked elements. */
  gap: number;
  /** Title master: the brand-coloured panel on the left holding title and subtitle. */
  titlePanel: Frame;
  /** Title master: the workshop title (bottom-aligned). */
  coverTitle: Frame;
  /** Section master: the section title (bottom-aligned). */
  heroTitle: Frame;
  /** Largest title size on each master, in points (titles shrink from there to the theme's minimum). */
  titleMax: { content: number; hero: number; cover: number };
  /** Titles a template's placeholders show in capitals, measured so. */
  titleCaps?: Partial<Record<'content' | 'hero' | 'cover', true>>;
  /**
   * A client's template: its layouts' placeholders give the frames, and its masters draw the
   * design, so the deck adds no panels, bars or rules of its own.
   */
  template?: {
    /** The title slide's subtitle placeholder (subtitle and the client's details). */
    coverSubtitle: Frame;
    /** Capitals and character spacing the template's subtitle and section text placeholders set, which layout measures. */
    coverSubtitleLook: RunLook;
    /** How the cover's subtitle placeholder aligns its text, where not to the left: the client's details follow it. */
    coverAlign?: 'center' | 'right';
    /** How the cover's title placeholder aligns its title, where not to the left. */
    coverTitleAlign?: 'center' | 'right';
    heroBodyLook: RunLook;
    /** How the text slides' body placeholder styles its runs (a bold body style measured bold). */
    bodyLook: RunLook;
    /** The section layout's text placeholder (objectives). */
    heroBody: Frame;
    /** What the title and section layouts draw outside their placeholders (logos, lines, text): text placed beyond a placeholder keeps clear of it. */
    keepOut: { cover: Frame[]; hero: Frame[] };
    /** The closing slide's layout, as the section's are given above: the dividers' own unless the template has a closing layout. */
    closing: {
      title: Frame;
      body: Frame;
      bodyLook: RunLook;
      keepOut: Frame[];
      caps?: true;
      titleText?: TextSetting;
      bodyText?: TextSetting;
    };
    /**
     * How the content layout's body placeholder and the layouts' title placeholders set their text (insets, anchoring,
     * line and paragraph spacing), where the layouts have them: the deck measures with it and writes none of it.
     */
    text: {
      body?: TextSetting;
      heroBody?: TextSetting;
      titles: Partial<Record<'content' | 'hero' | 'cover', TextSetting>>;
    };
  };
}

/** The geometry the closing slide is laid out in: on a template, its layout's title and text placeholders in the section's place. */
export function closingGeometry(geo: Geometry): Geometry {
  const t = geo.template;
  if (!t) return geo;
  const { hero: _, ...otherCaps } = geo.titleCaps ?? {};
  const { hero: __, ...otherTitles } = t.text.titles;
  const { heroBody: ___, ...text } = t.text;
  return {
    ...geo,
    heroTitle: t.closing.title,
    titleCaps: { ...otherCaps, ...(t.closing.caps ? { hero: true as const } : {}) },
    template: {
      ...t,
      text: {
        ...text,
        ...(t.closing.bodyText ? { heroBody: t.closing.bodyText } : {}),
        titles: { ...otherTitles, ...(t.closing.titleText ? { hero: t.closing.titleText } : {}) },
      },
      heroBody: t.closing.body,
      heroBodyLook: t.closing.bodyLook,
      keepOut: { ...t.keepOut, hero: t.closing.keepOut },
    },
  };
}

/** The largest frame with the image's aspect ratio inside `box`, aligned to its top-left corner. */
export function fitImage(image: ImageRef, box: Frame): Frame {
  const aspect = image.width > 0 && image.height > 0 ? image.width / image.height : 1;
  const w = Math.min(box.w, box.h * aspect);
  return { x: box.x, y: box.y, w, h: w / aspect };
}

/** Points kept under the last line of text at `sizePt` for the glyphs' descent. */
export function descentPad(sizePt: number): number {
  return Math.ceil(sizePt * 0.16 + 1);
}
