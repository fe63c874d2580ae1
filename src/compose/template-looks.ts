// How each layout of a client's template looks: its title and text, their typefaces and bullets, the footer and number
// it prints itself, and the shapes the tool's text keeps clear of.
import type { Theme } from '../model/deck.js';
import type { backdropGrid } from '../template/grid.js';
import { bodyPlaceholder, textPlaceholder } from '../template/layout-fit.js';
import { hardestUnder } from '../template/legibility.js';
import { DECK_ROLES } from '../template/role-names.js';
import type {
  TemplateFrame,
  TemplateInfo,
  TemplateLayout,
  TemplatePlaceholder,
  TemplateRole,
  TitleLook,
} from '../template/types.js';
import { contrast } from '../util/contrast.js';
import { printedBullet } from './bullets.js';
import { resolveColour } from './template-backdrop.js';

type Master = TemplateInfo['masters'][number];

/**
 * How slides.pdf sets the running text of each layout's text placeholder, as the deck leaves it to the layout. A
 * layout without a text placeholder has no say: the text the tool puts there is its own, in its own colour.
 */
export function bodyLooksOf(
  info: TemplateInfo,
  roleLayouts: Record<TemplateRole, TemplateLayout>,
): NonNullable<NonNullable<Theme['template']>['bodyLooks']> {
  return Object.fromEntries(
    DECK_ROLES.flatMap((role) => {
      const layout = roleLayouts[role];
      const placeholder = textPlaceholder(layout, role);
      if (!placeholder) return [];
      const align =
        placeholder.look?.align === 'ctr' ? 'center' : placeholder.look?.align === 'r' ? 'right' : undefined;
      return [[role, { colour: placeholderColour(info, layout, placeholder), ...(align ? { align } : {}) }]];
    }),
  );
}

const ALIGN: Record<string, TitleLook['align']> = { ctr: 'center', r: 'right' };

/**
 * The typefaces text is set and measured in: those the text slides' title and body styles name (a face of their own,
 * as a template's body style in a brand font, or the theme's).
 */
export function measuredFaces(info: TemplateInfo, content: TemplateLayout): { heading: string; body: string } {
  const master = info.masters.find((m) => m.part === content.master) ?? info.masters[0]!;
  return {
    heading: titleLook(info, content)?.font ?? master.fonts.major,
    body: themeFace(textPlaceholder(content, 'content')?.look?.font, master, 'minor'),
  };
}

/** The typeface a style names: its own, or the theme's heading (+mj-lt) or body (+mn-lt) face; `otherwise` where it names none. */
function themeFace(face: string | undefined, master: Master, otherwise: 'major' | 'minor'): string {
  if (face === '+mj-lt') return master.fonts.major;
  if (face === '+mn-lt') return master.fonts.minor;
  return face || master.fonts[otherwise];
}

/** A layout's title as PowerPoint shows it: the look its title placeholder inherits, colours through the layout's colour map. */
export function titleLook(info: TemplateInfo, layout: TemplateLayout): TitleLook | undefined {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  const placeholder = layout.placeholders.find((p) => p.type === 'title' || p.type === 'ctrTitle');
  // A layout without one (a designed cover) gets the tool's own title, in a text box styled as the deck's.
  if (!placeholder) return undefined;
  const look = placeholder.look ?? {};
  const font = themeFace(look.font, master, 'major');
  const colour = look.colour
    ? resolveColour(look.colour, { colours: master.colours, colourMap: { ...master.colourMap, ...layout.colourMap } })
    : undefined;
  return { ...(colour ? { colour } : {}), align: ALIGN[look.align ?? ''] ?? 'left', bold: look.bold ?? false, font };
}

/**
 * Whether a layout (with its master's shapes, unless it hides them) prints a footer line or a slide number of its own,
 * as text outside its placeholders: a text over the footer placeholder (along the slide's foot where it has none), a
 * slide number field.
 */
export function printedFurniture(info: TemplateInfo, layout: TemplateLayout): { footer: boolean; number: boolean } {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  const texts = [...(layout.hidesMasterArt ? [] : (master.look?.texts ?? [])), ...(layout.look?.texts ?? [])];
  const footer = [...master.placeholders, ...layout.placeholders].find((p) => p.type === 'ftr' && p.frame)?.frame;
  const overlaps = (a: TemplateFrame, b: TemplateFrame) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  return {
    // A text at the foot beside the footer placeholder (a designer's credit in a corner) leaves the placeholder free.
    footer: texts.some((t) => !t.slideNumber && (footer ? overlaps(t.frame, footer) : t.frame.y >= info.height * 0.88)),
    number: texts.some((t) => t.slideNumber),
  };
}

/** The bullets a layout's text placeholder shows at list levels 1 and 2 (none as ''), printable and with their colour resolved. */
export function bulletsOf(
  info: TemplateInfo,
  layout: TemplateLayout,
): Partial<Record<1 | 2, { char: string; colour?: string }>> {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  const text = bodyPlaceholder(layout) ?? bodyPlaceholder(layout, ['subTitle']);
  const out: Partial<Record<1 | 2, { char: string; colour?: string }>> = {};
  for (const n of [1, 2] as const) {
    const bullet = text?.look?.bullets?.[n];
    // A level the template shows without a bullet shows none in the deck either.
    if (bullet?.none) out[n] = { char: '' };
    if (!bullet?.char || bullet.none) continue;
    const colour = bullet.colour
      ? resolveColour(bullet.colour, {
          colours: master.colours,
          colourMap: { ...master.colourMap, ...layout.colourMap },
        })
      : undefined;
    out[n] = { char: printedBullet(bullet.char, bullet.font), ...(colour ? { colour } : {}) };
  }
  return out;
}

/**
 * What the tool's text keeps clear of on a layout (with its master's shapes, unless it hides them): its logos, lines,
 * drawings and text. Pictures and panels over a fifth of the slide are backdrops (the text is coloured for them), as
 * is a drawing over most of it.
 */
export function keepOutOf(info: TemplateInfo, layout: TemplateLayout): TemplateFrame[] {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  const obstacles = [
    ...(layout.hidesMasterArt ? [] : (master.look?.obstacles ?? [])),
    ...(layout.look?.obstacles ?? []),
  ];
  const slide = info.width * info.height;
  // A drawing over most of the slide (a swirl and arrows drawn as one shape) is kept clear of along its strokes.
  const limit = { picture: 0.2, panel: 0.2, drawing: 0.7, text: 1, stroke: 1 };
  return obstacles.filter((o) => (o.frame.w * o.frame.h) / slide < limit[o.kind]).map((o) => o.frame);
}

/** Whether the text a layout's body (or subtitle) placeholder shows in the template's colour reads at 4.5:1 on what is under it. */
export function bodyReads(info: TemplateInfo, layout: TemplateLayout, grid: ReturnType<typeof backdropGrid>): boolean {
  const body = bodyPlaceholder(layout, ['obj', 'body', 'tx', 'subTitle']);
  if (!body?.frame) return true;
  const under = hardestUnder(grid, body.frame, info);
  return !under || contrast(placeholderColour(info, layout, body), under) >= 4.5;
}

/** The colour a placeholder's text shows in (its own, its master's, the theme's text colour), through the layout's colour map. */
function placeholderColour(
  info: TemplateInfo,
  layout: TemplateLayout,
  placeholder: TemplatePlaceholder | undefined,
): string {
  const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
  return resolveColour(placeholder?.look?.colour ?? { scheme: 'tx1' }, {
    colours: master.colours,
    colourMap: { ...master.colourMap, ...layout.colourMap },
  });
}
