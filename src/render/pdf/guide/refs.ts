// Cross-references the guide prints: physical slide numbers and worksheet pages, looked up once with diagnostics for gaps.

import type { Diagnostic } from '../../../diagnostics.js';
import { numeral, say } from '../../../i18n/locale.js';
import type { DeckModel, ExerciseInfo, Source } from '../../../model/deck.js';
import type { SlideNumbers, WorksheetPages } from '../../contract.js';

/** Lookups shared by every guide part. */
export interface Refs {
  /** "5" or "5–12" for a run of logical slides; "—" when none is known. */
  slides(ids: readonly string[], source?: Source): string;
  /** "Slide 5" / "Slides 5–7". */
  slideLabel(id: string, source?: Source): string;
  worksheetPage(exerciseId: string): number | undefined;
  exercise(id: string): ExerciseInfo | undefined;
  /** Logical slide id of each exercise's slide. */
  /** The slide of an exercise in a module (an exercise may be used in more than one). */
  exerciseSlide(id: string, moduleId: string): string | undefined;
}

/** Builds the lookups; a slide id without a number is reported once (the guide would otherwise send the facilitator nowhere). */
export function refs(model: DeckModel, numbers: SlideNumbers, pages: WorksheetPages, diagnostics: Diagnostic[]): Refs {
  const reported = new Set<string>();
  const exercises = new Map<string, ExerciseInfo>();
  const exerciseSlides = new Map<string, string>();
  for (const w of model.worksheets) exercises.set(w.exercise.id, w.exercise);
  for (const m of model.guide.modules) {
    for (const e of m.entries) {
      if (e.kind === 'exercise') {
        exercises.set(e.exercise.exercise.id, e.exercise.exercise);
        exerciseSlides.set(`${m.id}\u0000${e.exercise.exercise.id}`, e.slideId);
      }
    }
  }
  const range = (ids: readonly string[], source?: Source): { first: number; last: number } | undefined => {
    let first = Infinity;
    let last = -Infinity;
    for (const id of ids) {
      const n = numbers[id];
      if (!n) {
        if (!reported.has(id)) {
          reported.add(id);
          diagnostics.push({
            rule: 'pdf/unknown-slide',
            message: `Facilitator guide: slide "${id}" has no slide number; the guide prints "—" for it`,
            ...(source ? { source } : {}),
          });
        }
        continue;
      }
      first = Math.min(first, n.first);
      last = Math.max(last, n.last);
    }
    return first === Infinity ? undefined : { first, last };
  };
  return {
    slides(ids, source) {
      const r = range(ids, source);
      if (!r) return say(model.locale, 'slide-unknown');
      return numeral(model.locale, r.first === r.last ? String(r.first) : `${r.first}–${r.last}`);
    },
    slideLabel(id, source) {
      const r = range([id], source);
      if (!r) return say(model.locale, 'slide', { n: say(model.locale, 'slide-unknown') });
      return r.first === r.last
        ? say(model.locale, 'slide', { n: r.first })
        : say(model.locale, 'slides', { range: numeral(model.locale, `${r.first}–${r.last}`) });
    },
    worksheetPage: (id) => pages[id],
    exercise: (id) => exercises.get(id),
    exerciseSlide: (id, moduleId) => exerciseSlides.get(`${moduleId}\u0000${id}`),
  };
}
