// The V8 flags the tool runs with, set from inside the process rather than on the node command line, so every way
// of starting it (npm run build:deck, npx, the installed bin, the compile step's training) runs with the same flags
// and V8 accepts the code caches trained under them (it rejects a cache made under other flags).
import { setFlagsFromString } from 'node:v8';

/**
 * 8 x the default interrupt budget: V8 optimises only code that is really hot. On two cores its
 * background compiling competed with the render threads (50 clients 5.2 -> 4.2 s, a cold kit's CPU
 * 1.31 -> 0.91 s).
 */
export const V8_FLAGS = ['--interrupt-budget=540672'];

/** Sets the flags; call before any of the tool's code is compiled. */
export function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
