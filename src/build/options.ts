// What a build is asked to do and what it answers: shared by the build, its first half (compose-models.ts) and callers.
import type { Diagnostic } from '../diagnostics.js';
import type { RenderPool } from '../render/pool.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Client ids to build; empty means all. */
  clients?: readonly string[];
  /** `--start HH:MM`: the session starts late and keeps its planned end (one client's kit only). */
  lateStart?: string;
  /** Validate and compose only; write nothing. */
  check?: boolean;
  /** Also write each model as JSON (debugging). */
  debugModel?: boolean;
  /** Replace files in out/ that no build wrote (not in its manifest) where the kits go. */
  force?: boolean;
  sourceDateEpoch?: number;
  /** Called as each artefact is ready. */
  onProgress?: (event: { clientId: string; artefact: string; ms: number }) => void;
  /** Render threads to use; 1 renders in this thread. Default: one per core. */
  jobs?: number;
  /** A pool the caller keeps between builds (watch mode); the build then neither opens nor closes one. */
  pool?: RenderPool;
}

export interface BuildResult {
  /** `content` = content errors (exit 1); `usage` = bad arguments such as an unknown client, or an output folder that cannot take the kits (exit 2). */
  status: 'ok' | 'content' | 'usage';
  diagnostics: Diagnostic[];
  /** Usage problem, when status is `usage`. */
  usage?: string;
  /** The usage problem is the output folder's state (the options were right): no usage text helps. */
  outputProblem?: boolean;
  clients: string[];
  timings: Record<string, number>;
  /** Things worth a word that are not errors (an earlier build's client folder whose client is gone). */
  notes?: string[];
  /** Problems that do not stop the build (a template with no layout for a kind of slide), at their line. */
  warnings?: Diagnostic[];
  /** Per client built, the content files its kit was made from (for watch mode). */
  inputs?: Record<string, Set<string>>;
}
