// Public API for teams that script their builds.
export { build, composeModels, type BuildOptions, type BuildResult } from './build.js';
export { formatDiagnostic, type Diagnostic } from './diagnostics.js';
export type * from './model/deck.js';
