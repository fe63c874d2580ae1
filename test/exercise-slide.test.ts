// Exercise slides read back from the deck, as the room sees them: the task at the body size, the details in one strip
// over the title, a quiz's options each a paragraph with its letter in bold, tiles with their words whole, and a
// continuation only when the task does not fit, its pages evened out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Measure } from '../src/text/measure.js';
import {
  buildDeck,
  HOSTILE,
  type Shape,
  shapesOf,
  slidesOf,
  slidesTitled,
  slideTitled,
  textHeight,
} from './support/deck-xml.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const office = realClients('soffice', 'pdftotext');

/** Tiles: filled text boxes beside the panel, text centred in them. */
const tilesOf = (shapes: Shape[]) =>
  shapes.filter((s) => !s.placeholder && s.filled && s.xml.includes('anchor="ctr"') && s.text !== '');

/** Words of a shape wider than the text area its box leaves them, as the layout measures them. */
function cutWords(s: Shape): string[] {
  const room = s.w * 72 - s.inset.l - s.inset.r;
  return s.runs.flatMap((r) =>
    r.text.split(/\s+/).filter((word) => word && arial.textWidth(word, { sizePt: r.sizePt, bold: r.bold }) > room),
  );
}

const SORT = `title: Leader or manager?
kind: sort
minutes: 10
grouping: pairs
instructions: Tick one column for each statement, ${HOSTILE}.
categories: [Sometimes, "Often & <rarely>", Ελλάδα, Київ, "'Never' \\"ever\\""]
items:
  - text: Sets next year's budget
    answer: Sometimes
  - text: Paints a picture of the future
    answer: Ελλάδα
`;
const SEVEN =
  'labels: [Strongly disagree, Disagree, Somewhat disagree, "Neither & <nor>", Somewhat agree, Agree, Strongly agree Ωμέγα]';

describe('exercise slides', () => {
  it('sets category and scale tiles only at a size where every word fits its tile, else writes them as a line', async () => {
    await buildDeck(
      {
        'exercises/sort-statements.yaml': () => SORT,
        'exercises/self-check.yaml': (t) =>
          t
            .replace('Rate each statement from 1 to 5.', `Rate each statement from 1 to 7, ${HOSTILE}.`)
            .replace('max: 5, labels: [Never, Always]', `max: 7, ${SEVEN}`),
      },
      (deck) => {
        const slides = slidesOf(deck);
        // Five categories across the full width: each word whole in its tile at the body size, as the task is set.
        const sort = shapesOf(slideTitled(slides, 'Sort it out'));
        const tiles = tilesOf(sort);
        expect(tiles.map((t) => t.text)).toEqual(['Sometimes', 'Often & <rarely>', 'Ελλάδα', 'Київ', '‘Never’ “ever”']);
        for (const tile of tiles) expect(cutWords(tile), tile.text).toEqual([]);
        expect(new Set(tiles.flatMap((t) => t.runs.map((r) => r.sizePt)))).toEqual(new Set([22]));
        // Seven points named at length fit no tile at either size: the scale is written out under the instructions.
        const rate = shapesOf(slideTitled(slides, 'Rate yourself'));
        expect(tilesOf(rate)).toEqual([]);
        const body = rate.find((s) => s.placeholder === 'body')!;
        expect(body.text).toContain('Rate each statement from 1 to 7, Tom & Jerry <Ltd> “Q” ‘R’ Ελλάδα Київ.');
        expect(body.text).toContain(
          '1 = Strongly disagree · 2 = Disagree · 3 = Somewhat disagree · 4 = Neither & <nor>',
        );
        expect(body.text).toContain('7 = Strongly agree Ωμέγα');
      },
    );
  });

  it.skipIf(!office)('shows every category whole when LibreOffice draws the tiles', async () => {
    await buildDeck({ 'exercises/sort-statements.yaml': () => SORT }, (deck) => {
      const converted = convert(readFileSync(deck));
      const slides = slidesOf(deck);
      const at = slides.indexOf(slideTitled(slides, 'Sort it out'));
      const words = converted.pages[at]!.words.map((w) => w.text);
      expect(words).toEqual(
        expect.arrayContaining(['Sometimes', 'Often', '&', '<rarely>', 'Ελλάδα', 'Київ', '‘Never’', '“ever”']),
      );
      expect(overflowing(converted)).toEqual([]);
    });
  });

  it('keeps the strip of details on its line over the title when renamed labels are too long, the grouping shortened at a word', async () => {
    const long = (words: number) =>
      Array.from({ length: words }, (_, i) => (i % 7 === 3 ? HOSTILE : `word${i}`)).join(' ');
    const labels = `labels:\n  grouping-solo: "On your own ${long(120).replace(/"/g, '\\"')}"\n  kind-reflection: "Reflection ${long(40).replace(/"/g, '\\"')}"\n`;
    await buildDeck({ 'workshop.yaml': (t) => t + labels }, async (deck) => {
      const slides = slidesOf(deck);
      for (const title of ['Reflect', 'Quick quiz', 'Rate yourself']) {
        const shapes = shapesOf(slideTitled(slides, title));
        const strip = shapes.find((s) => s.text.startsWith('Exercise '))!;
        const heading = shapes.find((s) => s.placeholder === 'title')!;
        expect(textHeight(strip), title).toBeLessThanOrEqual(strip.h * 72 - strip.inset.t - strip.inset.b);
        // How long and with whom stay, in that order, the grouping shortened at a word; it never runs into the title.
        expect(strip.text, title).toMatch(/^Exercise \d+ {3}· {3}\d+ minutes {3}· {3}On your own word0 word1 /);
        expect(strip.text, title).toMatch(/… {3}· {3}Worksheet p\. \d+$/);
        expect(strip.y + strip.h, title).toBeLessThanOrEqual(heading.y + 0.001);
      }
      if (office) expect(overflowing(convert(readFileSync(deck)))).toEqual([]);
    });
  });
});

