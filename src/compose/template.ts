// A client's PowerPoint template over the theme: its size, fonts and colours, and the layouts each kind of slide uses.

import { normaliseImagePath } from '../content/image-path.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source, Theme } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import { backdropGrid, busyFrames } from '../template/grid.js';
import { DECK_ROLES, type DeckRole } from '../template/role-names.js';
import { chooseLayouts } from '../template/roles.js';
import type { TemplateInfo, TemplateRole } from '../template/types.js';
import { familyOf, suppliedFamilies } from '../text/measure.js';
import { backdropOf, resolveColour } from './template-backdrop.js';
import { deckColours, layoutFill } from './template-colours.js';
import {
  bodyLooksOf,
  bodyReads,
  bulletsOf,
  keepOutOf,
  measuredFaces,
  printedFurniture,
  titleLook,
} from './template-looks.js';

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

type Role = TemplateRole;
const mapRoles = <T, U>(byRole: Record<Role, T>, f: (value: T, role: Role) => U): Record<Role, U> =>
  Object.fromEntries(DECK_ROLES.map((role) => [role, f(byRole[role], role)])) as Record<Role, U>;
