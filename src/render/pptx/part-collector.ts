// Stands in for JSZip inside pptxgenjs (the bundler and the test runner alias `jszip` to this file).
// pptxgenjs only adds parts and asks for the archive; handing over the parts themselves spares a
// stored zip that normalize.ts would unzip again (CRC, copies, a UTF-8 round trip per part: ~15% of a deck).

/** A package part as pptxgenjs made it: XML text, or binary media. */
export type Part = string | Uint8Array;

/** What `generateAsync` resolves to under this stand-in. */
export const PARTS = Symbol('pptx parts');
export interface CollectedParts {
  [PARTS]: Map<string, Part>;
}

export default class PartCollector {
  private readonly parts: Map<string, Part>;
  private readonly prefix: string;

  constructor(parts = new Map<string, Part>(), prefix = '') {
    this.parts = parts;
    this.prefix = prefix;
  }

  folder(name: string): PartCollector {
    return new PartCollector(this.parts, `${this.prefix}${name.replace(/\/?$/, '/')}`);
  }

  file(name: string, data: string | Uint8Array, options?: { base64?: boolean }): this {
    this.parts.set(this.prefix + name, options?.base64 && typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'base64')) : data);
    return this;
  }

  async generateAsync(options: { type?: string }): Promise<CollectedParts> {
    // pptxgenjs also zips embedded chart workbooks this way; the decks never contain charts.
    if (options.type !== 'uint8array') throw new Error(`pptx parts were asked for as ${options.type}; only whole presentations are supported`);
    return { [PARTS]: this.parts };
  }
}