/** A quiz of six questions of four options each, some long, and text that tests escaping. */
const QUIZ = `title: Half-time quiz
kind: quiz
minutes: 10
grouping: small groups
instructions: In your team, agree one answer per question and tick its box. Your team has 5 minutes to answer; then we go through the answers together, ${HOSTILE}.
questions:
${Array.from(
  { length: 6 },
  (
    _,
    i,
  ) => `  - prompt: "Question ${i + 1}: which of these ${i % 2 ? 'does the second framework from the first half name, in the words its author used in the article' : 'is right'}?"
    options: ${JSON.stringify([`Option A of ${i + 1}`, `Option B of ${i + 1} & <more>`, `Option C of ${i + 1}, a longer option that says more than the others do`, `Option D ${HOSTILE}`])}
    answer: 1`,
).join('\n')}
`;

describe('a quiz on the slides', () => {
  it('sets each question at the body size, each option a paragraph of its own led by its letter in bold, a question on one slide with its options', async () => {
    await buildDeck({ 'exercises/quick-quiz.yaml': () => QUIZ }, (deck) => {
      const slides = slidesTitled(slidesOf(deck), 'Half-time quiz');
      const bodies = slides.map((s) => shapesOf(s).find((sp) => sp.placeholder === 'body')!);
      const paragraphs = bodies.flatMap((b) =>
        [...b.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(
          (m) => shapesOf({ name: '', xml: `<p:sp>${m[1]}` })[0]!.runs,
        ),
      );
      for (let q = 1; q <= 6; q++) {
        // The prompt, then its four options, each in a paragraph whose first run is the letter, in bold.
        const at = paragraphs.findIndex((runs) =>
          runs
            .map((r) => r.text)
            .join('')
            .startsWith(`Question ${q}:`),
        );
        expect(at, `question ${q}`).toBeGreaterThanOrEqual(0);
        const options = paragraphs.slice(at + 1, at + 5);
        expect(
          options.map((runs) => runs[0]),
          `question ${q}`,
        ).toEqual(['A', 'B', 'C', 'D'].map((text) => ({ text, sizePt: 22, bold: true })));
        expect(
          options.map((runs) =>
            runs
              .slice(1)
              .map((r) => r.text)
              .join('')
              .trim(),
          )[1],
        ).toBe(`Option B of ${q} & <more>`);
        // Set at the body size, the deck's running text, never smaller.
        expect(new Set(paragraphs.slice(at, at + 5).flatMap((runs) => runs.map((r) => r.sizePt)))).toEqual(
          new Set([22]),
        );
        // On one slide with its options.
        const holder = bodies.filter((b) => b.text.includes(`Question ${q}:`));
        expect(holder, `question ${q}`).toHaveLength(1);
        expect(holder[0]!.text).toContain(`Option D ${HOSTILE.replace(/"Q"/, '“Q”').replace(/'R'/, '‘R’')}`);
      }
      // Continued only because six questions of four options do not fit one slide; each slide well used, none near empty.
      expect(slides.length).toBeGreaterThan(1);
      for (const b of bodies) expect(textHeight(b) / 72, b.text.slice(0, 40)).toBeGreaterThanOrEqual(7.5 / 4);
    });
  });

  it.skipIf(!office)(
    'shows every question and option whole and inside its box when LibreOffice draws the quiz',
    async () => {
      await buildDeck({ 'exercises/quick-quiz.yaml': () => QUIZ }, (deck) => {
        const converted = convert(readFileSync(deck));
        expect(overflowing(converted)).toEqual([]);
        const words = converted.pages.flatMap((p) => p.words.map((w) => w.text));
        for (let q = 1; q <= 6; q++) expect(words).toEqual(expect.arrayContaining([`${q}:`, `${q},`]));
      });
    },
  );
});

/** A quiz of nine short questions: too many for one slide, short enough for two columns. */
const SHORT_QUIZ = `title: Short quiz
kind: quiz
minutes: 10
grouping: small groups
instructions: In your team, agree one answer per question and tick its box, ${HOSTILE}.
questions:
${Array.from(
  { length: 9 },
  (_, i) => `  - prompt: "Question ${i + 1}: which is ${i % 2 ? 'Kotter’s' : 'right'}?"
    options: ${JSON.stringify(['Planning', 'Aligning & <teams>', 'Motivating', 'Ελλάδα Київ'])}
    answer: 1`,
).join('\n')}
`;

describe('a quiz too long for one slide', () => {
  it('goes into two columns, each question whole in one, at the body size, on fewer slides and none holding one question alone', async () => {
    await buildDeck({ 'exercises/quick-quiz.yaml': () => SHORT_QUIZ }, (deck) => {
      const slides = slidesTitled(slidesOf(deck), 'Short quiz');
      const columns = slides.map((s) =>
        shapesOf(s)
          .filter((sp) => /Question \d:/.test(sp.text))
          .sort((a, b) => a.x - b.x),
      );
      // Nine questions: two under the instructions, then four a slide, two in each column.
      expect(slides.length).toBe(3);
      const order = columns.flatMap((boxes) =>
        boxes.flatMap((b) => [...b.text.matchAll(/Question (\d):/g)].map((m) => Number(m[1]))),
      );
      expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const boxes of columns) {
        expect(boxes).toHaveLength(2);
        const [left, right] = boxes as [Shape, Shape];
        // Side by side, level, clear of each other.
        expect(right.x).toBeGreaterThan(left.x + left.w);
        expect(right.y).toBeCloseTo(left.y, 2);
        for (const box of boxes) {
          expect(new Set(box.runs.map((r) => r.sizePt))).toEqual(new Set([22]));
          expect(box.text).toContain('Aligning & <teams>');
        }
      }
      expect(validatePptx(readFileSync(deck))).toEqual([]);
    });
  });
});

