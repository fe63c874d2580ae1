// The deck as a whole: its slides in order (hidden ones marked), PowerPoint's sections, the document properties,
// and each slide's layout and master read by the template reader, so every placeholder inherits as it does there.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { readMaster } from '../template/masters.js';
import { byTag, child, first, P, R } from '../template/ooxml.js';
import { type Parts, parseXml, relationshipsOf, TemplateProblem } from '../template/package.js';
import type { TemplateInfo, TemplateLayout } from '../template/types.js';
import { type KitAgenda, kitAgendaOf, kitLosses } from './kit-furniture.js';
import { ImportProblem, type OpenedDeck } from './open.js';
import { readSlide } from './slide.js';
import type { ImportedDeck, Loss, Section } from './types.js';

const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const EXTENDED = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';

/** Reads every slide of an opened deck. */
export function readDeck(opened: OpenedDeck): ImportedDeck {
  const { parts, main } = opened;
  try {
    const presentation = parseXml(parts, main);
    const rels = relationshipsOf(parts, main);
    const target = (id: string | null) => rels.find((r) => r.id === id)?.target;
    const losses: Loss[] = opened.notices.map((message) => ({ kind: 'package' as const, message }));
    const masters = readMasters(parts, presentation, target, losses);
    const colours = masters.colours;
    const slideIds = [...byTag(presentation, P, 'sldId')];
    const properties = propertiesOf(parts);
    const builtByKit = properties.application === 'workshop-kit';
    const fonts = new Set<string>();
    const readAll = (kit?: KitAgenda) =>
      slideIds.flatMap((sldId, i) => {
        const part = target(sldId.getAttributeNS(R, 'id'));
        if (!part || !parts[part]) return [];
        const root = parseXml(parts, part);
        const layoutPart = relationshipsOf(parts, part).find((r) => r.type === 'slideLayout')?.target;
        const layout = layoutPart ? masters.layouts.get(layoutPart) : undefined;
        const master = layout ? masters.placeholders.get(layout.master) : undefined;
        return [
          readSlide({
            parts,
            part,
            number: i + 1,
            hidden: root.getAttribute('show') === '0' || root.getAttribute('show') === 'false',
            ...(layout?.type ? { layoutType: layout.type } : {}),
            inheritance: { layout: layout?.placeholders ?? [], master: master ?? [] },
            fonts,
            builtByKit: builtByKit || !!kit,
            ...(kit ? { kit } : {}),
          }),
        ];
      });
    let slides = readAll();
    // Saved again by another program, a deck workshop-kit built is known by its agenda and the kit's own lines on
    // its slides: an agenda like the kit's alone is the author's, and the deck is read as it is.
    let kit = builtByKit ? undefined : kitAgendaOf(slides, properties.language, slideHeight(presentation));
    const again = kit ? readAll(kit) : [];
    if (again.some((s) => !s.hidden && s.kitLines?.length)) {
      slides = again;
      losses.push(
        ...kitLosses(
          slides.flatMap((s) => (s.hidden ? [] : (s.kitLines ?? []).map((k) => ({ slide: s.number, ...k })))),
        ),
      );
    } else kit = undefined;
    if (!slides.some((s) => !s.hidden))
      throw new ImportProblem(
        slides.length
          ? `has only hidden slides (${slides.length}); show the slides to import in PowerPoint and save it again`
          : 'has no slides to import',
      );
    return {
      kind: opened.kind,
      ...properties,
      sections: sectionsOf(presentation, slideIds),
      slides,
      ...(kit ? { resaved: true as const } : {}),
      fonts: [...fonts].sort(),
      ...(colours ? { colours } : {}),
      losses,
      parts,
    };
  } catch (error) {
    if (error instanceof TemplateProblem) throw new ImportProblem(error.message.replace(/the template/g, 'the deck'));
    throw error;
  }
}

/** Every master's placeholders and layouts, by part, as the template reader reads them, and the first's colours. */
function readMasters(
  parts: Parts,
  presentation: XmlElement,
  target: (id: string | null) => string | undefined,
  losses: Loss[],
): {
  layouts: Map<string, TemplateLayout>;
  placeholders: Map<string, TemplateInfo['masters'][number]['placeholders']>;
  colours?: Record<string, string>;
} {
  const layouts = new Map<string, TemplateLayout>();
  const placeholders = new Map<string, TemplateInfo['masters'][number]['placeholders']>();
  let colours: Record<string, string> | undefined;
  for (const id of byTag(presentation, P, 'sldMasterId')) {
    const part = target(id.getAttributeNS(R, 'id'));
    if (!part || !parts[part]) continue;
    let read: ReturnType<typeof readMaster>;
    try {
      read = readMaster(parts, part, id.getAttribute('id') ?? '');
    } catch (error) {
      // A damaged master costs only what slides inherit from it (bullets, frames); their own text is still read.
      if (!(error instanceof TemplateProblem)) throw error;
      losses.push({
        kind: 'package',
        message: `a slide master could not be read (it ${error.message.replace(/^has /, 'has ')}): its slides' bullets and positions are read from the slides alone; check the lists`,
      });
      continue;
    }
    placeholders.set(part, read.master.placeholders);
    colours ??= read.master.colours;
    for (const layout of read.layouts) layouts.set(layout.part, layout);
  }
  return { layouts, placeholders, ...(colours ? { colours } : {}) };
}

/** The slides' height in inches (p:sldSz), 0 where the deck does not say. */
function slideHeight(presentation: XmlElement): number {
  return Number(first(presentation, P, 'sldSz')?.getAttribute('cy') ?? 0) / 914400 || 0;
}

/** PowerPoint's own sections (an extension of the presentation part), each with its slides' numbers. */
function sectionsOf(presentation: XmlElement, slideIds: readonly XmlElement[]): Section[] {
  const numberOf = new Map(slideIds.map((s, i) => [s.getAttribute('id') ?? '', i + 1]));
  const list = first(presentation, P14, 'sectionLst');
  if (!list) return [];
  return [...byTag(list, P14, 'section')].map((section) => ({
    name: (section.getAttribute('name') ?? '').trim(),
    slides: [...byTag(section, P14, 'sldId')].flatMap((s) => numberOf.get(s.getAttribute('id') ?? '') ?? []),
  }));
}

/** The title, subject, author, language and date of the core properties; the application and company of the extended. */
function propertiesOf(parts: Parts): Partial<ImportedDeck> {
  const rels = relationshipsOf(parts, '');
  const core = rels.find((r) => r.type === 'core-properties')?.target;
  const app = rels.find((r) => r.type === 'extended-properties')?.target;
  const out: Partial<ImportedDeck> = {};
  if (core && parts[core]) {
    const root = parseXml(parts, core);
    const text = (ns: string, name: string) => first(root, ns, name)?.textContent?.trim() || undefined;
    const set = (key: 'title' | 'subject' | 'creator' | 'language', value: string | undefined) =>
      value && (out[key] = value);
    set('title', text(DC, 'title'));
    set('subject', text(DC, 'subject'));
    set('creator', text(DC, 'creator'));
    set('language', text(DC, 'language'));
    const created = /^\d{4}-\d{2}-\d{2}/.exec(text(DCTERMS, 'created') ?? '')?.[0];
    if (created) out.created = created;
  }
  if (app && parts[app]) {
    const root = parseXml(parts, app);
    const application = child(root, EXTENDED, 'Application')?.textContent?.trim();
    const company = child(root, EXTENDED, 'Company')?.textContent?.trim();
    if (application) out.application = application;
    if (company) out.company = company;
  }
  return out;
}
