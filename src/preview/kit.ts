// What the preview shows, built in memory: every client's deck model, and for the client in view its slides as SVG,
// drawn from the same layout and drawing slides.pdf is made from. A broken save keeps the last good models.

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { composeModels } from '../build.js';
import { type Diagnostic, sortDiagnostics } from '../diagnostics.js';
import { layoutSlides } from '../layout/index.js';
import type { DeckModel, Source } from '../model/deck.js';
import { renderKit } from '../render/index.js';
import { drawSlides } from '../render/pdf/slides/draw.js';
import { worksheetPages } from '../render/pdf/worksheets/index.js';
import { notesText } from '../render/pptx/notes.js';
import { type PictureHref, slideSvg } from '../render/svg/slide.js';
import { isRenderWarning } from '../rules.js';

/** One problem as the terminal prints it, `file` relative to the content folder. */
export interface Problem {
  path: string;
  line: number;
  col: number;
  message: string;
  rule: string;
}

export interface PreviewSlide {
  /** 1-based, in the deck's order. */
  n: number;
  title: string;
  /** `file:line:col` of the content the slide is made from (a generated slide cites its YAML line). */
  source: string;
  svg: string;
  notes: string;
  /** Clock time the slide comes on screen, as the run sheet plans it, and the minutes until the next one. */
  start?: string;
  minutes?: number;
  /** Warnings about this slide (a picture scaled down, a font measured with a stand-in). */
  warnings: Problem[];
}

/** The printed artefacts the preview pages through besides the slides, by the name the page uses for them. */
export const PAGED = {
  worksheets: 'worksheets.pdf',
  guide: 'facilitator-guide.pdf',
  handouts: 'handouts.pdf',
} as const;
export type Paged = keyof typeof PAGED;

/** A printed artefact of one client: its bytes, page count and page size in points. */
export interface PagedFile {
  bytes: Uint8Array;
  pages: number;
  size: { width: number; height: number };
}

export interface ClientSlides {
  slides: PreviewSlide[];
  /** Font keys the slides' text is drawn in. */
  fonts: Set<string>;
  /** The slide's size in points. */
  size: { width: number; height: number };
  /** Problems only laying out or drawing the slides shows, which a build would stop at. */
  errors: Problem[];
}

/** The content folder's last good build, and the problems of the last attempt. */
export class PreviewKit {
  readonly root: string;
  private models = new Map<string, DeckModel>();
  private drawn = new Map<string, ClientSlides>();
  private printed = new Map<string, Promise<Partial<Record<Paged, PagedFile>>>>();
  /**
   * The slides' pictures by digest: a page fetches each once, however many slides and saves show it. The last build's
   * are kept beside this one's, for a page still showing them while it fetches the new slides.
   */
  private pictures = new Map<string, { bytes: Uint8Array; type: string }>();
  private earlierPictures = new Map<string, { bytes: Uint8Array; type: string }>();
  /** Warnings of the last good build (a template's missing layout, raw HTML in a module), at their lines. */
  private warnings: Problem[] = [];
  problems: Problem[] = [];
  /** Goes up on every build, good or not: a page whose version is older asks again. */
  version = 0;
  /** A save has come in that is not built yet (waiting for the editor to finish writing, or being built). */
  building = false;

  constructor(contentDir: string) {
    this.root = resolve(contentDir);
  }

  get clients(): string[] {
    return [...this.models.keys()];
  }

  /** Builds every client's model again; on errors the last good slides stay and the errors are the problems. */
  async rebuild(): Promise<void> {
    const composed = await composeModels({ contentDir: this.root });
    const errors = composed.diagnostics.filter((d) => !isRenderWarning(d.rule));
    this.version++;
    if (composed.status !== 'ok' || errors.length > 0) {
      this.problems = composed.usage
        ? [{ path: '', line: 0, col: 0, message: composed.usage, rule: 'usage' }]
        : problemsOf(errors);
      return;
    }
    this.problems = [];
    this.warnings = problemsOf(composed.warnings ?? []);
    this.models = new Map(composed.models.map((m) => [m.client.id, m]));
    this.drawn.clear();
    this.printed.clear();
    this.earlierPictures = this.pictures;
    this.pictures = new Map();
  }

  /** A client's slides, laid out and drawn when first asked for after a build. */
  slides(clientId: string): ClientSlides | undefined {
    const cached = this.drawn.get(clientId);
    if (cached) return cached;
    const model = this.models.get(clientId);
    if (!model) return undefined;
    const made = drawClient(model, this.warnings, (bytes, type) => {
      const digest = pictureDigest(bytes);
      this.pictures.set(digest, { bytes, type });
      return `/picture/${digest}`;
    });
    this.drawn.set(clientId, made);
    return made;
  }

