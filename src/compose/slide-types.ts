// What the steps that make a module's slides share: the inputs they are given, and a slide before it is numbered.
import type { Checked, ImageAsset, ModuleContent } from '../content/types.js';
import type { Locale } from '../i18n/locale.js';
import type { GuideExercise, Slide } from '../model/deck.js';
import type { ComparisonFile } from '../schema/comparison.js';
import type { StylesFile } from '../schema/styles.js';

export interface SlideInputs {
  module: ModuleContent;
  title: string;
  objectives: string[];
  values: Readonly<Record<string, string>>;
  images: ReadonlyMap<string, ImageAsset>;
  comparisons: ReadonlyMap<string, Checked<ComparisonFile>>;
  styles: ReadonlyMap<string, Checked<StylesFile>>;
  /** Exercises as composed for this client (numbered in running order). */
  exercises: ReadonlyMap<string, GuideExercise>;
  locale: Locale;
}

export type SlideWithoutId = Slide extends infer S
  ? S extends Slide
    ? Omit<S, 'id'> & { id?: string }
    : never
  : never;
