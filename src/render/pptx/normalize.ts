// Assembles the .pptx from pptxgenjs's parts and ours: the same model gives the same bytes, and every part is valid PresentationML.

import { ROLE_OF } from '../../layout/plan.js';
import type { DeckTemplate, TemplateRole } from '../../template/types.js';
import { type BrandColours, brandSlots, brandTheme, schemeColours } from './brand.js';
import type { TextShape } from './click-shapes.js';
import { type TemplatePackage, templatePackage } from './client-template.js';
import { type EastAsianTheme, eastAsianRuns, eastAsianTheme, OFFICE_EA_FACES } from './east-asian.js';
import { inheritTemplateStyles, type LayoutFacts, type SlideIndents } from './inherit.js';
import { LAYOUTS, type LayoutKey, type PlaceholderKey, phXml } from './layouts.js';
import { appXml, contentTypesXml, coreXml, type DocumentInfo, orderPresentation } from './package-parts.js';
import {
  picturePlaceholders,
  placeholderShapes,
  renumberShapes,
  runLanguage,
  slideNumberPlaceholder,
  tableHeaders,
} from './placeholders.js';
import type { Part } from './pptxgenjs.js';
import { describedShapes } from './qr.js';
import { DEFAULT_BULLET_SIZE, fixParagraphs, splitNotes, uniqueCreationId } from './repairs.js';
import { type ComplexScriptFaces, complexScriptFaces, OFFICE_CS_FACES, rightToLeftRuns } from './right-to-left.js';
import { withClicks } from './timing.js';
import { writeZip, type ZipEntry } from './zip.js';

export interface PackageInput {
  /** pptxgenjs's parts: slides, notes, presentation, theme. Its masters and layouts are replaced. */
  parts: ReadonlyMap<string, Part>;
  /** Our master, layouts, their relationships and media (template.ts). */
  template: ReadonlyMap<string, string | Uint8Array>;
  /** The layout of each slide, in slide order. */
  slideLayouts: readonly LayoutKey[];
  /** On a client's template, the template layout each slide sits on, in slide order (a closing slide may have its own). */
  slideRoles?: readonly TemplateRole[];
  /** On a client's template, each slide's title and body paragraphs' indents as layout measured them. */
  slideIndents?: readonly SlideIndents[];
  doc: Omit<DocumentInfo, 'date' | 'fonts'>;
  buildDate: string;
  brand: BrandColours;
  /** A client's template: its masters, layouts and theme take the place of ours (and `template` is ignored). */
  clientTemplate?: DeckTemplate;
  /** The typefaces the deck's text is set in on that template (theirs): its placeholders inherit them instead. */
  themeFaces?: readonly string[];
  /** The text shapes of each slide that builds (`:::reveal`), in slide order; none for a slide that does not. */
  slideBuilds?: readonly (readonly TextShape[])[];
}

/**
 * Builds the package: our master and layouts replace pptxgenjs's and each slide is linked to the
 * layout it was drawn for; shapes named as placeholders become placeholders; every run is in the
 * deck's language; content types, document properties and dates are written by us (pptxgenjs
 * writes the company unescaped and lists "Slide 1" … as titles); zip entry times come from the build
 * date, and a few pptxgenjs XML slips are repaired (a paragraph property element after a run; notes
 * as one paragraph with newlines).
 */
export function normalizePptx(input: PackageInput): Uint8Array {
  const { brand, doc } = input;
  const pkg = input.clientTemplate ? templatePackage(input.clientTemplate) : undefined;
  const faces = new Set(input.themeFaces ?? []);
  const merged = mergedParts(input, pkg);

  // The theme is branded first: slides refer to its colours only when it really carries them. A
  // client's template keeps its own theme; slides name its colours where they use them.
  const theme = merged.get('ppt/theme/theme1.xml');
  const branded = !pkg && typeof theme === 'string' ? brandTheme(theme, brand) : undefined;
  const slots = pkg ? pkg.slots : branded ? brandSlots(brand) : new Map<string, string>();
  // A client's theme, masters and layouts are read as XML (templatePackage), whatever prefixes they were written with.
  const themeName = pkg ? pkg.themeName : ourThemeName(theme);
  const date = isoSeconds(input.buildDate);
  const fonts = [...new Set([...fontsOf(merged, pkg ? OUR_SLIDES : OUR_PARTS), ...(pkg?.fonts ?? [])])].sort();
  const info: DocumentInfo = { ...doc, date, fonts };
  merged.set('docProps/core.xml', coreXml(info));
  merged.set('docProps/app.xml', appXml(info, themeName));

  const names = [...merged.keys()].sort();
  const out: ZipEntry[] = [{ name: '[Content_Types].xml', data: contentTypesXml(names) }];
  const eastAsian = pkg ? eastAsianTheme(typeof theme === 'string' ? theme : undefined) : OFFICE_EA_FACES;
  const complexScript = pkg ? complexScriptFaces(typeof theme === 'string' ? theme : undefined) : OFFICE_CS_FACES;
  const ctx: PackageContext = { input, pkg, branded, slots, faces, eastAsian, complexScript };
  for (const name of names) {
    const data = merged.get(name)!;
    out.push({ name, data: typeof data === 'string' ? normalizedPart(ctx, name, data) : data });
  }
  return writeZip(out, new Date(date));
}