  /** A picture of this build's slides or the last one's, by its digest. */
  picture(digest: string): { bytes: Uint8Array; type: string } | undefined {
    return this.pictures.get(digest) ?? this.earlierPictures.get(digest);
  }

  /** The last good build's warnings, for the terminal. */
  get buildWarnings(): readonly Problem[] {
    return this.warnings;
  }

  /** A client's worksheets, guide and handouts, rendered when first asked for after a build (those it has). */
  paged(clientId: string): Promise<Partial<Record<Paged, PagedFile>>> {
    const model = this.models.get(clientId);
    if (!model) return Promise.resolve({});
    let made = this.printed.get(clientId);
    if (!made) {
      made = printClient(model);
      this.printed.set(clientId, made);
    }
    return made;
  }
}

// A template's background is drawn on every slide from the same bytes: hashed once, not once a slide.
const digests = new WeakMap<Uint8Array, string>();

function pictureDigest(bytes: Uint8Array): string {
  let digest = digests.get(bytes);
  if (digest === undefined)
    digests.set(bytes, (digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32)));
  return digest;
}

async function printClient(model: DeckModel): Promise<Partial<Record<Paged, PagedFile>>> {
  const wanted = model.outputs.filter((o): o is Paged => o in PAGED);
  const kit = await renderKit({ ...model, outputs: wanted });
  const out: Partial<Record<Paged, PagedFile>> = {};
  for (const name of wanted) {
    const file = kit.files.find((f) => f.name === PAGED[name]);
    if (file) out[name] = { bytes: file.bytes, ...pdfPages(file.bytes) };
  }
  return out;
}

/** A PDF's page count and first page size, read from the file pdfkit wrote (one /Type /Page object per page). */
function pdfPages(bytes: Uint8Array): { pages: number; size: { width: number; height: number } } {
  const text = Buffer.from(bytes).toString('latin1');
  const pages = text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  const box = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { pages, size: { width: Number(box?.[1] ?? 595.28), height: Number(box?.[2] ?? 841.89) } };
}

function drawClient(model: DeckModel, buildWarnings: readonly Problem[], picture: PictureHref): ClientSlides {
  const layout = layoutSlides(model);
  const drawn = drawSlides(model, layout, worksheetPages(model));
  const size = { width: model.theme.slide.width * 72, height: model.theme.slide.height * 72 };
  const fonts = new Set<string>();
  const byId = new Map(model.slides.map((s) => [s.id, s]));
  const starts = new Map(model.agenda.items.flatMap((item) => Object.entries(item.slideStarts)));
  const minutes = new Map(model.agenda.items.flatMap((item) => Object.entries(item.slideMinutes)));
  const found = [...layout.diagnostics, ...drawn.diagnostics];
  // What stops the build (a character no font prints) is a problem; the rest are warnings about a slide.
  const errors = problemsOf(found.filter((d) => !isRenderWarning(d.rule)));
  const warnings = [...buildWarnings, ...problemsOf(found.filter((d) => isRenderWarning(d.rule)))];
  const sources = layout.pages.map((page) => byId.get(page.slideId)?.source);
  const slides = layout.pages.map((page, i): PreviewSlide => {
    const slide = byId.get(page.slideId);
    const start = starts.get(page.slideId);
    const planned = minutes.get(page.slideId);
    return {
      n: i + 1,
      title: drawn.drawings[i]?.title ?? slide?.title ?? '',
      source: slide ? where(slide.source) : '',
      svg: slideSvg(drawn.drawings[i]!, size, fonts, `slide${i + 1}`, picture),
      notes: page.part === 0 && slide ? notesText(slide.notes, model.locale) : '',
      ...(start ? { start } : {}),
      ...(planned !== undefined ? { minutes: planned } : {}),
      warnings: warnings.filter((w) => belongsTo(w, sources, i)),
    };
  });
  return { slides, fonts, size, errors };
}

/**
 * A warning belongs to the first page of the slide whose source is the last one before it in its file: the slide made
 * from the lines it points at.
 */
function belongsTo(w: Problem, sources: readonly (Source | undefined)[], index: number): boolean {
  const own = sources[index];
  if (!own || own.file !== w.path || own.line > w.line) return false;
  if (index > 0 && sources[index - 1] === own) return false;
  return !sources.some((s) => s && s !== own && s.file === w.path && s.line > own.line && s.line <= w.line);
}

function where(source: Source): string {
  return `${source.file}:${source.line}:${source.column}`;
}

function problemsOf(diagnostics: readonly Diagnostic[]): Problem[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    path: d.source?.file ?? '',
    line: d.source?.line ?? 0,
    col: d.source?.column ?? 0,
    message: d.message,
    rule: d.rule,
  }));
}
