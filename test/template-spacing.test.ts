// On a client's template the text in its placeholders is set as the template sets it: the text frame's insets and
// anchoring, each list level's line spacing, space before and indents. The deck measures with them and leaves them
// unwritten, so PowerPoint takes them from the layout ("Reset slide" changes nothing), and LibreOffice, slides.pdf and
// the fitter agree on where every line goes.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { textSetting } from '../src/template/text-setting.js';
import { makeTemplate } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { agreement, pdfWords } from './support/slide-agreement.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');
/** The master's body text frame: a fifth of an inch in from each side, 0.1 in from the top (its lines are Office's: 90 %, 10 pt before, and 4 pt after). */
const BODY_FRAME = 'lIns="182880" tIns="91440" rIns="182880" bIns="45720"';
/** Its title frame: no insets, the title standing on its foot. */
const TITLE_FRAME = 'lIns="0" tIns="0" rIns="0" bIns="0" anchor="b"';

let template: Uint8Array;
let built: TemplateBuild;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  template = await makeTemplate({
    major: 'Arial',
    minor: 'Arial',
    officeSpacing: true,
    spaceAfter: 4,
    textFrames: { title: TITLE_FRAME, body: BODY_FRAME },
  });
  built = await buildOnTemplate(template, { file: 'spacing.potx', withoutBrand: true });
  expect(built.code, built.errors.join('\n')).toBe(0);
  files = unzipSync(built.deck());
}, 120_000);
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

/** Each slide's title and text placeholders: their type, text frame properties and paragraph properties. */
function placeholders(): { slide: string; type: string; bodyPr: string; pPrs: string[] }[] {
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .flatMap((slide) =>
      [...strFromU8(files[slide]!).matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
        const ph = /<p:ph\b[^>]*\/>/.exec(m[1]!);
        if (!ph) return [];
        const t = /type="(\w+)"/.exec(ph[0])?.[1] ?? 'obj';
        if (!['title', 'ctrTitle', 'obj', 'body', 'subTitle'].includes(t)) return [];
        return [
          {
            slide,
            type: t,
            bodyPr: /<a:bodyPr\b[^>]*>/.exec(m[1]!)![0],
            pPrs: [...m[1]!.matchAll(/<a:p>(<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>))?/g)].map((p) => p[1] ?? ''),
          },
        ];
      }),
    );
}

