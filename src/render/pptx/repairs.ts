// Slips in the XML pptxgenjs writes, repaired: a paragraph's properties after its runs, an invalid bullet size,
// table-cell end marks at 12 pt, notes as one paragraph with newlines, every notes part with the same creation id.

/**
 * pptxgenjs sizes every bullet at 100% in the first edition's integer form, which the Transitional
 * schema does not accept ("100%"); 100% is what a bullet is without the element.
 */
export const DEFAULT_BULLET_SIZE = '<a:buSzPct val="100000"/>';

/**
 * pptxgenjs writes an `a:pPr` before every run of a paragraph; only the first, at the start, is valid.
 * Around a line break inside a paragraph (a code block's lines) it writes two or three in a row
 * (`</a:r><a:pPr/><a:br/><a:pPr/><a:pPr/>`), so every one not right after `<a:p>` goes.
 */
export function fixParagraphs(xml: string): string {
  const misplaced = xml.includes('</a:r><a:pPr') || xml.includes('<a:br/><a:pPr');
  return matchEndSizes(misplaced ? xml.replace(/(?<!<a:p>)<a:pPr\b(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '') : xml);
}

/** The value of attribute `sz` in the tag starting at `at`, with its position, if the tag has one. */
function sizeIn(xml: string, at: number): { value: string; start: number } | undefined {
  const tagEnd = xml.indexOf('>', at);
  const attr = xml.indexOf(' sz="', at);
  if (attr < 0 || attr > tagEnd) return undefined;
  const start = attr + 5;
  return { value: xml.slice(start, xml.indexOf('"', start)), start };
}

/**
 * pptxgenjs ends every table-cell paragraph with a 12 pt end mark whatever its text's size.
 * The mark sets the height of a line typed after it, so it takes the size of the paragraph's text.
 * A scan rather than a regular expression per paragraph: this runs over every slide of every kit.
 */
function matchEndSizes(xml: string): string {
  let out = '';
  let copied = 0;
  for (let p = xml.indexOf('<a:p>'); p >= 0; ) {
    const end = xml.indexOf('</a:p>', p + 5);
    if (end < 0) break;
    const mark = xml.indexOf('<a:endParaRPr', p + 5);
    const markSize = mark >= 0 && mark < end && !/\w/.test(xml[mark + 13] ?? '') ? sizeIn(xml, mark) : undefined;
    if (markSize) {
      // An empty cell has no text to take a size from: the body minimum keeps every mark at 14 pt or more.
      let size = '1400';
      for (let r = xml.indexOf('<a:rPr', p + 5); r >= 0 && r < end; r = xml.indexOf('<a:rPr', r + 6)) {
        if (/\w/.test(xml[r + 6] ?? '')) continue;
        const run = sizeIn(xml, r);
        if (run) size = run.value;
      }
      if (size !== markSize.value) {
        out += xml.slice(copied, markSize.start) + size;
        copied = markSize.start + markSize.value.length;
      }
    }
    p = xml.indexOf('<a:p>', end + 6);
  }
  return copied === 0 ? xml : out + xml.slice(copied);
}

/** pptxgenjs gives every notes part the same creation id; PowerPoint gives each its own (derived here from the part's number). */
export function uniqueCreationId(xml: string, name: string): string {
  const n = Number(/notesSlide(\d+)\.xml$/.exec(name)?.[1] ?? 0);
  return xml.replace(
    /(<p14:creationId\b[^>]*\bval=")(\d+)"/,
    (_m, head: string, val: string) => `${head}${(Number(val) + n) % 4294967296}"`,
  );
}

/** pptxgenjs puts all notes in one run with newlines; PowerPoint wants a paragraph per line (their language is set after). */
export function splitNotes(xml: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/,
    (_m, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) =>
          line ? `<a:p><a:r><a:rPr dirty="0"/><a:t>${line}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr dirty="0"/></a:p>`,
        )
        .join(''),
  );
}
