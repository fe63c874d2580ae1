// A CSV reader that keeps where each cell starts, so a problem in a spreadsheet's export is reported at its line and column.

/** One cell: its text (quotes undone) and the 1-based line and column where it starts. */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

export type CsvResult = { rows: CsvCell[][] } | { problem: string; line: number; column: number };

/**
 * Reads RFC 4180 CSV as spreadsheets write it: cells split by the delimiter the first line uses most (a comma, or the
 * semicolon or tab a German or French Excel writes), double quotes around cells that hold one, `""` for a quote inside.
 * `text` has `\n` line ends. A row that is empty (a blank line) is left out.
 */
export function readCsv(text: string): CsvResult {
  const delimiter = delimiterOf(text.slice(0, text.indexOf('\n') >>> 0));
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const endRow = (): void => {
    if (row.some((c) => c.text.trim() !== '')) rows.push(row);
    row = [];
  };
  while (i <= text.length) {
    const cell: CsvCell = { text: '', line, column: i - lineStart + 1 };
    if (text[i] === '"') {
      const opened = { line, column: cell.column };
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return { problem: 'a quoted cell is never closed: add the closing "', ...opened };
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            cell.text += '"';
            j += 2;
            continue;
          }
          break;
        }
        if (text[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
        cell.text += text[j];
        j++;
      }
      i = j + 1;
      if (i < text.length && text[i] !== delimiter && text[i] !== '\n')
        return {
          problem: `text after a quoted cell's closing quote: write a quote inside a cell as "" and quote the whole cell`,
          line,
          column: i - lineStart + 1,
        };
    } else {
      let j = i;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n') j++;
      cell.text = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= text.length) break;
    if (text[i] === '\n') {
      endRow();
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  endRow();
  return { rows };
}

/** The delimiter a first line uses most, outside quotes; a comma when it uses none. */
function delimiterOf(first: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