describe('a template that sets its own insets, line spacing and space before', () => {
  it('reads them through the chain, with PowerPoint’s defaults where nothing is said', () => {
    const info = readTemplate(template);
    const content = info.layouts.find((l) => l.name === 'Title and Content')!;
    const body = textSetting(content.placeholders.find((p) => p.type === 'obj' || p.type === 'body'));
    expect(body.insets).toEqual({ l: 14.4, t: 7.2, r: 14.4, b: 3.6 });
    expect(body.anchor).toBe('t');
    expect(body.levels[1]).toEqual({
      line: { pct: 0.9 },
      before: { pts: 10 },
      after: { pts: 4 },
      marL: 18,
      indent: -18,
    });
    expect(body.levels[2]).toMatchObject({ marL: 36, indent: -18 });
    const title = textSetting(content.placeholders.find((p) => p.type === 'title'));
    expect(title).toMatchObject({ insets: { l: 0, t: 0, r: 0, b: 0 }, anchor: 'b' });
    // A placeholder the template says nothing of takes PowerPoint's defaults.
    expect(textSetting(undefined)).toMatchObject({ insets: { l: 7.2, t: 3.6, r: 7.2, b: 3.6 }, anchor: 't' });
  });

  it('leaves the template’s insets, anchoring, line spacing, space before and list indents unwritten', () => {
    const all = placeholders();
    const titles = all.filter((p) => p.type === 'title' || p.type === 'ctrTitle');
    // Text placeholders on the text slides' layout, where their layout has them or moved down under an exercise's
    // details (a quotation set apart at the display size, centred in a measure of its own, is the deck's composition
    // and keeps its own setting).
    const bodies = all.filter(
      (p) => (p.type === 'obj' || p.type === 'body') && !p.pPrs.some((x) => x.includes('algn="ctr"')),
    );
    expect(titles.length).toBeGreaterThan(5);
    expect(bodies.length).toBeGreaterThan(3);
    for (const t of titles.filter((t) => t.type === 'title')) {
      // The side and top insets and the anchoring are the template's; only room for the glyphs' descent is written.
      expect(t.bodyPr, t.slide).not.toMatch(/\b(lIns|rIns|tIns|anchor)=/);
      for (const p of t.pPrs) expect(p, t.slide).not.toMatch(/<a:lnSpc>|<a:spcBef>|\bmarL=|\bindent=/);
    }
    let inherited = 0;
    for (const b of bodies) {
      expect(b.bodyPr, b.slide).not.toMatch(/\b(lIns|rIns|bIns|anchor)=/);
      b.pPrs.forEach((p, i) => {
        expect(p, b.slide).not.toMatch(/<a:lnSpc>|<a:spcAft>/);
        // Space before is the template's, but none before the first paragraph (PowerPoint would set the template's
        // above it) and none before a quiz option, which keeps to its question.
        if (i > 0 && p.includes('<a:spcBef>')) expect(p, b.slide).toContain('<a:spcBef><a:spcPts val="0"/>');
        // A list item takes the level's indents; what indents otherwise (a number's room, a plain paragraph's none)
        // says so with its marker.
        if (/\bmarL=/.test(p)) expect(p, b.slide).toMatch(/<a:buNone\/>|<a:buAutoNum|<a:buChar char="\u00a0"/);
        else if (!/<a:buNone\/>/.test(p)) inherited++;
      });
    }
    expect(inherited).toBeGreaterThan(3);
    expect(bodies.some((b) => b.pPrs.some((p) => /lvl="1"/.test(p) && !/\bmarL=/.test(p)))).toBe(true);
    expect(validatePptx(built.deck())).toEqual([]);
  });

  it.runIf(office)(
    'holds every word in its frame in LibreOffice, where slides.pdf puts it',
    () => {
      const lo = join(built.root, 'deck-lo.pdf');
      const converted = convert(built.deck(), lo);
      expect(overflowing(converted)).toEqual([]);
      const ours = pdfWords(join(built.root, 'out', 'acme', 'slides.pdf'));
      const { share, missesByPage } = agreement(
        ours,
        converted.pages.map((p) => p.words.map((w) => ({ x: w.x0, y: w.y0, text: w.text }))),
      );
      expect(share, JSON.stringify(missesByPage)).toBeGreaterThanOrEqual(0.95);
      // Two one-line list items are a 90 % line and the template's 4 + 10 pt apart (the tool's own rhythm, a full line and
      // 0.4 em, would put them 43 pt apart at 28 pt), in LibreOffice as in slides.pdf.
      const slide = Object.keys(files).find(
        (n) => /^ppt\/slides\/slide\d+\.xml$/.test(n) && strFromU8(files[n]!).includes('>Every '),
      )!;
      const run = strFromU8(files[slide]!)
        .split('<a:r>')
        .find((r) => r.includes('<a:t>Every '))!;
      const size = Number(/\bsz="(\d+)"/.exec(run)![1]) / 100;
      const gap = (pages: { text: string; y: number }[][]) => {
        const page = pages.find((p) => p.some((w) => w.text === 'Every'))!;
        return page.find((w) => w.text === 'We')!.y - page.find((w) => w.text === 'Every')!.y;
      };
      const theirs = gap(converted.pages.map((p) => p.words.map((w) => ({ text: w.text, y: w.y0 }))));
      expect(Math.abs(theirs - gap(ours))).toBeLessThanOrEqual(1.5);
      expect(theirs).toBeGreaterThanOrEqual(4 + 10 + 0.9 * 1.1 * size);
      expect(theirs).toBeLessThanOrEqual(4 + 10 + 0.9 * 1.25 * size);
    },
    120_000,
  );
});
