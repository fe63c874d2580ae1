// What both workshop.yaml and a client file may set about the kit itself (the client's wins): its words, template, fonts and artefacts.
import { z } from 'zod';
import { httpsUrl, text } from './common.js';
import { labels } from './labels.js';
import { templateLayouts } from './template.js';

export const kitOptions = {
  /** Extension: the tool's own words, replaced by key. */
  labels: labels
    .optional()
    .describe('Replacements, by key, for the words the tool writes itself (Agenda, Exercise, Page...).'),
  /** Extension: the client's PowerPoint template (.potx or .pptx, inside the content folder). */
  template: text
    .optional()
    .describe('Path of the PowerPoint template (.potx or .pptx) to build the deck on, inside the content folder.'),
  /** Extension: the template layout each kind of slide uses, by its name, where finding it by its placeholders is not what you want. */
  'template-layouts': templateLayouts
    .optional()
    .describe('Which layout of the template, by the name PowerPoint shows, each kind of slide uses.'),
  /** Extension: how many take part; per-participant materials are then counted for the group. */
  participants: z
    .number()
    .int()
    .positive()
    .max(10000)
    .optional()
    .describe('How many take part; the materials checklist counts per-participant items for the group.'),
  /** Extension: which artefacts to build (default the first five; `pack` only when listed); only those are rendered, by a build and by `--check`. */
  outputs: z
    .array(z.enum(['deck', 'slides', 'handouts', 'worksheets', 'guide', 'pack']))
    .min(1)
    .optional()
    .describe(
      'Which files the kit holds: deck, slides, handouts, worksheets, guide, pack (session-pack.pdf). Default the first five.',
    ),
  /** Extension: where participants give feedback online: a QR code on the closing slide and the feedback form. */
  feedback: httpsUrl
    .optional()
    .describe(
      'Web address (https://…) of the online feedback form: a QR code on the closing slide and the printed form.',
    ),
  /** Extension: what the printed feedback form of the session pack asks. */
  'feedback-form': z
    .strictObject({
      ratings: z
        .array(text)
        .max(12)
        .optional()
        .describe('Statements participants rate from strongly disagree to strongly agree; [] for none. Default four.'),
      questions: z
        .array(text)
        .max(6)
        .optional()
        .describe('Open questions, each with lines to write on; [] for none. Default three.'),
    })
    .optional()
    .describe('What the feedback form of session-pack.pdf asks: rating statements and open questions.'),
  /** Extension: slides a page in handouts.pdf: 1 (with lines below), 2 (the default: slide text prints at 7 pt or more), 3 (with lines beside), 4 or 6. */
  handouts: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)], {
      error: 'expected 1, 2, 3, 4 or 6 slides a page',
    })
    .optional()
    .describe(
      'Slides per page in handouts.pdf: 1, 2, 3, 4 or 6. Default 2, large enough that slide text prints at 7 pt or more.',
    ),
  /** Extension: slides.pdf with a page for every click of a slide that builds (`:::reveal`), or its final state only. */
  'slides-pdf': z
    .enum(['final', 'steps'], { error: 'expected final (a page a slide) or steps (a page for every click)' })
    .optional()
    .describe(
      'What slides.pdf shows of a slide that builds click by click (:::reveal): final, one page with everything (the default), or steps, a page for every click.',
    ),
  /** Extension: font files (.ttf, .otf, .woff, .woff2) inside the content folder for fonts a template names; text in them is measured with them. */
  fonts: z
    .array(text)
    .min(1)
    .optional()
    .describe('Font files (.ttf, .otf, .woff, .woff2) inside the content folder for fonts the template names.'),
};
