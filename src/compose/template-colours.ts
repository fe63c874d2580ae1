// The deck's colours on a client's template: its text slides' background, text and accents, and a layout's own fill.
import type { Theme } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import type { TemplateInfo, TemplateLayout } from '../template/types.js';
import { contrast, mix } from '../util/contrast.js';
import { themeSlot } from './template-backdrop.js';

type Master = TemplateInfo['masters'][number];

/** A master's theme colour by slot name (dk1 where its theme lacks the slot). */
function slotOf(master: Master): (name: string) => string {
  return (name) => master.colours[name as keyof typeof master.colours] ?? master.colours.dk1;
}

/**
 * A layout's own background (a dark title slide), or its master's seen through a colour map the layout swaps
 * (PowerPoint's dark background styles: bg1 is dk1 on its slides), as RRGGBB; undefined where it shows the master's.
 */
export function layoutFill(master: Master): (layout: TemplateLayout) => string | undefined {
  const slot = slotOf(master);
  return (layout) => {
    const own =
      layout.background ??
      (layout.colourMap && master.backgroundScheme ? { slot: master.backgroundScheme } : undefined);
    if (!own) return undefined;
    return ('colour' in own ? own.colour : slot(themeSlot(own.slot, { ...master.colourMap, ...layout.colourMap })))
      .replace(/^#/, '')
      .toUpperCase();
  };
}

/** The deck's colours on the text slides' background (`contentFill`, else the master's): the template's, the client's brand only for the tool's own shapes. */
export function deckColours(
  base: Theme['colors'],
  master: Master,
  contentFill: string | undefined,
  brand: Client['brand'],
): Theme['colors'] {
  const slot = slotOf(master);
  const background = contentFill
    ? `#${contentFill}`
    : 'colour' in master.background
      ? master.background.colour
      : slot(master.background.slot);
  const light = background === slot('lt1') || contrast(background, '#000000') > contrast(background, '#FFFFFF');
  const text = light
    ? contrast(background, slot('dk1')) >= 4.5
      ? slot('dk1')
      : '#000000'
    : contrast(background, slot('lt1')) >= 4.5
      ? slot('lt1')
      : '#FFFFFF';
  // Cards, tiles and label cells: a light tint of the template's first accent, never mid-grey; on a dark design a
  // lighter shade of its own background (an accent blended into navy turns muddy).
  const surface = `#${light ? mix(slot('accent1'), background, 0.1) : mix(text, background, 0.12)}`;
  return {
    ...base,
    // Titles and header rows take the template's first accent where it reads on its background.
    primary:
      brand?.primary?.toUpperCase() ??
      [slot('accent1'), light ? slot('dk2') : slot('lt2'), text].find((c) => contrast(c, background) >= 4.5) ??
      text,
    secondary: brand?.secondary?.toUpperCase() ?? text,
    accent: brand?.accent?.toUpperCase() ?? slot('accent2'),
    background,
    text: brand?.secondary?.toUpperCase() ?? text,
    surface,
    // Captions, sources, panel labels and the agenda's line: the template's text softened towards its background.
    muted: softened(text, [background, surface]),
  };
}

/**
 * `text` blended towards the first of `fills` (30% of the way at most) while it still reads at 6:1 on each of them: a
 * margin over 4.5:1 for the shading and art a template draws, for small text whose edges blend into its ground, and for
 * text on its cards as on its background.
 */
function softened(text: string, fills: readonly string[]): string {
  for (let weight = 0.7; weight < 1; weight += 0.05) {
    const candidate = `#${mix(text, fills[0]!, weight)}`;
    if (fills.every((fill) => contrast(candidate, fill) >= 6)) return candidate;
  }
  return text;
}
