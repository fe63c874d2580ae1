// What PowerPoint draws behind a slide on a client's template, with its colours worked out, for slides.pdf, the handouts
// and the guide's thumbnails: the layout's background (or its master's), the master's art unless the layout hides it,
// then the layout's own art.

import { textPlaceholder } from '../template/layout-fit.js';
import type {
  Backdrop,
  BackdropArt,
  BackdropFill,
  ColourSpec,
  TemplateArt,
  TemplateFill,
  TemplateInfo,
  TemplateLayout,
  TemplatePlaceholder,
  TemplateRole,
} from '../template/types.js';
import { inspectImage } from '../util/image.js';

type Master = TemplateInfo['masters'][number];

export function backdropOf(info: TemplateInfo, layout: TemplateLayout, role: TemplateRole): Backdrop {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  // A layout's own colour map recolours its master's art on its slides too, as PowerPoint draws them.
  const map = { colours: master.colours, colourMap: { ...master.colourMap, ...layout.colourMap } };
  const colour = (spec: ColourSpec) => resolveColour(spec, map);
  const fill = (f: TemplateFill): BackdropFill =>
    'solid' in f
      ? { solid: colour(f.solid) }
      : 'gradient' in f
        ? {
            gradient: {
              angle: f.gradient.angle,
              stops: f.gradient.stops.map((s) => ({ at: s.at, colour: colour(s.colour) })),
            },
          }
        : f;
  const fallback: BackdropFill = {
    solid:
      'colour' in master.background
        ? master.background.colour
        : (master.colours[master.background.slot as keyof Master['colours']] ?? '#FFFFFF'),
  };
  const own = layout.look?.backdrop ?? master.look?.backdrop;
  const art = [...(layout.hidesMasterArt ? [] : (master.look?.art ?? [])), ...(layout.look?.art ?? [])];
  const texts = [...(layout.hidesMasterArt ? [] : (master.look?.texts ?? [])), ...(layout.look?.texts ?? [])].flatMap(
    (t) =>
      t.text
        ? [
            {
              frame: t.frame,
              text: t.text,
              // PowerPoint's default for a text box: 18 pt in the theme's text colour.
              size: t.size ?? 18,
              bold: t.bold === true,
              colour: colour(t.colour ?? { scheme: 'tx1' }),
              align: t.align === 'ctr' ? ('center' as const) : t.align === 'r' ? ('right' as const) : ('left' as const),
              ...(t.slideNumber ? { slideNumber: true as const } : {}),
            },
          ]
        : [],
  );
  const drawn = ({ fill: own, line, ...rest }: TemplateArt): BackdropArt => {
    const opacity = own && 'solid' in own ? opacityOf(own.solid) : 1;
    return {
      ...rest,
      ...(own ? { fill: fill(own) } : {}),
      ...(opacity < 1 ? { opacity } : {}),
      ...(line ? { line: { colour: colour(line.colour), width: line.width, ...seeThrough(line.colour) } } : {}),
    };
  };
  const behind = placeholderPaints(layout, master, role, drawn);
  const furniture = furnitureLooks(layout, master, colour);
  return {
    ...(texts.length ? { texts } : {}),
    fill: own ? fill(own) : fallback,
    art: [...art.map(drawn), ...photosOf(info, layout)],
    ...(Object.keys(behind).length ? { behind } : {}),
    ...(Object.keys(furniture).length ? { furniture } : {}),
  };
}

/**
 * The pictures the template's example slides show in the layout's picture placeholders, each filling its frame as
 * PowerPoint fills a picture placeholder: scaled to cover it, the overflow cut off evenly, in the placeholder's outline.
 */
function photosOf(info: TemplateInfo, layout: TemplateLayout): BackdropArt[] {
  return (layout.examplePictures ?? []).flatMap(({ idx, part }) => {
    const frame = layout.placeholders.find((p) => p.type === 'pic' && p.idx === idx)?.frame;
    const size = info.parts[part] ? inspectImage(info.parts[part]).info : undefined;
    if (!frame || !size || frame.w <= 0 || frame.h <= 0) return [];
    const geometry = layout.placeholders.find((p) => p.type === 'pic' && p.idx === idx)?.geometry;
    return [
      {
        kind: 'picture' as const,
        frame,
        part,
        crop: coverCrop(size.width / size.height, frame.w / frame.h),
        placeholder: idx,
        ...(geometry ? { geometry } : {}),
      },
    ];
  });
}

/** What is cut off each side of a picture of aspect `picture` (width over height) to fill a frame of aspect `frame`. */
function coverCrop(picture: number, frame: number): { l: number; t: number; r: number; b: number } {
  const round = (n: number) => Math.round(n * 100_000) / 100_000;
  if (picture > frame) {
    const side = round((1 - frame / picture) / 2);
    return { l: side, t: 0, r: side, b: 0 };
  }
  const side = round((1 - picture / frame) / 2);
  return { l: 0, t: side, r: 0, b: side };
}

