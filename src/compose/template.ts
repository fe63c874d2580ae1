// A client's PowerPoint template over the theme: its size, fonts and colours, and the layouts each kind of slide uses.

import { normaliseImagePath } from '../content/image-path.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source, Theme } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import { backdropGrid, busyFrames, hardestUnder } from '../template/grid.js';
import { bodyPlaceholder, chooseLayouts, DECK_ROLES, type DeckRole, textPlaceholder } from '../template/roles.js';
import type {
  TemplateFrame,
  TemplateInfo,
  TemplateLayout,
  TemplatePlaceholder,
  TemplateRole,
  TitleLook,
} from '../template/types.js';
import { familyOf, suppliedFamilies } from '../text/measure.js';
import { contrast, mix } from '../util/contrast.js';
import { printedBullet } from './bullets.js';
import { backdropOf, resolveColour, themeSlot } from './template-backdrop.js';

export interface TemplateUse {
  path: string;
  info: TemplateInfo;
  mapping: Partial<Record<DeckRole, string>>;
  source: Source;
}

/** The template a client's kit uses (the client's wins), if any. */
export function templateFor(
  workshop: { template?: string; 'template-layouts'?: Partial<Record<DeckRole, string>> },
  client: { value: Client; source: { locate(path: (string | number)[]): Source } } | undefined,
  workshopSource: { locate(path: (string | number)[]): Source },
  templates: ReadonlyMap<string, TemplateInfo>,
): TemplateUse | undefined {
  const own = client?.value.template;
  const written = own ?? workshop.template;
  if (!written) return undefined;
  const path = normaliseImagePath(written).path;
  const info = path ? templates.get(path) : undefined;
  if (!info || !path) return undefined;
  const mapping = client?.value['template-layouts'] ?? workshop['template-layouts'] ?? {};
  return {
    path,
    info,
    mapping,
    source: own ? client!.source.locate(['template']) : workshopSource.locate(['template']),
  };
}

/**
 * The theme on the template: its slide size, theme fonts and sizes, and (where the client's brand
 * sets none) its colours; the layouts by role, with a warning for each role no layout fits, and one
 * for a font the build cannot measure.
 */
export function applyTemplate(theme: Theme, use: TemplateUse, brand: Client['brand'], warnings: Diagnostic[]): Theme {
  const { info } = use;
  const choices = chooseLayouts(info, use.mapping);
  const roleLayouts = mapRoles(choices.layouts, (choice) => choice.layout);
  const titles = mapRoles(roleLayouts, (layout) => titleLook(info, layout));
  // The theme of the master the text slides' layout belongs to: its colours and fonts are the deck's.
  const content = choices.layouts.content.layout;
  const master = info.masters.find((m) => m.part === content.master) ?? info.masters[0]!;
  const faces = measuredFaces(info, content);
  warnings.push(...templateWarnings(theme, use, choices.warnings, [faces.heading, faces.body]));
  const ownFill = layoutFill(master);
  const titleFill = ownFill(choices.layouts.title.layout);
  const sectionFill = ownFill(choices.layouts.section.layout);
  const margin = content.placeholders.find((p) => p.type === 'title')?.frame?.x ?? theme.slide.margin;
  const backdrops = mapRoles(roleLayouts, (layout, role) => backdropOf(info, layout, role));
  const grids = mapRoles(backdrops, (backdrop) => backdropGrid(backdrop, info.parts, info));
  // Roles whose body or subtitle placeholder the template colours below 4.5:1 on what is behind it: the tool's own colour stays.
  const weakBody = (Object.keys(roleLayouts) as Role[]).filter(
    (role) => !bodyReads(info, roleLayouts[role], grids[role]),
  );
  return {
    ...theme,
    name: `template:${use.path}`,
    // Headings are measured in the typeface the text slides' title style names.
    fonts: { ...theme.fonts, ...faces },
    colors: {
      ...deckColours(theme.colors, master, ownFill(content), brand),
      // Tables as the template's own slides show them: the header in its table style's colour.
      ...(info.tableHeader ? { header: resolveColour(info.tableHeader, master) } : {}),
    },
    sizes: {
      ...theme.sizes,
      ...(master.titleSize ? { title: Math.min(master.titleSize, 44) } : {}),
      ...(master.bodySize ? { body: Math.min(master.bodySize, 28) } : {}),
    },
    slide: { width: info.width, height: info.height, margin },
    template: {
      path: use.path,
      parts: info.parts,
      slideSize: info.slideSize,
      masters: info.masters.map((m) => ({ id: m.id, part: m.part })),
      layouts: roleLayouts,
      titles,
      furniture: master.placeholders.filter((p) => p.type === 'ftr' || p.type === 'sldNum' || p.type === 'dt'),
      fills: { ...(titleFill ? { title: titleFill } : {}), ...(sectionFill ? { section: sectionFill } : {}) },
      backdrops,
      grids,
      prints: mapRoles(roleLayouts, (layout) => printedFurniture(info, layout)),
      // Beside the shapes the template draws, the busy parts of its pictures (a logo printed into a photo background).
      keepOut: mapRoles(roleLayouts, (layout, role) => [...keepOutOf(info, layout), ...busyFrames(grids[role], info)]),
      bullets: mapRoles(roleLayouts, (layout) => bulletsOf(info, layout)),
      bodyLooks: bodyLooksOf(info, roleLayouts),
      ...(weakBody.length ? { ownBodyColour: Object.fromEntries(weakBody.map((role) => [role, true])) } : {}),
    },
  };
}

