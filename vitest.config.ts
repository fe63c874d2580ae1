import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // As in the compiled bundle (scripts/compile.mjs): pptxgenjs hands its parts to the collector, not to jszip.
    alias: { jszip: fileURLToPath(new URL('./src/render/pptx/part-collector.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Real-client checks (LibreOffice, poppler) take seconds per document.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores: LibreOffice conversions in parallel files would fight for them.
    fileParallelism: true,
    maxWorkers: 2,
    // pptxgenjs must go through the alias above, so the test runner transforms it instead of leaving it to Node.
    server: { deps: { inline: ['pptxgenjs'] } },
  },
});