/** The layout's placeholder of a type, else its master's (footer placeholders a layout leaves out). */
function placeholderOf(
  layout: TemplateLayout,
  master: Master,
  types: readonly string[],
): TemplatePlaceholder | undefined {
  const find = (list: readonly TemplatePlaceholder[]) => types.map((t) => list.find((p) => p.type === t)).find(Boolean);
  return find(layout.placeholders) ?? find(master.placeholders);
}

/** What the title, text, footer and slide-number placeholders the role's slides fill draw under their text. */
function placeholderPaints(
  layout: TemplateLayout,
  master: Master,
  role: TemplateRole,
  drawn: (art: TemplateArt) => BackdropArt,
): NonNullable<Backdrop['behind']> {
  const out: NonNullable<Backdrop['behind']> = {};
  const places = {
    title: layout.placeholders.find((p) => p.type === 'title' || p.type === 'ctrTitle'),
    text: textPlaceholder(layout, role),
    footer: placeholderOf(layout, master, ['ftr']),
    number: placeholderOf(layout, master, ['sldNum']),
  };
  for (const [name, ph] of Object.entries(places) as [keyof typeof places, TemplatePlaceholder | undefined][]) {
    const paint = ph?.paint;
    if (!paint || !ph.frame) continue;
    out[name] =
      paint.fill && 'picture' in paint.fill
        ? { kind: 'picture', frame: ph.frame, part: paint.fill.picture }
        : drawn({ kind: 'shape', frame: ph.frame, ...paint });
  }
  return out;
}

const ALIGN: Record<string, 'left' | 'center' | 'right'> = { l: 'left', ctr: 'center', r: 'right' };

/** How the layout sets its footer and slide number text: colour (the theme's text colour where nothing says), size and alignment. */
function furnitureLooks(
  layout: TemplateLayout,
  master: Master,
  colour: (spec: ColourSpec) => string,
): NonNullable<Backdrop['furniture']> {
  const out: NonNullable<Backdrop['furniture']> = {};
  for (const [name, type] of [
    ['footer', 'ftr'],
    ['number', 'sldNum'],
  ] as const) {
    const ph = placeholderOf(layout, master, [type]);
    if (!ph) continue;
    const align = ph.look?.align;
    out[name] = {
      colour: colour(ph.look?.colour ?? { scheme: 'tx1' }),
      ...(ph.look?.size ? { size: ph.look.size } : {}),
      ...(align && ALIGN[align] ? { align: ALIGN[align] } : {}),
    };
  }
  return out;
}

/** The theme slot a colour name stands for through a colour map (bg1 -> lt1 on a light master); a slot name stands for itself. */
export function themeSlot(name: string, colourMap: Record<string, string> | undefined): string {
  return colourMap?.[name] ?? { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' }[name] ?? name;
}

/** How opaque a colour is drawn: its alpha modifiers (1 without). */
export function opacityOf(spec: ColourSpec): number {
  return (spec.mods ?? []).reduce(
    (a, [name, value]) => (name === 'alpha' ? a * Math.min(1, Math.max(0, value)) : a),
    1,
  );
}

/** A DrawingML colour as #RRGGBB: the theme slot through the master's colour map, then its modifiers. */
export function resolveColour(spec: ColourSpec, master: Pick<Master, 'colours' | 'colourMap'>): string {
  const slot = spec.scheme ? themeSlot(spec.scheme, master.colourMap) : undefined;
  let rgb = spec.rgb ?? master.colours[slot as keyof Master['colours']] ?? '#000000';
  for (const [name, value] of spec.mods ?? []) rgb = modify(rgb, name, value);
  return rgb;
}

function modify(hex: string, name: string, value: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  // Shade and tint work on linear light, as PowerPoint (and LibreOffice) apply them, not on the sRGB values.
  if (name === 'shade') return toHex(...[r, g, b].map((c) => toSrgb(toLinear(c) * value)));
  if (name === 'tint') return toHex(...[r, g, b].map((c) => toSrgb(1 - (1 - toLinear(c)) * value)));
  if (name !== 'lumMod' && name !== 'lumOff') return hex;
  const [h, s, l] = toHsl(r, g, b);
  return fromHsl(h, s, Math.min(1, Math.max(0, name === 'lumMod' ? l * value : l + value)));
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);

function toHex(...channels: number[]): string {
  return `#${channels
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0')
        .toUpperCase(),
    )
    .join('')}`;
}

function toHsl(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number): string {
  if (s === 0) return toHex(l, l, l);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return toHex(channel(h + 1 / 3), channel(h), channel(h - 1 / 3));
}

/** A line colour's opacity where its alpha makes it see-through. */
function seeThrough(c: ColourSpec): { opacity?: number } {
  const opacity = opacityOf(c);
  return opacity < 1 ? { opacity } : {};
}
