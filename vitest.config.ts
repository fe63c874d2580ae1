import { defineConfig } from 'vitest/config';

/**
 * Test files that open the generated files in real clients (LibreOffice, poppler, qpdf, Chromium, Firefox, WebKit) or read them back with
 * them: minutes on two cores. `npm test` runs them with the rest; `npm run test:unit` leaves them out.
 */
const REAL_CLIENTS = [
  'answers-slide',
  'cjk',
  'cjk-template',
  'cover',
  'design',
  'e2e-stress',
  'e2e',
  'emoji',
  'exercise-slide',
  'i18n',
  'import-pandoc',
  'import-round-trip',
  'matrix',
  'per-client',
  'preview',
  'preview-browsers',
  'pptx-native',
  'render-guide',
  'render-pdf-flow',
  'render-pptx',
  'render-worksheets',
  'reveal',
  'room-timing',
  'rtl',
  'rtl-deck',
  'rtl-kits',
  'rtl-mirror',
  'session-pack-deck',
  'session-pack',
  'slides-pdf',
  'template-art',
  'template-footer',
  'template-freeform',
  'template-keep-clear',
  'template-pdf',
  'template-roles',
  'template-styles',
  'template',
].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // Real-client checks (LibreOffice, poppler) take seconds per document.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Two cores: LibreOffice conversions in parallel files would fight for them.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      // Its files share the modules a worker has loaded (isolate: false), which cut their import time from 18 s to 4 s: a kit's
      // bytes never depend on what the process rendered before (kit-bytes.test.ts), and no file stubs a module.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: REAL_CLIENTS, isolate: false } },
      { extends: true, test: { name: 'real-clients', include: REAL_CLIENTS } },
    ],
  },
});