/** pptxgenjs's parts, less those ours (or a client's template's) replace, and ours. */
function mergedParts(input: PackageInput, pkg: TemplatePackage | undefined): Map<string, Part> {
  const merged = new Map<string, Part>();
  const replaced = pkg
    ? /^(ppt\/slideLayouts|ppt\/slideMasters|ppt\/theme|docProps)\/|^\[Content_Types\]\.xml$/
    : /^(ppt\/slideLayouts|ppt\/slideMasters|docProps)\/|^\[Content_Types\]\.xml$/;
  for (const [name, data] of input.parts) if (!replaced.test(name)) merged.set(name, data);
  for (const [name, data] of pkg ? pkg.parts : input.template) merged.set(name, data);
  return merged;
}

/** What every part of the package is written with: the input, a client's template, the theme's brand colours. */
interface PackageContext {
  input: PackageInput;
  pkg: TemplatePackage | undefined;
  /** Our theme with the brand's colours in it, where pptxgenjs's theme has its accent slots where we expect. */
  branded: string | undefined;
  /** Colour values (`RRGGBB`) slides name by their theme slot. */
  slots: ReadonlyMap<string, string>;
  /** The typefaces the deck's text is set in on a client's template, which its placeholders inherit instead. */
  faces: ReadonlySet<string>;
  /** A client's template's east-Asian theme fonts, which its Chinese, Japanese and Korean runs are set in. */
  eastAsian: EastAsianTheme;
  /** The faces Hebrew and Arabic runs are set in: a client's template's theme's, else Arial. */
  complexScript: ComplexScriptFaces;
}

/** An XML part as the package carries it. */
function normalizedPart(ctx: PackageContext, name: string, data: string): string {
  const { input, pkg } = ctx;
  const { lang } = input.doc;
  if (name === 'ppt/presentation.xml') return orderPresentation(pkg ? pkg.presentation(data) : data);
  if (name === 'ppt/_rels/presentation.xml.rels' && pkg) return pkg.presentationRels(data);
  if (name === 'ppt/theme/theme1.xml') return ctx.branded ?? data;
  if (/^ppt\/slides\/_rels\/slide(\d+)\.xml\.rels$/.test(name)) return linkLayout(data, input, name, pkg);
  if (/^ppt\/slides\/[^/]+\.xml$/.test(name)) return normalizedSlide(ctx, Number(/(\d+)\.xml$/.exec(name)![1]), data);
  // A client's masters and layouts are carried as the client made them.
  if (!pkg && /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))
    return runLanguage(schemeColours(data, ctx.slots), lang);
  if (/^ppt\/(notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))
    return rightToLeftRuns(
      eastAsianRuns(runLanguage(uniqueCreationId(splitNotes(data), name), lang), lang, ctx.eastAsian),
      lang,
      ctx.complexScript,
      true,
    );
  return data;
}

/** Slide `n` with its placeholders, table headers, theme colours and language; on a client's template, its styles. */
function normalizedSlide(ctx: PackageContext, n: number, data: string): string {
  const { input, pkg } = ctx;
  const ph = pkg ? (k: PlaceholderKey) => pkg.placeholder(roleOfSlide(input, n), k) : phXml;
  const slide = runLanguage(
    schemeColours(
      tableHeaders(
        slideNumberPlaceholder(
          placeholderShapes(
            picturePlaceholders(
              describedShapes(renumberShapes(fixParagraphs(data).replaceAll(DEFAULT_BULLET_SIZE, ''))),
            ),
            ph,
          ),
          ph,
        ),
      ),
      ctx.slots,
    ),
    input.doc.lang,
  );
  // The script faces go in after a template's styles are inherited, which leave a title's runs no face of their own.
  const inherited = pkg ? inheritTemplateStyles(measuredSpacing(slide), ctx.faces, layoutOf(input, n)) : slide;
  const styled = rightToLeftRuns(
    eastAsianRuns(inherited, input.doc.lang, ctx.eastAsian),
    input.doc.lang,
    ctx.complexScript,
  );
  // Last: the clicks name shapes by the ids numbered above, and find them by their placeholders' final text.
  return withClicks(styled, input.slideBuilds?.[n - 1] ?? []);
}

