// Re-zips pptxgenjs output so the same model gives the same bytes: fixed dates, UTC-free zip times, no dangling parts, deflated.
import type { Part } from './part-collector.js';
import { writeZip, type ZipEntry } from './zip.js';

/**
 * Normalises pptxgenjs's parts into a .pptx: document dates become `buildDate`, zip entry times come
 * from its UTC fields, content-type overrides for parts that do not exist are dropped, and a few
 * pptxgenjs XML slips are repaired (a paragraph property element after a run; notes as one paragraph with newlines).
 */
export function normalizePptx(parts: ReadonlyMap<string, Part>, buildDate: string, lang: string, brand: BrandColours): Uint8Array {
  const names = [...parts.keys()];
  // The theme is branded first: slides refer to its colours only when it really carries them.
  const theme = parts.get('ppt/theme/theme1.xml');
  const branded = typeof theme === 'string' ? brandTheme(theme, brand) : undefined;
  const slots = branded ? brandSlots(brand) : new Map<string, string>();
  const present = new Set(names.map((n) => `/${n}`));
  const date = isoSeconds(buildDate);
  const out: ZipEntry[] = [];
  const ordered = ['[Content_Types].xml', ...names.filter((n) => n !== '[Content_Types].xml').sort()];
  for (const name of ordered) {
    let data = parts.get(name)!;
    if (typeof data === 'string') {
      if (name === '[Content_Types].xml') data = dropDanglingOverrides(data, present);
      else if (name === 'docProps/core.xml') data = fixDates(data, date);
      else if (name === 'ppt/theme/theme1.xml') data = branded ?? data;
      else if (/^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) data = schemeColours(fixParagraphs(data), slots);
      else if (/^ppt\/notesSlides\/[^/]+\.xml$/.test(name)) data = splitNotes(data, lang);
    }
    out.push({ name, data });
  }
  return writeZip(out, new Date(date));
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
    out = out.replace(element, `<a:${slot}><a:srgbClr val="${brand[role].replace(/^#/, '').toUpperCase()}"/></a:${slot}>`);
  }
  return out;
}

function isoSeconds(iso: string): string {
  const d = new Date(iso);
  const t = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function dropDanglingOverrides(xml: string, present: ReadonlySet<string>): string {
  return xml.replace(/\s*<Override PartName="([^"]+)"[^>]*\/>/g, (m, part: string) => (present.has(part) ? m : ''));
}

function fixDates(xml: string, date: string): string {
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${date}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${date}$2`);
}

/** pptxgenjs writes an `a:pPr` before every run of a paragraph; only the first, at the start, is valid. */
function fixParagraphs(xml: string): string {
  const misplaced = xml.includes('</a:r><a:pPr') || xml.includes('<a:br/><a:pPr');
  return matchEndSizes(misplaced ? xml.replace(/(<\/a:r>|<a:br\/>)<a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '$1') : xml);
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

/** pptxgenjs puts all notes in one run with newlines; PowerPoint wants a paragraph per line. */
function splitNotes(xml: string, lang: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/,
    (_m, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => (line ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`))
        .join(''),
  );
}
