// Finds every {{variable}} in the raw text of a file, with its exact position, and rejects names that cannot exist.

import { VARIABLE, type VariableUse } from '../content/variables.js';
import type { Diagnostic } from '../diagnostics.js';
import { didYouMean } from '../util/suggest.js';

/** Names that always exist; `vars.NAME` is checked per client. */
export const FIXED_VARIABLES = [
  'client.name',
  'client.facilitator',
  'client.date',
  'client.location',
  'workshop.title',
  'workshop.subtitle',
] as const;

/**
 * Scans `text` (a whole file) for variables. YAML comments are skipped, in YAML files and in a
 * Markdown file's front matter: a comment may well mention `{{vars.NAME}}`.
 */
export function scanVariables(file: string, text: string, diagnostics: Diagnostic[], isYaml: boolean): VariableUse[] {
  const uses: VariableUse[] = [];
  const lines = text.split('\n');
  const frontMatterEnd = isYaml
    ? lines.length
    : lines[0]?.trim() === '---'
      ? lines.findIndex((l, i) => i > 0 && l.trim() === '---')
      : -1;
  lines.forEach((raw, index) => {
    const line = index <= frontMatterEnd ? withoutYamlComment(raw) : raw;
    for (const match of line.matchAll(VARIABLE)) {
      const name = match[1] ?? '';
      const source = { file, line: index + 1, column: (match.index ?? 0) + 1 };
      if (name.startsWith('vars.') && /^vars\.[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        uses.push({ name, source });
      } else if ((FIXED_VARIABLES as readonly string[]).includes(name)) {
        uses.push({ name, source });
      } else {
        const hint = didYouMean(name, FIXED_VARIABLES);
        diagnostics.push({
          rule: 'variable/unknown',
          message: `unknown variable \`{{${name}}}\`${hint || `; expected one of ${FIXED_VARIABLES.map((v) => `{{${v}}}`).join(', ')} or {{vars.NAME}}`}`,
          source,
        });
      }
    }
  });
  return uses;
}

/** The line without its YAML comment: a `#` after a space (or at the start) outside quotes. */
function withoutYamlComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
    } else if ((c === '"' || c === "'") && /(^|[:\-[{,]\s*)$/.test(`${line.slice(0, i).trimEnd()} `)) {
      // Only a quote that opens a value quotes; the apostrophe in "Kotter's view" does not.
      quote = c;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
      return line.slice(0, i);
    }
  }
  return line;
}
