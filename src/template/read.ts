// Reads a client's PowerPoint template (.potx, or a .pptx used as one): size, theme, masters and layouts with their placeholders.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { carriedParts } from './carried-parts.js';
import { type ExampleSlides, readExamples } from './example-pictures.js';
import { readMaster, themeOf } from './masters.js';
import { byTag, EMU, first, P, R, relationships, round3 } from './ooxml.js';
import { type Parts, parseXml, relationshipsOf, TemplateProblem, unpack } from './package.js';
import { tableHeaderOf } from './table-style.js';
import type { TemplateInfo, TemplateLayout } from './types.js';

export { TemplateProblem } from './package.js';

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** The slide sizes PresentationML allows (ST_SlideSizeCoordinate): 1 to 56 inches. */
const SLIDE_EMU = { min: 914400, max: 51206400 };
const OFFICE_DOCUMENT = 'officeDocument';

/** What a template is, as a PowerPoint package says it: a template, a presentation used as one, or neither. */
const MAIN_TYPES: Record<string, TemplateInfo['kind']> = {
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'template',
  'application/vnd.ms-powerpoint.template.macroEnabled.main+xml': 'template',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'presentation',
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'presentation',
};

/** Reads a template package, or throws a TemplateProblem saying, in a facilitator's words, why it cannot be used. */
export function readTemplate(bytes: Uint8Array): TemplateInfo {
  const notices: string[] = [];
  const raw = unpack(bytes, notices);
  const types = parseXml(raw, '[Content_Types].xml');
  const main = officeDocument(raw);
  const kind = packageKind(types, main);
  const presentation = parseXml(raw, main);
  const slideSize = slideSizeOf(presentation);
  const width = round3(slideSize.cx / EMU);
  const height = round3(slideSize.cy / EMU);
  const presentationRels = relationships(raw, main);
  const masterIds = [...byTag(presentation, P, 'sldMasterId')];
  const masterParts = masterIds.map((id) => presentationRels.get(id.getAttributeNS(R, 'id') ?? ''));
  if (masterParts.some((part) => !part || !raw[part]))
    throw new TemplateProblem(
      'names a slide master that its relationships do not point to; open it in PowerPoint and save it again',
    );
  const tableHeader = tableHeaderOf(raw, main);
  const slideIds = [...byTag(presentation, P, 'sldId')].map((s) => s.getAttributeNS(R, 'id') ?? '');
  const examples = readExamples(raw, main, slideIds);
  // From here on only what the deck carries is read: masters, layouts, themes and pictures, written anew; and the
  // pictures the example slides show in the layouts' picture placeholders.
  const parts = carriedParts(raw, masterParts as string[], notices);
  for (const { part } of examples.pictures) parts[part] = raw[part]!;
  const read = masterIds.map((id, i) => readMaster(parts, masterParts[i]!, id.getAttribute('id') ?? ''));
  const masters = read.map((r) => r.master);
  const layouts = withExamples(read, examples);
  if (masters.length === 0) throw new TemplateProblem('has no slide master; open it in PowerPoint and save it again');
  if (!layouts.some((l) => l.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'))) {
    throw new TemplateProblem(
      'has no layout with a title placeholder: every slide of the deck needs one; add a "Title Only" layout in PowerPoint (View › Slide Master)',
    );
  }
  const exampleSlides = [...byTag(presentation, P, 'sldId')].length;
  // The first master's theme is the template's.
  const theme = themeOf(read[0]!.theme);
  return {
    kind,
    main,
    width,
    height,
    slideSize,
    ...theme,
    masters,
    layouts,
    exampleSlides,
    parts,
    notices,
    ...(tableHeader ? { tableHeader } : {}),
  };
}

/** Every master's layouts, in order, each with the pictures and titles the template's example slides on it show. */
function withExamples(
  read: readonly { layouts: TemplateLayout[] }[],
  { pictures, titles }: ExampleSlides,
): TemplateLayout[] {
  return read
    .flatMap((r) => r.layouts)
    .map((l) => {
      const shown = pictures.filter((p) => p.layout === l.part).map(({ idx, part }) => ({ idx, part }));
      const named = titles.filter((t) => t.layout === l.part).map((t) => t.title);
      return {
        ...l,
        ...(shown.length ? { examplePictures: shown } : {}),
        ...(named.length ? { exampleTitles: named } : {}),
      };
    });
}

/** What the package says it is: a template, a presentation used as one, or (a problem) something else. */
function packageKind(types: XmlElement, main: string): TemplateInfo['kind'] {
  const override = [...byTag(types, CT, 'Override')].find((o) => o.getAttribute('PartName') === `/${main}`);
  const kind = MAIN_TYPES[override?.getAttribute('ContentType') ?? ''];
  if (kind) return kind;
  if (main.startsWith('word/'))
    throw new TemplateProblem(
      'is a Word document, not a PowerPoint template; export the template from PowerPoint as .potx (or use a .pptx)',
    );
  if (main.startsWith('xl/'))
    throw new TemplateProblem('is an Excel workbook, not a PowerPoint template; use a .potx or .pptx file');
  throw new TemplateProblem('is not a PowerPoint presentation or template (its package says it holds something else)');
}

/** The slide size in EMU, within the range PresentationML allows. */
function slideSizeOf(presentation: XmlElement): { cx: number; cy: number } {
  const size = first(presentation, P, 'sldSz');
  const cx = Number(size?.getAttribute('cx'));
  const cy = Number(size?.getAttribute('cy'));
  if (!size || !Number.isInteger(cx) || !Number.isInteger(cy))
    throw new TemplateProblem(
      'has no slide size (p:sldSz) in its presentation part; open it in PowerPoint and save it again',
    );
  if ([cx, cy].some((n) => n < SLIDE_EMU.min || n > SLIDE_EMU.max))
    throw new TemplateProblem(
      `has a slide size of ${Math.round((cx / EMU) * 10) / 10} × ${Math.round((cy / EMU) * 10) / 10} in; PowerPoint's slides are 1 to 56 inches a side`,
    );
  return { cx, cy };
}

function officeDocument(parts: Parts): string {
  const main = relationshipsOf(parts, '').find((r) => r.type === OFFICE_DOCUMENT && r.target);
  if (!main?.target) throw new TemplateProblem('is not a PowerPoint package (it names no main part)');
  return main.target;
}
