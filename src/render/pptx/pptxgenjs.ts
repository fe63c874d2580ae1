// The one door to pptxgenjs: a static import so the bundle carries it (its default export does not type-check under NodeNext, hence the cast).
import type * as P from 'pptxgenjs';
import PptxGenJSModule from 'pptxgenjs';

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

/** The presentation as zip bytes (pptxgenjs's own output, before normalising). */
export async function presentationBytes(pres: Pres): Promise<Uint8Array> {
  const out = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return out;
}
