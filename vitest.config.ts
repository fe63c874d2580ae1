import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Real-client checks (LibreOffice, poppler) take seconds per document.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores: LibreOffice conversions in parallel files would fight for them.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
