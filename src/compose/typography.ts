// Typographic quotes, as a typesetter sets them: authors type " and ' on their keyboards.

/** Characters after which a quote opens rather than closes (`*` and `_`: Markdown emphasis before it). */
const OPENS_AFTER = /[\s([{\u2018\u201C\u2013\u2014/*_-]/;

/**
 * Hebrew and Arabic letters. A straight quote touching one stays as typed: Hebrew prints "…" and writes its geresh and
 * gershayim in the straight marks' shape (פליפצ'ארט, מנכ"ל), and the curly English pair would read reversed in a
 * right-to-left line.
 */
const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]/;

/**
 * Straight quotes become curly ones: a quote at the start, or after a space, bracket, dash or another
 * opening quote, opens; any other closes, so an apostrophe inside a word (don't, Ærø's) is a closing
 * single quote as it should be. `before` is the character that precedes `text` (the end of the
 * previous run of the same paragraph), so a quote at the start of a bold run still knows its side.
 */
export function curlyQuotes(text: string, before = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let previous = before;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if ((char === '"' || char === "'") && (RTL_LETTER.test(previous) || RTL_LETTER.test(text[i + 1] ?? ''))) {
      out += char;
      previous = char;
      continue;
    }
    const opens = previous === '' || OPENS_AFTER.test(previous);
    // An apostrophe standing for left-out digits ('90s) is one even at the start of a word.
    const elision = char === "'" && /\d/.test(text[i + 1] ?? '');
    const typeset =
      char === '"' ? (opens ? '\u201C' : '\u201D') : char === "'" ? (opens && !elision ? '\u2018' : '\u2019') : char;
    out += typeset;
    previous = typeset;
  }
  return out;
}

/** `curlyQuotes` over a paragraph's runs, leaving code as typed. */
export function curlyQuotesInRuns<R extends { text: string; code?: boolean }>(runs: R[]): R[] {
  let previous = '';
  return runs.map((run) => {
    const text = run.code ? run.text : curlyQuotes(run.text, previous);
    previous = text.slice(-1) || previous;
    return text === run.text ? run : { ...run, text };
  });
}

/**
 * `curlyQuotes` for a short text that may still hold Markdown markers (YAML fields): the parts in
 * backticks are code and keep what was typed; the markers are removed afterwards by the caller.
 */
export function curlyQuotesOutsideCode(text: string): string {
  if (!text.includes('`')) return curlyQuotes(text);
  return text
    .split(/(`[^`]+`)/)
    .reduce(
      (out, part) =>
        out + (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? part : curlyQuotes(part, out.slice(-1))),
      '',
    );
}
