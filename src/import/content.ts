// The content folder a plan makes, as files: workshop.yaml, a module file each (hidden slides in a `_` file the
// build never builds), the pictures, a client file and the import report. Nothing here touches the disk.

import { comparisonFiles } from './comparisons.js';
import { escapeText } from './inline.js';
import { moduleMarkdown } from './markdown.js';
import { placePictures } from './pictures.js';
import type { Plan, PlannedModule, PlannedSlide } from './plan.js';
import { importReport, type ReportInput } from './report.js';
import type { Block, ImportedDeck, Loss } from './types.js';
import { addedToWorkshop, clientYaml, workshopYaml } from './yaml-files.js';

export interface ContentFiles {
  /** Content-relative path to text or bytes. */
  files: Map<string, string | Uint8Array>;
  report: ReportInput;
}

/** The files of the imported workshop; with `existingWorkshop`, that workshop.yaml with the modules added. */
export function contentFiles(
  deck: ImportedDeck,
  plan: Plan,
  names: { deckName: string; reportName: string; existingWorkshop?: string; takenComparisons?: readonly string[] },
): ContentFiles | string {
  const { deckName, existingWorkshop } = names;
  const losses: Loss[] = [...deck.losses, ...plan.losses];
  const hidden: PlannedModule | undefined = plan.hidden.length
    ? {
        // Beside other modules (--into), named for the import's own.
        id: existingWorkshop === undefined ? '_hidden-slides' : `_${plan.modules[0]?.id ?? 'deck'}-hidden-slides`,
        title: 'Hidden slides',
        minutes: plan.hidden.length * 3,
        guessed: true,
        slides: plan.hidden.map((slide) => ({ slide, divider: false })),
      }
    : undefined;
  const modules = [...plan.modules, ...(hidden ? [hidden] : [])];
  for (const module of modules) for (const planned of module.slides) titled(planned, losses);
  const comparisons = comparisonFiles(modules, names.takenComparisons ?? [], deckName);
  const pictures = placePictures(modules, deck.parts);
  losses.push(...pictures.losses);
  const files = new Map<string, string | Uint8Array>();
  if (existingWorkshop === undefined) files.set('workshop.yaml', workshopYaml(plan, deckName));
  else {
    const updated = addedToWorkshop(existingWorkshop, plan, deckName);
    if (!updated)
      return 'its workshop.yaml has no `modules:` list and `minutes:` number to add the imported modules to';
    files.set('workshop.yaml', updated);
  }
  for (const module of modules)
    files.set(
      `modules/${module.id}.md`,
      moduleMarkdown(module, (p) => p.slide.title!),
    );
  for (const [path, bytes] of pictures.files) files.set(path, bytes);
  for (const [path, text] of Object.entries(plan.extra ?? {})) files.set(path, text);
  for (const [path, text] of comparisons) files.set(path, text);
  const client = existingWorkshop === undefined ? clientYaml(plan) : undefined;
  if (client && plan.client) files.set(`clients/${plan.client.id}.yaml`, client);
  const logo = plan.client?.brand?.logo;
  if (logo && existingWorkshop === undefined) files.set(logo.path, deck.parts[logo.part]!);
  const report: ReportInput = { deck, plan, deckName, losses, files: [...files.keys(), names.reportName].sort() };
  files.set(names.reportName, importReport(report));
  return { files, report };
}

/**
 * Every slide needs a title: one without takes its picture's alt text (a picture slide), else its first line where
 * short (that line then is the title, not a paragraph), else "Slide N". The report names each.
 */
function titled(planned: PlannedSlide, losses: Loss[]): void {
  const slide = planned.slide;
  if (slide.title) return;
  const first = slide.blocks[0];
  const only = slide.blocks.length === 1 ? first : undefined;
  let title: string;
  if (only?.kind === 'picture' && only.picture.alt) title = shortened(only.picture.alt);
  else if (first?.kind === 'paragraphs' && first.paragraphs[0] && first.paragraphs[0].plain.length <= 80) {
    title = first.paragraphs[0].plain;
    slide.blocks = [
      ...(first.paragraphs.length > 1 ? [{ ...first, paragraphs: first.paragraphs.slice(1) } as Block] : []),
      ...slide.blocks.slice(1),
    ];
  } else title = `Slide ${slide.number}`;
  slide.title = escapeText(title);
  slide.titlePlain = title;
  losses.push({
    slide: slide.number,
    kind: 'title',
    message: `the slide has no title; it is titled “${title}”: give it a better one`,
  });
}

const shortened = (text: string) => (text.length <= 60 ? text : `${text.slice(0, 60).replace(/\s+\S*$/, '')}…`);
