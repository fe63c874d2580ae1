// Assembles the .pptx from pptxgenjs's parts and ours: the same model gives the same bytes, and every part is valid PresentationML.

import { ROLE_OF } from '../../layout/plan.js';
import type { DeckTemplate, TemplateRole } from '../../template/types.js';
import { type TemplatePackage, templatePackage } from './client-template.js';
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
  const merged = new Map<string, Part>();
  const replaced = pkg
    ? /^(ppt\/slideLayouts|ppt\/slideMasters|ppt\/theme|docProps)\/|^\[Content_Types\]\.xml$/
    : /^(ppt\/slideLayouts|ppt\/slideMasters|docProps)\/|^\[Content_Types\]\.xml$/;
  for (const [name, data] of input.parts) if (!replaced.test(name)) merged.set(name, data);
  for (const [name, data] of pkg ? pkg.parts : input.template) merged.set(name, data);

  // The theme is branded first: slides refer to its colours only when it really carries them. A
  // client's template keeps its own theme; slides name its colours where they use them.
  const theme = merged.get('ppt/theme/theme1.xml');
  const branded = !pkg && typeof theme === 'string' ? brandTheme(theme, brand) : undefined;
  const slots = pkg ? pkg.slots : branded ? brandSlots(brand) : new Map<string, string>();
  const phFor = (n: number) => (pkg ? (k: PlaceholderKey) => pkg.placeholder(roleOfSlide(input, n), k) : phXml);
  // A client's theme, masters and layouts are read as XML (templatePackage), whatever prefixes they were written with.
  const themeName = pkg ? pkg.themeName : ourThemeName(theme);
  const date = isoSeconds(input.buildDate);
  const fonts = [...new Set([...fontsOf(merged, pkg ? OUR_SLIDES : OUR_PARTS), ...(pkg?.fonts ?? [])])].sort();
  const info: DocumentInfo = { ...doc, date, fonts };
  merged.set('docProps/core.xml', coreXml(info));
  merged.set('docProps/app.xml', appXml(info, themeName));

  const names = [...merged.keys()].sort();
  const out: ZipEntry[] = [{ name: '[Content_Types].xml', data: contentTypesXml(names) }];
  for (const name of names) {
    let data = merged.get(name)!;
    if (typeof data === 'string') {
      if (name === 'ppt/presentation.xml') data = orderPresentation(pkg ? pkg.presentation(data) : data);
      else if (name === 'ppt/_rels/presentation.xml.rels' && pkg) data = pkg.presentationRels(data);
      else if (name === 'ppt/theme/theme1.xml') data = branded ?? data;
      else if (/^ppt\/slides\/_rels\/slide(\d+)\.xml\.rels$/.test(name)) data = linkLayout(data, input, name, pkg);
      else if (/^ppt\/slides\/[^/]+\.xml$/.test(name)) {
        const ph = phFor(Number(/(\d+)\.xml$/.exec(name)![1]));
        data = runLanguage(
          schemeColours(
            tableHeaders(
              slideNumberPlaceholder(
                placeholderShapes(
                  picturePlaceholders(renumberShapes(fixParagraphs(data).replaceAll(DEFAULT_BULLET_SIZE, ''))),
                  ph,
                ),
                ph,
              ),
            ),
            slots,
          ),
          doc.lang,
        );
        if (pkg)
          data = inheritTemplateStyles(
            measuredSpacing(data),
            faces,
            layoutOf(input, Number(/(\d+)\.xml$/.exec(name)![1])),
          );
      }
      // A client's masters and layouts are carried as the client made them.
      else if (!pkg && /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name))
        data = runLanguage(schemeColours(data, slots), doc.lang);
      else if (/^ppt\/(notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))
        data = runLanguage(uniqueCreationId(splitNotes(data), name), doc.lang);
    }
    out.push({ name, data });
  }
  return writeZip(out, new Date(date));
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

/**
 * pptxgenjs sizes every bullet at 100% in the first edition's integer form, which the Transitional
 * schema does not accept ("100%"); 100% is what a bullet is without the element.
 */
const DEFAULT_BULLET_SIZE = '<a:buSzPct val="100000"/>';

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

/** The colours a client's brand may change, each the `#rrggbb` the deck uses. */
export interface BrandColours {
  primary: string;
  accent: string;
  secondary: string;
}

/**
 * Brand colours become the theme's accent colours, and slides name the theme colour instead of its
 * value. In PowerPoint the brand is then the deck's own palette (Design > Variants recolours it), and
 * slides no longer differ between clients only by colour, so each distinct slide is deflated once.
 */
const SLOT_OF: Record<keyof BrandColours, string> = { primary: 'accent1', accent: 'accent2', secondary: 'accent3' };

