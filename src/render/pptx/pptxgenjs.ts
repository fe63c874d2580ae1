// The one door to pptxgenjs: loaded once through require (its default export does not type-check under NodeNext), typed here.
import { createRequire } from 'node:module';
import type * as P from 'pptxgenjs';

type PptxGenJS = P.default;

/** A pptxgenjs presentation. */
export type Pres = PptxGenJS;
/** One slide of it. */
export type PSlide = P.default.Slide;
export type TextProps = P.default.TextProps;
export type TableRow = P.default.TableRow;
export type TableCell = P.default.TableCell;
export type SlideMasterProps = P.default.SlideMasterProps;

const require = createRequire(import.meta.url);
let ctor: (new () => PptxGenJS) | undefined;

/** A new, empty presentation (the library is loaded on first use and kept). */
export function newPresentation(): Pres {
  ctor ??= require('pptxgenjs') as new () => PptxGenJS;
  return new ctor();
}

/** The presentation as zip bytes (pptxgenjs's own output, before normalising). */
export async function presentationBytes(pres: Pres): Promise<Uint8Array> {
  const out = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return out;
}
