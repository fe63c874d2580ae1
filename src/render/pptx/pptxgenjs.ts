// The one door to pptxgenjs (its default export does not type-check under NodeNext, hence the cast).
import { strFromU8, unzipSync } from 'fflate';
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

/** A package part: XML text, or binary media. */
export type Part = string | Uint8Array;

const ctor = PptxGenJSModule as unknown as new () => PptxGenJS;

/** A new, empty presentation. */
export function newPresentation(): Pres {
  return new ctor();
}

/**
 * The presentation's package parts by name, as pptxgenjs wrote them. Its zip is only a carrier: the
 * parts are rewritten and zipped again deterministically (normalize.ts), so it is stored, not deflated.
 */
export async function presentationParts(pres: Pres): Promise<Map<string, Part>> {
  const zip = (await pres.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  const parts = new Map<string, Part>();
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    // jszip also writes an entry for each folder; a package has only parts.
    if (!name.endsWith('/')) parts.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(bytes) : bytes);
  }
  return parts;
}
