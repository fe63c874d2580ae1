// Pictures are checked whole before anything decodes them: a client's logo or a slide picture that is over the pixel
// limit, cut off, damaged or of a kind pdfkit draws wrongly is an error at the field that names it, never a crash.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectImage, sniffImage } from '../src/util/image.js';
import { decodeXml, pdfPages, slideTexts, squash } from './support/artefacts.js';
import { jpeg, type PngSpec, png, pngChunk } from './support/crafted.js';
import { HOSTILE, shapesOf, slidesOf, slideTitled } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

/** Runs --check on the base fixture with `bytes` as the client's logo; the base's practice module shows it too. */
async function checkLogo(bytes: Uint8Array, name = 'logo.png') {
  return withEditedBase(
    {
      'clients/acme.yaml': (t) => t.replace('assets/logo.png', `assets/${name}`),
      'modules/practice.md': (t) => t.replaceAll('assets/logo.png', `assets/${name}`),
    },
    async (dir) => {
      writeFileSync(join(dir, 'assets', name), bytes);
      return runCli(['--content', dir, '--check']);
    },
  );
}

const cut = (bytes: Buffer, drop: number) => bytes.subarray(0, bytes.length - drop);

describe('hostile pictures through the CLI', () => {
  const cases: [string, () => Buffer, string, string, string][] = [
    [
      'a 20000 × 20000 PNG of 48 KB',
      () => png({ width: 20000, height: 20000, bitDepth: 1, colourType: 0 }),
      'logo.png',
      'asset/too-many-pixels',
      '20000 × 20000 pixels (400 megapixels)',
    ],
    [
      'a header claiming 100000 × 100000 and nothing else',
      () => png({ width: 100000, height: 100000, headerOnly: true }),
      'logo.png',
      'asset/too-many-pixels',
      '100000 × 100000 pixels',
    ],
    [
      'a PNG cut off in its picture data',
      () => cut(png({ width: 300, height: 100 }), 40),
      'logo.png',
      'asset/damaged',
      'cut off in the middle',
    ],
    [
      'a JPEG cut off before its end marker',
      () => cut(jpeg(), 3),
      'logo.jpg',
      'asset/damaged',
      'cut off before its end marker',
    ],
  ];
  for (const [what, make, name, rule, words] of cases) {
    it(`${what}: exit 1 at the logo and the image, no stack trace`, async () => {
      const run = await checkLogo(make(), name);
      expect(run.code).toBe(1);
      expect(diagnosticKeys(run.stderr)).toEqual([
        `clients/acme.yaml:11:9 ${rule}`,
        `modules/practice.md:19:1 ${rule}`,
      ]);
      expect(run.stderr).toContain(words);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it('a whole JPEG is a logo like any other', async () => {
    const run = await checkLogo(jpeg(), 'logo.jpg');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

/** Every valid colour type and bit depth, plain and interlaced. */
const VALID: PngSpec[] = [
  ...[1, 2, 4, 8, 16].map((bitDepth) => ({ colourType: 0, bitDepth })),
  ...[8, 16].flatMap((bitDepth) => [2, 4, 6].map((colourType) => ({ colourType, bitDepth }))),
  ...[1, 2, 4, 8].map((bitDepth) => ({
    colourType: 3,
    bitDepth,
    extra: [pngChunk('PLTE', new Uint8Array([0, 0, 0, 255, 255, 255]))],
  })),
].map((s) => ({ width: 13, height: 7, ...s }));

describe('inspectImage', () => {
  it('takes every valid PNG pdfkit draws as it is, with its size', () => {
    for (const spec of VALID) {
      expect(inspectImage(png(spec)), JSON.stringify(spec)).toEqual({
        info: { mime: 'image/png', width: 13, height: 7 },
      });
      if (spec.bitDepth! >= 8)
        expect(sniffImage(png({ ...spec, interlace: 1 })), `interlaced ${JSON.stringify(spec)}`).toBeDefined();
    }
    expect(inspectImage(jpeg())).toEqual({ info: { mime: 'image/jpeg', width: 8, height: 8 } });
  });

  it('refuses the kinds of PNG pdfkit 0.20 draws scrambled or wrongly coloured', () => {
    const palette = pngChunk('PLTE', new Uint8Array([0, 0, 0, 255, 255, 255]));
    const unfit: [PngSpec, string][] = [
      [{ width: 9, height: 9, colourType: 0, bitDepth: 1, interlace: 1 }, 'interlaced PNG of 1 bits'],
      [
        { width: 9, height: 9, colourType: 3, bitDepth: 4, extra: [palette, pngChunk('tRNS', new Uint8Array([0]))] },
        '16-colour PNG with transparency',
      ],
      [{ width: 9, height: 9, colourType: 2, extra: [pngChunk('tRNS', new Uint8Array(6))] }, 'one transparent colour'],
      [{ width: 9, height: 9, colourType: 6, extra: [palette] }, 'also carries a palette'],
      [{ width: 9, height: 9, extra: [pngChunk('tEXt', Buffer.from(`Comment\0${'x'.repeat(20_000)}`))] }, 'KB of text'],
    ];
    for (const [spec, words] of unfit) {
      const { problem } = inspectImage(png(spec));
      expect(problem, words).toMatchObject({ kind: 'unsupported' });
      expect(problem?.kind === 'unsupported' && problem.detail).toContain(words);
    }
  });

  it('finds damage anywhere in a PNG: a changed byte, a broken stream, a bad row filter, missing rows', () => {
    const whole = png({ width: 40, height: 30 });
    const flipped = Buffer.from(whole);
    flipped[60]! ^= 0x10;
    const chunks = (idat: Buffer) => {
      const ihdr = whole.subarray(8, 33);
      return Buffer.concat([whole.subarray(0, 8), ihdr, pngChunk('IDAT', idat), pngChunk('IEND', new Uint8Array(0))]);
    };
    const rows = Buffer.alloc(30 * (1 + 40 * 4));
    const badFilter = Buffer.from(rows);
    badFilter[(1 + 40 * 4) * 5] = 7;
    const damage: [Buffer, string][] = [
      [flipped, 'a checksum does not match'],
      [chunks(Buffer.from('not zlib at all, just text')), 'compressed picture data is broken'],
      [chunks(deflateSync(badFilter)), 'scrambled'],
      [chunks(deflateSync(rows.subarray(0, rows.length / 2))), 'stops before the last row'],
      [Buffer.concat([whole.subarray(0, 33), pngChunk('IEND', new Uint8Array(0))]), 'no picture data'],
      [cut(whole, 1), 'cut off'],
    ];
    for (const [bytes, words] of damage) {
      const { problem } = inspectImage(bytes);
      expect(problem?.kind, words).toBe('damaged');
      expect(problem?.kind === 'damaged' && problem.detail).toContain(words);
    }
  });

  it('refuses JPEGs no PDF reader takes, and JPEGs with no picture data', () => {
    const twelveBit = Buffer.from(jpeg());
    const frame = twelveBit.indexOf(Buffer.from([0xff, 0xc0]));
    twelveBit[frame + 4] = 12;
    expect(inspectImage(twelveBit).problem).toEqual({ kind: 'unsupported', detail: 'a JPEG of 12 bits a sample' });
    const lossless = Buffer.from(jpeg());
    lossless[frame + 1] = 0xc3;
    expect(inspectImage(lossless).problem).toEqual({ kind: 'unsupported', detail: 'a lossless JPEG' });
    const scan = jpeg().indexOf(Buffer.from([0xff, 0xda]));
    expect(inspectImage(Buffer.concat([jpeg().subarray(0, scan), Buffer.from([0xff, 0xd9])])).problem).toEqual({
      kind: 'damaged',
      detail: 'it holds no picture data',
    });
  });
});

describe('pictures in the PDFs', () => {
  it('are embedded once per document, however often they are drawn (the logo on the cover, the slides and as a figure)', async () => {
    await withEditedBase({}, async (dir) => {
      // Beside the content folder: an output folder inside it is refused.
      const out = `${dir}-out`;
      try {
        expect((await runCli(['--content', dir, '--out', out, '--client', 'acme'])).code).toBe(0);
        for (const name of ['slides.pdf', 'handouts.pdf', 'facilitator-guide.pdf']) {
          const pdf = readFileSync(join(out, 'acme', name)).toString('latin1');
          expect(pdf.match(/\/Subtype \/Image/g), name).toHaveLength(1);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
});

describe('a picture whose path holds a space, in a YAML Markdown field', () => {
  it('is read in angle brackets, and refused at its line without them, saying how to write it', async () => {
    const copyLogo = (dir: string) =>
      writeFileSync(join(dir, 'assets', 'decision flow.png'), readFileSync(join(dir, 'assets', 'logo.png')));
    const instructions = (image: string) => ({
      'exercises/case.yaml': (t: string) =>
        t.replace(
          'instructions: Read the case and answer together.',
          `instructions: |\n  Read the case and answer together.\n  ${image}`,
        ),
    });
    await withEditedBase(instructions('![The decision flow](<assets/decision flow.png>)'), async (dir) => {
      copyLogo(dir);
      const r = await runCli(['--content', dir, '--check']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });
    await withEditedBase(instructions('![The decision flow](assets/decision flow.png)'), async (dir) => {
      copyLogo(dir);
      const r = await runCli(['--content', dir, '--check']);
      expect(r.code).toBe(1);
      expect(diagnosticKeys(r.stderr)).toEqual(['exercises/case.yaml:7:3 module/image-path-space']);
      expect(r.stderr).toContain('![…](<assets/decision flow.png>)');
    });
  });
});

describe('alt text and captions', () => {
  // The alt text of each picture, and the caption written as its Markdown title on two of them.
  const SLIDE_ALT = 'A simple square logo';
  const FLOW_ALT = `The logo again, described for a screen reader ${HOSTILE}`;
  const FLOW_CAPTION = `Our logo, drawn in 2026 ${HOSTILE}`;
  const CASE_ALT = 'The decision flow as boxes and arrows';
  const CASE_CAPTION = 'Figure 1: how the team decides';
  const edits = {
    'modules/practice.md': (t: string) =>
      `${t}\n## Pictured\nThe logo stands for the team.\n\n![${FLOW_ALT}](assets/logo.png "${FLOW_CAPTION.replaceAll('"', '\\"')}")\n`,
    'exercises/case.yaml': (t: string) =>
      t.replace(
        'instructions: Read the case and answer together.',
        `instructions: |\n  Read the case and answer together.\n\n  ![${CASE_ALT}](assets/logo.png "${CASE_CAPTION}")`,
      ),
  };
  const shown = (s: string) => s.replace(/"/g, '”').replace(/'/g, '’').replace('”Q”', '“Q”').replace('’R’', '‘R’');

  it('describe the picture for screen readers and are never printed; a caption is printed where the author writes one', async () => {
    await buildEdited(edits, ['--client', 'acme'], (out) => {
      const deck = join(out, 'acme', 'deck.pptx');
      const slides = slidesOf(deck);
      const texts = slideTexts(deck);
      const at = (title: string) => slides.indexOf(slideTitled(slides, title));
      // The picture alone on its slide: described, no caption under it.
      const picture = at('The picture');
      expect(slides[picture]!.xml).toContain(`descr="${SLIDE_ALT}"`);
      expect(texts[picture]).not.toContain(SLIDE_ALT);
      // A picture in running text with a title: the title is its caption, the alt text its description.
      const pictured = at('Pictured');
      expect(decodeXml(/descr="([^"]*)"/.exec(slides[pictured]!.xml)![1]!)).toBe(FLOW_ALT);
      expect(texts[pictured]).toContain(shown(FLOW_CAPTION));
      expect(texts[pictured]).not.toContain('screen reader');
      const caption = shapesOf(slides[pictured]!).find((s) => s.text === shown(FLOW_CAPTION))!;
      const image = /<p:pic>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"/
        .exec(slides[pictured]!.xml)!
        .slice(1)
        .map((v) => Number(v) / 914_400);
      expect(caption.y).toBeGreaterThanOrEqual(image[1]! + image[3]! - 0.01);
      // The same in the PDFs: slides.pdf draws the slides, the worksheets print the case's instructions.
      const slidesPdf = squash(pdfPages(join(out, 'acme', 'slides.pdf')).join(' '));
      expect(slidesPdf).toContain(squash(shown(FLOW_CAPTION)));
      expect(slidesPdf).not.toContain('screen reader');
      expect(slidesPdf).not.toContain(SLIDE_ALT);
      const worksheets = squash(pdfPages(join(out, 'acme', 'worksheets.pdf')).join(' '));
      expect(worksheets).toContain(CASE_CAPTION);
      expect(worksheets).not.toContain(CASE_ALT);
      const guide = squash(pdfPages(join(out, 'acme', 'facilitator-guide.pdf')).join(' '));
      expect(guide).not.toContain(CASE_ALT);
    });
  });
});
