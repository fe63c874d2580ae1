// `{{variables}}` in content text: what one is, where it was written, and putting the client's values in.
import type { Source } from '../model/deck.js';

export interface VariableUse {
  name: string;
  source: Source;
}

/** A variable as written: `{{ name }}`, spaces allowed inside the braces. */
export const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Replaces variables in a string; unknown names stay as written (validation has already reported them). */
export function substitute(text: string, values: Readonly<Record<string, string>>): string {
  if (!text.includes('{{')) return text;
  return text.replace(VARIABLE, (whole, name: string) => values[name] ?? whole);
}