describe('the task on an exercise slide', () => {
  it('is set at the body size under the title, its details in one line over the title, smaller than the task', async () => {
    await buildDeck({}, (deck) => {
      const slides = slidesOf(deck);
      for (const title of ['Sort it out', 'Reflect', 'Rate yourself', 'A case', 'Plan', 'Quick quiz']) {
        const shapes = shapesOf(slideTitled(slides, title));
        const heading = shapes.find((s) => s.placeholder === 'title')!;
        const body = shapes.find((s) => s.placeholder === 'body')!;
        const strip = shapes.find((s) => s.text.startsWith('Exercise '))!;
        expect(new Set(body.runs.map((r) => r.sizePt)), title).toEqual(new Set([22]));
        expect(body.y, title).toBeGreaterThan(heading.y + heading.h);
        // One strip: the exercise's number, time and grouping (and worksheet page), on one line over the title.
        expect(strip.text, title).toMatch(
          /^Exercise \d+ {3}· {3}\d+ minutes? {3}· {3}(On your own|In pairs|In small groups|Whole group)( {3}· {3}Worksheet p\. \d+)?$/,
        );
        expect(
          arial.wrapLines(strip.runs, strip.w * 72 - strip.inset.l - strip.inset.r, strip.runs[0]!.sizePt),
          title,
        ).toHaveLength(1);
        expect(Math.max(...strip.runs.map((r) => r.sizePt)), title).toBeLessThan(22);
        expect(strip.y + strip.h, title).toBeLessThanOrEqual(heading.y + 0.001);
        // The old side panel's labels are gone.
        expect(shapes.map((s) => s.text).join(' '), title).not.toMatch(/\bTime\b|\bGrouping\b|\bActivity\b/);
      }
    });
  });
});

/** A reflection whose instructions and four questions do not fit one slide, as the bundled "Which are you practising?". */
const REFLECTION = `title: Which are you practising?
kind: reflection
minutes: 10
grouping: solo
instructions: |
  Answer the questions on your own, honestly and in rough notes. Nobody else will read this page. Think about a real recent week rather than a typical one, ${HOSTILE}.

  Write for 6 minutes. Then share **one** thing you noticed with a neighbour (2 minutes) before a short debrief.
questions:
  - Think about last week. Did more of your time go on coordinating tasks or on setting direction? Give one example of each.
  - When you needed something from your team, did you rely more on control (instructions, deadlines, checks) or on influence (explaining why, asking, persuading)? What happened?
  - Name one thing you made sure was done right. Now ask whether it was the right thing to be doing at all.
  - Which leadership task do you keep postponing because management tasks feel more urgent, and what would it take to start it this week?
lines: 4
`;

describe('an exercise whose questions follow its instructions', () => {
  it('keeps the questions together under their heading on one slide rather than leaving the first at the foot of the instructions', async () => {
    await buildDeck({ 'exercises/quick-quiz.yaml': () => REFLECTION }, (deck) => {
      const slides = slidesTitled(slidesOf(deck), 'Which are you practising?');
      expect(slides.length).toBeGreaterThan(1);
      const holding = slides.filter((s) =>
        /Think about last week/.test(
          shapesOf(s)
            .map((sp) => sp.text)
            .join(' '),
        ),
      );
      expect(holding).toHaveLength(1);
      const text = shapesOf(holding[0]!)
        .map((sp) => sp.text)
        .join(' ');
      for (const words of ['Think about last week', 'When you needed', 'Name one thing', 'Which leadership task'])
        expect(text).toContain(words);
      expect(validatePptx(readFileSync(deck))).toEqual([]);
    });
  });
});
