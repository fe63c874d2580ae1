// `workshop-kit template check FILE`: what the build reads of a PowerPoint template, and which layout each kind of slide will use.
import { readFile } from 'node:fs/promises';
import { backdropOf } from './compose/template-backdrop.js';
import { measuredFaces, printedFurniture, titleLook } from './compose/template-looks.js';
import type { Output } from './report.js';
import { backdropGrid } from './template/grid.js';
import { hardestUnder } from './template/legibility.js';
import { readTemplate, TemplateProblem } from './template/read.js';
import { DECK_ROLES, ROLE_USE } from './template/role-names.js';
import { chooseLayouts, type RoleChoices } from './template/roles.js';
import { type TemplateInfo, type TemplateLook, THEME_COLOURS } from './template/types.js';
import { familyOf } from './text/measure.js';
import { contrast } from './util/contrast.js';

const METRICS = {
  arial: 'measured exactly (Arimo, Arial’s metric twin)',
  calibri: 'measured exactly (Carlito, Calibri’s metric twin)',
  times: 'measured exactly (Tinos, Times New Roman’s metric twin)',
  cambria: 'measured exactly (Caladea, Cambria’s metric twin)',
  wide: 'no metric twin here: measured with the wider of DejaVu Sans and Serif (warning)',
} as const;

/** Prints the report; exit 0 when the template can be used, 1 when it cannot, 2 when the file cannot be read. */
export async function templateCheck(file: string, output: Output): Promise<number> {
  const info = await openTemplate(file, output);
  if (typeof info === 'number') return info;
  const choices = chooseLayouts(info);
  // The faces the text slides' styles name, which text is set and measured in (the theme's unless a style names its own).
  const faces = measuredFaces(info, choices.layouts.content.layout);
  printOverview(file, info, faces, output);
  printLayouts(info, output);
  printChoices(choices, output);
  const risks = risksOf(info, choices);
  if (risks.length) {
    output.out('  to know');
    for (const risk of risks) output.out(`    ${risk}`);
  }
  printWarnings(file, info, choices, faces, output);
  return 0;
}

type Faces = ReturnType<typeof measuredFaces>;

/** The template read from `file`, or the exit code once the reason it cannot be used is printed. */
async function openTemplate(file: string, output: Output): Promise<TemplateInfo | number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    output.err(
      `workshop-kit: cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message)}`,
    );
    return 2;
  }
  try {
    return readTemplate(bytes);
  } catch (error) {
    if (!(error instanceof TemplateProblem)) throw error;
    output.err(`${file}: error: template ${error.message} [template/unusable]`);
    return 1;
  }
}

/** The file's kind, slide size, fonts, colours, background and masters, and what the PDFs draw of the masters. */
function printOverview(file: string, info: TemplateInfo, faces: Faces, output: Output): void {
  const inches = (n: number) => `${Math.round(n * 100) / 100} in`;
  output.out(
    `${file}: ${info.kind === 'template' ? 'PowerPoint template (.potx)' : 'PowerPoint presentation used as a template'}`,
  );
  output.out(`  slide size   ${inches(info.width)} × ${inches(info.height)} (${aspectRatio(info)})`);
  output.out(`  fonts        headings ${faces.heading}: ${METRICS[familyOf(faces.heading) as keyof typeof METRICS]}`);
  output.out(`               body ${faces.body}: ${METRICS[familyOf(faces.body) as keyof typeof METRICS]}`);
  output.out(`  theme colours ${THEME_COLOURS.map((c) => `${c} ${info.colours[c]}`).join(', ')}`);
  const master = info.masters[0]!;
  const background =
    'colour' in master.background
      ? master.background.colour
      : `${master.background.slot} ${info.colours[master.background.slot as keyof typeof info.colours] ?? ''}`.trim();
  output.out(
    `  background   ${background}; text ${master.text}; sizes: titles ${master.titleSize ?? '?'} pt, body ${master.bodySize ?? '?'} pt`,
  );
  output.out(`  masters      ${info.masters.length}; example slides ${info.exampleSlides} (never part of a deck)`);
  output.out(
    `  in the PDFs  ${info.masters.map((m, i) => `master ${i + 1}: ${drawn(m.look, true)}`).join('; ')}; turned free-form outlines and EMF, WMF and SVG pictures only in the deck`,
  );
}

/** The slide's shape as people name it (16:9, 4:3, 16:10), else its ratio to one. */
function aspectRatio(info: TemplateInfo): string {
  const ratio = info.width / info.height;
  return Math.abs(ratio - 16 / 9) < 0.01
    ? '16:9'
    : Math.abs(ratio - 4 / 3) < 0.01
      ? '4:3'
      : Math.abs(ratio - 16 / 10) < 0.01
        ? '16:10'
        : `${ratio.toFixed(2)}:1`;
}

