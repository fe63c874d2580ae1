// An exercise's views in the deck model: what slides, worksheets (no answers) and the guide (with its key) each see of it.
import type { Block, ExerciseKind, Grouping, Source } from './content.js';

/** What every artefact may show of an exercise (no answers here). */
export interface ExerciseInfo {
  id: string;
  /** 1-based, in running order; the same number on slide, worksheet and guide. */
  number: number;
  title: string;
  kind: ExerciseKind;
  minutes: number;
  grouping: Grouping;
  purpose?: string;
  instructions: Block[];
  materials: string[];
  /** Whether this exercise has a section in worksheets.pdf. */
  hasWorksheet: boolean;
  source: Source;
}

/** The participant's paper. Structurally free of answers. */
export type WorksheetBody =
  | { kind: 'sort'; categories: string[]; items: string[] }
  | { kind: 'reflection'; questions: string[]; lines: number }
  | {
      kind: 'self-assessment';
      scale: { min: number; max: number; labels: { point: number; label: string }[] };
      statements: string[];
      dimensions: string[];
    }
  | { kind: 'scenario'; case: Block[]; questions: string[]; lines: number }
  | { kind: 'quiz'; questions: { prompt: string; options: string[] }[] }
  | { kind: 'action-plan'; prompts: string[]; rows: number };

export interface WorksheetSection {
  exercise: ExerciseInfo;
  body: WorksheetBody;
}

/** Facilitator-only key for an exercise. */
export type AnswerKey =
  | { kind: 'sort'; categories: string[]; items: { text: string; answer: string }[] }
  | { kind: 'reflection'; questions: string[] }
  | {
      kind: 'self-assessment';
      scale: { min: number; max: number };
      /** statement numbers are 1-based positions on the worksheet */
      scoring: { dimension: string; statements: number[]; lowest: number; highest: number }[];
      interpretation: { dimension: string; text: Block[] }[];
    }
  | { kind: 'scenario'; questions: string[]; modelAnswers: Block[][] }
  | { kind: 'quiz'; questions: { prompt: string; options: string[]; answer: number }[] }
  | { kind: 'action-plan'; prompts: string[]; rows: number };

export interface GuideExercise {
  exercise: ExerciseInfo;
  /** The case text etc. is in the key or worksheet; the facilitator sees both. */
  worksheet?: WorksheetBody;
  debrief: string[];
  notes: Block[];
  key: AnswerKey;
}
