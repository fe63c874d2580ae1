// The deck model: the one contract between content and renderers.
// Compose builds it; layout paginates its slides; renderers only read it.
// Its parts live beside it (content.ts: text, blocks and pictures; exercise.ts: an exercise's views; agenda.ts: the
// session's clock) and are re-exported here.
import type { Locale } from '../i18n/locale.js';
import type { DeckTemplate } from '../template/types.js';
import type { Agenda, AgendaItem } from './agenda.js';
import type { Block, ImageRef, Paper, Source, TableBlock, TaskChips } from './content.js';
import type { ExerciseInfo, GuideExercise, WorksheetSection } from './exercise.js';
import type { FontFile } from './font-file.js';
import type { QrCode, SessionPack } from './pack.js';

export type * from './agenda.js';
export type * from './content.js';
export type * from './exercise.js';
export type * from './pack.js';

export interface Comparison {
  id: string;
  title: string;
  columns: string[];
  rows: { aspect?: string; values: string[]; source: Source }[];
  attribution?: string;
  source: Source;
}

export interface StyleCard {
  name: string;
  summary: string;
  fits?: string;
  risk?: string;
  source: Source;
}

export interface StyleCatalogue {
  id: string;
  title: string;
  styles: StyleCard[];
  source: Source;
}

interface SlideBase {
  /** Stable logical id, e.g. `two-jobs#3` or `title`. */
  id: string;
  title: string;
  /** Speaker notes, in order; empty when the slide has none. */
  notes: Block[];
  /** Module id the slide belongs to (absent for title, agenda, closing). */
  module?: string;
  /** Minutes the author planned for the slide (`:::notes{minutes=N}`); others share the rest of the module's talk time. */
  minutes?: number;
  /** A quiz's right answers (`::answers{#id}`): shown in the debrief, never printed in the participants' handouts. */
  showsAnswers?: true;
  /** The quiz whose answers the slide shows. */
  answersTo?: string;
  source: Source;
}

export type Slide =
  | (SlideBase & {
      kind: 'title';
      subtitle?: string;
      client?: string;
      date?: string;
      location?: string;
      facilitator?: string;
      logo?: ImageRef;
    })
  | (SlideBase & { kind: 'agenda'; items: AgendaItem[] })
  | (SlideBase & { kind: 'section'; subtitle?: string; objectives: string[] })
  | (SlideBase & { kind: 'content'; blocks: Block[] })
  /** A slide whose body is a GFM table, maybe with short text before or after. */
  | (SlideBase & { kind: 'table'; before: Block[]; table: TableBlock; after: Block[] })
  | (SlideBase & { kind: 'comparison'; comparison: Comparison; after: Block[] })
  | (SlideBase & { kind: 'styles'; catalogue: StyleCatalogue; after: Block[] })
  | (SlideBase & {
      kind: 'exercise';
      exercise: ExerciseInfo;
      after: Block[];
      /** What the slide shows of the task (quiz questions, sort examples...), flowed with the instructions. */
      task?: Block[];
      /** A self-assessment's scale points or a sort's categories, drawn as a row of tiles under the text. */
      chips?: TaskChips;
      /** A quiz's questions with their options, as the worksheet prints them (never the answer): each option a line of its own. */
      questions?: { prompt: string; options: string[] }[];
      /** A few of a sort's statements, shown under "For example" as far as the first page has room for them. */
      examples?: string[];
    })
  | (SlideBase & { kind: 'quote'; quote: Extract<Block, { kind: 'quote' }>; after: Block[] })
  | (SlideBase & { kind: 'image'; image: ImageRef; after: Block[] })
  | (SlideBase & {
      kind: 'closing';
      subtitle?: string;
      lines: string[];
      /** The online feedback form's code, with the words under it and its description for screen readers. */
      feedback?: { qr: QrCode; caption: string; alt: string };
    });

export type SlideKind = Slide['kind'];

export interface Rgb {
  /** `#RRGGBB` upper case. */
  hex: string;
}

export interface Theme {
  name: string;
  /** The theme file, content-relative when the content folder brings it (themes/<name>/theme.yaml), for watch mode. */
  file?: string;
  /** Font family names the deck names; measure with their metric twins. */
  fonts: { heading: string; body: string; mono: string };
  colors: {
    primary: string;
    secondary: string;
    accent: string;
    background: string;
    text: string;
    muted: string;
    surface: string;
    /** Table header rows' fill, where it is not `primary` (a client template's table style sets its own). */
    header?: string;
  };
  /** Points. */
  sizes: { title: number; minTitle: number; body: number; minBody: number; small: number };
  /** Inches, for a 13.333 x 7.5 in slide. */
  slide: { width: number; height: number; margin: number };
  logo?: ImageRef;
  /** The client's PowerPoint template: the deck is built on its masters and layouts. */
  template?: DeckTemplate;
  /** Font files the content supplies (`fonts:`): text in those families is measured with them. */
  fontFiles?: FontFile[];
}

export interface ClientInfo {
  id: string;
  name?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  /** The date as people read it, e.g. "3 December 2026". */
  dateText?: string;
  location?: string;
  facilitator?: string;
  paper: Paper;
  start: string;
}

export interface GuideSlideEntry {
  kind: 'slide';
  slideId: string;
  title: string;
  notes: Block[];
}

export interface GuideExerciseEntry {
  kind: 'exercise';
  slideId: string;
  exercise: GuideExercise;
  /** The author's talking points written under the exercise's slide (the deck's notes add setup and debrief). */
  notes: Block[];
}

export interface GuideModule {
  id: string;
  title: string;
  minutes: number;
  start: string;
  end: string;
  objectives: string[];
  entries: (GuideSlideEntry | GuideExerciseEntry)[];
}

export interface MaterialNeed {
  item: string;
  /** e.g. "1 per participant"; absent when the content does not say. */
  count?: string;
  /** Ids of the exercises that need it, in running order. */
  exercises: string[];
  /** Titles of the modules that ask for it in their front matter, in running order. */
  modules: string[];
}

export interface Guide {
  materials: MaterialNeed[];
  modules: GuideModule[];
}

/** What every PDF's cover, furniture and metadata read of a model. */
export type DocumentModel = Pick<DeckModel, 'workshop' | 'client' | 'theme' | 'buildDate' | 'locale'>;

/** All the worksheets read of a model: no slides, agenda or guide (so no answers, and no re-render when only those change). */
export type WorksheetsModel = DocumentModel & Pick<DeckModel, 'worksheets'>;

export interface DeckModel {
  workshop: { title: string; subtitle?: string; audience?: string; minutes: number };
  client: ClientInfo;
  theme: Theme;
  agenda: Agenda;
  /** Logical slides in order; layout may split one into several pages. */
  slides: Slide[];
  worksheets: WorksheetSection[];
  guide: Guide;
  /** ISO timestamp used for document metadata; from SOURCE_DATE_EPOCH or the client date. */
  buildDate: string;
  /** The kit's language: the tool's own words, clock times, and the language tags of deck and PDFs. */
  locale: Locale;
  /** Slides a page in handouts.pdf. */
  handouts: 1 | 2 | 3 | 4 | 6;
  /** What slides.pdf shows of a slide that builds: its final state, or a page for each click (`steps`). */
  slidesPdf: 'final' | 'steps';
  /** The artefacts this client's kit holds (`outputs:`); the first five unless the content says otherwise. */
  outputs: ('deck' | 'slides' | 'handouts' | 'worksheets' | 'guide' | 'pack')[];
  /** What session-pack.pdf prints; made only for a kit that holds it. */
  pack?: SessionPack;
}
