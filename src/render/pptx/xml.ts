// The one escaping point for text we write into XML parts ourselves (pptxgenjs escapes the runs it writes).

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Characters XML 1.0 cannot hold at all. Content files with any of them are refused when they are
 * read (`file/control-character`), so none should reach a renderer; this keeps a part well-formed
 * even if one does, instead of writing a deck PowerPoint must repair.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** One element with escaped text content. */
export function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** English Metric Units per inch, the unit of DrawingML positions. */
export const EMU = 914400;

/** Inches as whole EMU, rounded as pptxgenjs rounds them. */
export function emu(inches: number): number {
  return Math.round(inches * EMU);
}