/** Colour value (`RRGGBB`) to theme slot; when two brand colours are equal, the first keeps it (same colour either way). */
function brandSlots(brand: BrandColours): Map<string, string> {
  const slots = new Map<string, string>();
  for (const role of ['primary', 'accent', 'secondary'] as const) {
    const value = brand[role].replace(/^#/, '').toUpperCase();
    if (!slots.has(value)) slots.set(value, SLOT_OF[role]);
  }
  return slots;
}

function schemeColours(xml: string, slots: ReadonlyMap<string, string>): string {
  return xml.replace(/<a:srgbClr val="([0-9A-F]{6})"\/>/g, (m, value: string) => {
    const slot = slots.get(value);
    return slot ? `<a:schemeClr val="${slot}"/>` : m;
  });
}

/** The theme with each brand colour in its accent slot, or undefined when a slot is not where pptxgenjs puts it. */
function brandTheme(xml: string, brand: BrandColours): string | undefined {
  let out = xml;
  for (const role of ['primary', 'accent', 'secondary'] as const) {
    const slot = SLOT_OF[role];
    const element = new RegExp(`<a:${slot}>.*?</a:${slot}>`, 's');
    if (!element.test(out)) return undefined;
    out = out.replace(
      element,
      `<a:${slot}><a:srgbClr val="${brand[role].replace(/^#/, '').toUpperCase()}"/></a:${slot}>`,
    );
  }
  return out;
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

/**
 * pptxgenjs writes an `a:pPr` before every run of a paragraph; only the first, at the start, is valid.
 * Around a line break inside a paragraph (a code block's lines) it writes two or three in a row
 * (`</a:r><a:pPr/><a:br/><a:pPr/><a:pPr/>`), so every one not right after `<a:p>` goes.
 */
function fixParagraphs(xml: string): string {
  const misplaced = xml.includes('</a:r><a:pPr') || xml.includes('<a:br/><a:pPr');
  return matchEndSizes(misplaced ? xml.replace(/(?<!<a:p>)<a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '') : xml);
}

/** The value of attribute `sz` in the tag starting at `at`, with its position, if the tag has one. */
function sizeIn(xml: string, at: number): { value: string; start: number } | undefined {
  const tagEnd = xml.indexOf('>', at);
  const attr = xml.indexOf(' sz="', at);
  if (attr < 0 || attr > tagEnd) return undefined;
  const start = attr + 5;
  return { value: xml.slice(start, xml.indexOf('"', start)), start };
}

/**
 * pptxgenjs ends every table-cell paragraph with a 12 pt end mark whatever its text's size.
 * The mark sets the height of a line typed after it, so it takes the size of the paragraph's text.
 * A scan rather than a regular expression per paragraph: this runs over every slide of every kit.
 */
function matchEndSizes(xml: string): string {
  let out = '';
  let copied = 0;
  for (let p = xml.indexOf('<a:p>'); p >= 0; ) {
    const end = xml.indexOf('</a:p>', p + 5);
    if (end < 0) break;
    const mark = xml.indexOf('<a:endParaRPr', p + 5);
    const markSize = mark >= 0 && mark < end && !/\w/.test(xml[mark + 13] ?? '') ? sizeIn(xml, mark) : undefined;
    if (markSize) {
      // An empty cell has no text to take a size from: the body minimum keeps every mark at 14 pt or more.
      let size = '1400';
      for (let r = xml.indexOf('<a:rPr', p + 5); r >= 0 && r < end; r = xml.indexOf('<a:rPr', r + 6)) {
        if (/\w/.test(xml[r + 6] ?? '')) continue;
        const run = sizeIn(xml, r);
        if (run) size = run.value;
      }
      if (size !== markSize.value) {
        out += xml.slice(copied, markSize.start) + size;
        copied = markSize.start + markSize.value.length;
      }
    }
    p = xml.indexOf('<a:p>', end + 6);
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** pptxgenjs gives every notes part the same creation id; PowerPoint gives each its own (derived here from the part's number). */
function uniqueCreationId(xml: string, name: string): string {
  const n = Number(/notesSlide(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return xml.replace(
    /(<p14:creationId\b[^>]*\bval=")(\d+)"/,
    (_m, head: string, val: string) => `${head}${(Number(val) + n) % 4294967296}"`,
  );
}

/** pptxgenjs puts all notes in one run with newlines; PowerPoint wants a paragraph per line (their language is set after). */
function splitNotes(xml: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/,
    (_m, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) =>
          line ? `<a:p><a:r><a:rPr dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr dirty="0"/></a:p>`,
        )
        .join(''),
  );
}
