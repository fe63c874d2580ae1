// Public API for teams that script their builds.
export { type BuildOptions, type BuildResult, build, composeModels } from './build.js';
export { type Diagnostic, formatDiagnostic } from './diagnostics.js';
export type * from './model/deck.js';
