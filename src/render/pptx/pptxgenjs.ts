// The one door to pptxgenjs: a static import so the bundle carries it (its default export does not type-check under NodeNext, hence the cast).
import type * as P from 'pptxgenjs';
import PptxGenJSModule from 'pptxgenjs';
import { type CollectedParts, PARTS, type Part } from './part-collector.js';

type PptxGenJS = P.default;

/** A pptxgenjs presentation. */
export type Pres = PptxGenJS;
/** One slide of it. */
export type PSlide = P.default.Slide;
export type TextProps = P.default.TextProps;
export type TableRow = P.default.TableRow;
export type TableCell = P.default.TableCell;
export type SlideMasterProps = P.default.SlideMasterProps;

const ctor = PptxGenJSModule as unknown as new () => PptxGenJS;

/** A new, empty presentation. */
export function newPresentation(): Pres {
  return new ctor();
}

/** The presentation's package parts by name, as pptxgenjs wrote them (jszip is aliased to the part collector). */
export async function presentationParts(pres: Pres): Promise<Map<string, Part>> {
  const out = (await pres.write({ outputType: 'uint8array' })) as unknown as CollectedParts;
  const parts = out[PARTS];
  if (!(parts instanceof Map)) throw new Error('pptxgenjs was loaded with the real jszip; the build must alias jszip to src/render/pptx/part-collector.ts');
  return parts;
}
