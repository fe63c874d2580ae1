// Milliseconds per render step, for progress lines and the benchmark.

/** A timer that runs a step and records how long it took under `name` in `timings`. */
export function stopwatch(
  timings: Record<string, number>,
): <T>(name: string, work: () => T | Promise<T>) => Promise<T> {
  return async (name, work) => {
    const started = performance.now();
    const result = await work();
    timings[name] = performance.now() - started;
    return result;
  };
}