/** What slide `n`'s template layout does itself: prints a slide number, colours its body text unreadably, frames its placeholders. */
function layoutOf(input: PackageInput, n: number): LayoutFacts {
  const template = input.clientTemplate;
  if (input.slideLayouts[n - 1] === undefined || !template) return {};
  const role = roleOfSlide(input, n);
  return {
    printsNumber: template.prints?.[role]?.number === true,
    ownBodyColour: template.ownBodyColour?.[role] === true,
    placeholders: template.layouts[role].placeholders,
    furniture: template.furniture,
    ...(template.bullets?.[role] ? { bullets: template.bullets[role] } : {}),
    ...(input.slideIndents?.[n - 1] ? { indents: input.slideIndents[n - 1] } : {}),
  };
}

/** The template layout slide `n` sits on. */
function roleOfSlide(input: PackageInput, n: number): TemplateRole {
  return input.slideRoles?.[n - 1] ?? ROLE_OF[input.slideLayouts[n - 1]!];
}

/** A slide's relationship to pptxgenjs's layout, pointed at ours for the layout the slide was drawn on. */
function linkLayout(rels: string, input: PackageInput, name: string, pkg: TemplatePackage | undefined): string {
  const n = Number(/slide(\d+)\.xml\.rels$/.exec(name)![1]);
  const key = input.slideLayouts[n - 1];
  if (pkg && key)
    return rels.replace(
      /Target="\.\.\/slideLayouts\/slideLayout\d+\.xml"/,
      `Target="../slideLayouts/${pkg.layoutPart(roleOfSlide(input, n)).split('/').pop()}"`,
    );
  const index = LAYOUTS.findIndex((l) => l.key === key);
  if (index < 0) throw new Error(`slide ${n} has no layout`);
  return rels.replace(
    /Target="\.\.\/slideLayouts\/slideLayout\d+\.xml"/,
    `Target="../slideLayouts/slideLayout${index + 1}.xml"`,
  );
}

const OUR_SLIDES = /^ppt\/slides\/[^/]+\.xml$/;
const OUR_PARTS = /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/;

/** The typefaces the parts `which` matches name, as app.xml lists them under "Fonts Used": only parts pptxgenjs or we wrote. */
function fontsOf(parts: ReadonlyMap<string, Part>, which: RegExp): string[] {
  const out: string[] = [];
  for (const [name, data] of parts) {
    if (typeof data !== 'string' || !which.test(name)) continue;
    for (const m of data.matchAll(/<a:latin typeface="([^"+][^"]*)"/g)) out.push(decodeEntities(m[1]!));
  }
  return out;
}

/** The name of pptxgenjs's theme, which it writes with `a:` and double quotes. */
function ourThemeName(theme: Part | undefined): string {
  const name = typeof theme === 'string' ? /<a:theme\b[^>]*\bname="([^"]*)"/.exec(theme)?.[1] : undefined;
  return decodeEntities(name ?? 'Office Theme');
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );
}

function isoSeconds(iso: string): string {
  const d = new Date(iso);
  const t = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Every paragraph with the line and paragraph spacing layout measured it with (single lines, no
 * space before but its own, none after): a template's text styles often set 90% lines, 10 pt before
 * and a few points after each paragraph, which would move text out of the box it was fitted to.
 */
function measuredSpacing(xml: string): string {
  return xml.replace(
    /<a:pPr\b([^>]*?)(\/>|>(.*?)<\/a:pPr>)/gs,
    (_all, attrs: string, _end: string, inner: string | undefined) => {
      let body = inner ?? '';
      if (!body.includes('<a:spcBef>'))
        body = body.includes('</a:lnSpc>')
          ? body.replace('</a:lnSpc>', '</a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef>')
          : `<a:spcBef><a:spcPts val="0"/></a:spcBef>${body}`;
      if (!body.includes('<a:lnSpc>')) body = `<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>${body}`;
      // Space after a paragraph is never measured: a template's (2 to 6 pt on each) would push the last lines out.
      if (!body.includes('<a:spcAft>'))
        body = body.replace('</a:spcBef>', '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>');
      return `<a:pPr${attrs}>${body}</a:pPr>`;
    },
  );
}
