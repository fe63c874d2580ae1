// Each slide is drawn once per kit, as plain data, and slides.pdf, the handouts and the guide's thumbnails replay that
// one drawing: the same drawings after a structured clone (what the guide's worker receives) give the same bytes.
import { describe, expect, it } from 'vitest';
import { composeModels } from '../src/build.js';
import { layoutSlides } from '../src/layout/index.js';
import { renderGuide } from '../src/render/pdf/guide/index.js';
import { renderHandouts } from '../src/render/pdf/handouts/index.js';
import { drawSlides } from '../src/render/pdf/slides/draw.js';
import { renderSlidesPdf } from '../src/render/pdf/slides/index.js';
import { renderWorksheets } from '../src/render/pdf/worksheets/index.js';
import { HOSTILE } from './support/deck-xml.js';
import { withEditedBase } from './support/fixtures.js';

describe('one drawing of each slide', () => {
  it('is plain data that replays into the same slides.pdf, handouts and guide after crossing to a worker', async () => {
    await withEditedBase(
      {
        'clients/acme.yaml': (t) => t.replace('name: Acme Logistics', `name: ${JSON.stringify(HOSTILE)}`),
        'modules/welcome.md': (t) => `${t}\n\n## ${HOSTILE}\n\n- ${HOSTILE} one\n- two <b>not bold</b> & "three"\n`,
      },
      async (dir) => {
        const composed = await composeModels({ contentDir: dir, sourceDateEpoch: 0, clients: ['acme'] });
        expect(composed.diagnostics).toEqual([]);
        const model = composed.models[0]!;
        const worksheets = await renderWorksheets(model);
        const layout = layoutSlides(model);
        const { drawings, diagnostics } = drawSlides(model, layout, worksheets.pages);
        expect(diagnostics).toEqual([]);
        expect(drawings.map((d) => d.slideId)).toEqual(layout.pages.map((p) => p.slideId));
        // Typography curls the quotes; the rest is as written.
        expect(drawings.some((d) => d.title.includes('Tom & Jerry <Ltd>') && d.title.includes('Ελλάδα Київ'))).toBe(
          true,
        );

        const cloned = structuredClone(drawings);
        // Functions or class instances would not survive the clone, or would arrive changed.
        expect(cloned).toEqual(drawings);
        const same = async (render: (d: typeof drawings) => Promise<{ bytes: Uint8Array }>) => {
          const [a, b] = await Promise.all([render(drawings), render(cloned)]);
          expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
          return a.bytes;
        };
        const slides = await same((d) => renderSlidesPdf(model, d));
        await same((d) => renderHandouts(model, d, 3));
        const guide = await same((d) => renderGuide(model, layout.numbers, worksheets.pages, d));
        expect(slides.byteLength).toBeGreaterThan(10_000);
        // The guide with drawings is larger than without: the thumbnails are in it.
        const plain = await renderGuide(model, layout.numbers, worksheets.pages);
        expect(guide.byteLength).toBeGreaterThan(plain.bytes.byteLength);
      },
    );
  }, 60_000);
});