/** Every layout with its placeholders and what it draws of its own. */
function printLayouts(info: TemplateInfo, output: Output): void {
  output.out('  layouts');
  for (const l of info.layouts) {
    const phs =
      l.placeholders
        .map((p) => `${p.type}${p.idx !== undefined ? `#${p.idx}` : ''}${p.caps ? ' (capitals)' : ''}`)
        .join(', ') || 'no placeholders';
    const own = l.look && (l.look.backdrop || l.look.art.length) ? `; draws ${drawn(l.look)}` : '';
    output.out(
      `    "${l.name}"${l.type ? ` (${l.type})` : ''}: ${phs}${own}${l.hidesMasterArt ? "; hides the master's shapes" : ''}`,
    );
  }
}

/** The layout each kind of slide uses, and how it was found. */
function printChoices(choices: RoleChoices, output: Output): void {
  output.out('  slides use');
  for (const role of DECK_ROLES) {
    const c = choices.layouts[role];
    const how = {
      mapping: 'as the content names it',
      placeholders: 'found by its placeholders',
      name: 'found by its name',
      closest: 'closest: no layout fits (warning)',
      section: 'the dividers\' layout: none is named for it ("Closing Slide", "Abschluss"...)',
      content: "the text slides' layout: the template's title-only layout sets its title apart from theirs",
      example: "the layout of the template's own closing example slide",
    }[c.by];
    output.out(`    ${ROLE_USE[role]} (${role}): "${c.layout.name}", ${how}`);
  }
}

/** Missing layouts, parts of the file left out and fonts measured without their metric twin, on stderr. */
function printWarnings(file: string, info: TemplateInfo, choices: RoleChoices, faces: Faces, output: Output): void {
  for (const w of choices.warnings) output.err(`${file}: warning: ${w} [template/layout-missing]`);
  for (const notice of info.notices) output.err(`${file}: warning: template ${notice} [template/left-out]`);
  for (const font of new Set([faces.heading, faces.body]))
    if (familyOf(font) === 'wide')
      output.err(
        `${file}: warning: font "${font}" has no metric twin here; text is measured with the wider of DejaVu Sans and Serif, so it fits but may be set smaller; list its files under \`fonts:\` to measure it exactly [template/font-unmeasured]`,
      );
}

/** What slides.pdf draws of a master or layout, in a few words; a layout without a background of its own shows its master's. */
function drawn(look: TemplateLook | undefined, master = false): string {
  const ground = look?.backdrop
    ? 'solid' in look.backdrop
      ? 'a background colour'
      : 'gradient' in look.backdrop
        ? 'a gradient background'
        : 'a background picture'
    : undefined;
  const count = (kind: 'picture' | 'shape', one: string) => {
    const n = look?.art.filter((a) => a.kind === kind).length ?? 0;
    return n ? [`${n} ${one}${n > 1 ? 's' : ''}`] : [];
  };
  const parts = [
    ...(ground ? [ground] : master ? ["the theme's background colour"] : []),
    ...count('picture', 'picture'),
    ...count('shape', 'shape'),
  ];
  return parts.join(', ') || 'nothing of its own';
}

/** What the build does about each chosen layout that a designer should know of: empty photo frames, photos, own text. */
function risksOf(info: TemplateInfo, choices: RoleChoices): string[] {
  const out: string[] = [];
  const area = info.width * info.height;
  for (const role of DECK_ROLES) {
    // A closing slide on the dividers' layout shares their risks.
    if (role === 'closing' && choices.layouts.closing.by === 'section') continue;
    const layout = choices.layouts[role].layout;
    const name = `"${layout.name}" (${ROLE_USE[role]})`;
    if (role === 'title' && !layout.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'))
      out.push(`${name} has no title placeholder: the title and details go in text boxes on it`);
    const photo = layout.placeholders.find((p) => p.type === 'pic' && p.frame && (p.frame.w * p.frame.h) / area > 0.15);
    const share = photo?.frame ? Math.round(((photo.frame.w * photo.frame.h) / area) * 100) : 0;
    const shown = layout.examplePictures?.some((p) => p.idx === photo?.idx);
    if (photo?.frame)
      out.push(
        shown
          ? `${name} has a picture placeholder over ${share}% of the slide: the deck shows the picture the template's example slide puts there; change it in PowerPoint (Change Picture)`
          : `${name} has an empty picture placeholder over ${share}% of the slide: the deck leaves it empty; add the picture in PowerPoint, or name another layout in \`template-layouts\``,
      );
    const master = info.masters.find((m) => m.part === layout.master) ?? info.masters[0]!;
    const pictures = [...(layout.hidesMasterArt ? [] : (master.look?.art ?? [])), ...(layout.look?.art ?? [])].filter(
      (a) => a.kind === 'picture' && (a.frame.w * a.frame.h) / area > 0.3,
    );
    const background = (layout.look?.backdrop ?? master.look?.backdrop) as { picture?: string } | undefined;
    if (background?.picture || pictures.length)
      out.push(
        `${name} draws a photo behind its slides: the text the tool places itself is coloured for the photo's pixels`,
      );
    const printed = printedFurniture(info, layout);
    if (printed.footer || printed.number)
      out.push(
        `${name} prints its own ${[printed.footer ? 'footer line' : '', printed.number ? 'slide number' : ''].filter(Boolean).join(' and ')}: the deck adds none there`,
      );
    // The title's own colour against what the layout really draws under its frame (photos read from their pixels).
    const look = titleLook(info, layout);
    const frame = layout.placeholders.find((p) => (p.type === 'title' || p.type === 'ctrTitle') && p.frame)?.frame;
    const under =
      look?.colour && frame
        ? hardestUnder(backdropGrid(backdropOf(info, layout, role), info.parts, info), frame, info)
        : undefined;
    if (look?.colour && under && contrast(look.colour, under) < 3)
      out.push(
        `${name} sets its titles in ${look.colour} over ${under} at worst, ${contrast(look.colour, under).toFixed(1)}:1: hard to read, and the deck keeps the template's title colour`,
      );
  }
  return [...new Set(out)];
}
