// Diagnostics: every stage collects these instead of throwing, so one run reports every problem.
import type { Source } from './model/deck.js';
import type { RuleId } from './rules.js';

export interface Diagnostic {
  /** Stable rule id from the catalogue (src/rules.ts), asserted by tests (wording may change, rules do not). */
  rule: RuleId;
  message: string;
  /** Content-relative file and 1-based position; absent only for whole-run problems. */
  source?: Source;
}

/** Formats one diagnostic as `path:line:col: message [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.column}: ` : '';
  return `${where}${d.message} [${d.rule}]`;
}

/** Orders diagnostics by file, then position, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.source?.file ?? '';
    const fb = b.source?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (
      (a.source?.line ?? 0) - (b.source?.line ?? 0) ||
      (a.source?.column ?? 0) - (b.source?.column ?? 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    );
  });
}

/** Each diagnostic once: the same rule and message at the same place, found again (per client, say), is dropped. */
export function dedupeDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.source?.file}:${d.source?.line}:${d.source?.column}:${d.rule}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Thrown only for a problem that must stop the current stage; carries diagnostics, never a stack to the user. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}