type Master = TemplateInfo['masters'][number];

/** What the facilitator hears of a template: layouts it lacks, what reading left out, the logo, fonts without twins. */
function templateWarnings(
  theme: Theme,
  use: TemplateUse,
  layoutWarnings: readonly string[],
  faces: readonly string[],
): Diagnostic[] {
  const { info } = use;
  const out: Diagnostic[] = [];
  for (const message of layoutWarnings)
    out.push({ rule: 'template/layout-missing', message: `template \`${use.path}\`: ${message}`, source: use.source });
  for (const notice of info.notices)
    out.push({ rule: 'template/left-out', message: `template \`${use.path}\`: ${notice}`, source: use.source });
  // The template is the brand: it carries the client's logo where its designer put it, so the deck adds none.
  if (theme.logo)
    out.push({
      rule: 'template/logo-left-out',
      message: `the client's logo \`${theme.logo.path}\` is left out of the deck, slides.pdf and the handouts, which are built on template \`${use.path}\` and show the template's own logo where its designer put it; it still heads the printed documents`,
      source: use.source,
    });
  const own = suppliedFamilies(theme.fontFiles);
  // The typefaces text is measured in: the text slides' title style's and the body's.
  for (const font of new Set(faces)) {
    if (familyOf(font, own) === 'wide')
      out.push({
        rule: 'template/font-unmeasured',
        message: `template \`${use.path}\`: its font "${font}" has no metric twin here, so text is measured with the wider of DejaVu Sans and DejaVu Serif (LibreOffice draws a font it lacks in one of them): it fits, but may be set smaller than it could be; list the font's files under \`fonts:\` (e.g. fonts: [assets/fonts/${font.replace(/\s+/g, '')}-Regular.ttf]) to measure it exactly`,
        source: use.source,
      });
  }
  return out;
}

/** A master's theme colour by slot name (dk1 where its theme lacks the slot). */
function slotOf(master: Master): (name: string) => string {
  return (name) => master.colours[name as keyof typeof master.colours] ?? master.colours.dk1;
}

/**
 * A layout's own background (a dark title slide), or its master's seen through a colour map the layout swaps
 * (PowerPoint's dark background styles: bg1 is dk1 on its slides), as RRGGBB; undefined where it shows the master's.
 */
function layoutFill(master: Master): (layout: TemplateLayout) => string | undefined {
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
function deckColours(
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
 * How slides.pdf sets the running text of each layout's text placeholder, as the deck leaves it to the layout. A
 * layout without a text placeholder has no say: the text the tool puts there is its own, in its own colour.
 */
function bodyLooksOf(
  info: TemplateInfo,
  roleLayouts: Record<Role, TemplateLayout>,
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

type Role = TemplateRole;
const mapRoles = <T, U>(byRole: Record<Role, T>, f: (value: T, role: Role) => U): Record<Role, U> =>
  Object.fromEntries(DECK_ROLES.map((role) => [role, f(byRole[role], role)])) as Record<Role, U>;

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
function bulletsOf(
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
  const limit = { picture: 0.2, panel: 0.2, drawing: 0.7, text: 1 };
  return obstacles.filter((o) => (o.frame.w * o.frame.h) / slide < limit[o.kind]).map((o) => o.frame);
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

/** Whether the text a layout's body (or subtitle) placeholder shows in the template's colour reads at 4.5:1 on what is under it. */
function bodyReads(info: TemplateInfo, layout: TemplateLayout, grid: ReturnType<typeof backdropGrid>): boolean {
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
