// Timing in the room: a lunch fixed to the clock, optional items and what to drop to recover time, a late start that
// keeps the planned end, and each slide's budget in its notes. Real builds, read back with poppler and from the XML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Droppable, smallestDrop } from '../src/compose/drops.js';
import type { DeckModel } from '../src/model/deck.js';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { HOSTILE } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { runCli } from './support/run.js';

/** HOSTILE as the kit prints it: straight quotes curled. */
const SHOWN = HOSTILE.replace('"Q"', '“Q”').replace("'R'", '‘R’');
/** HOSTILE in a single-quoted YAML scalar. */
const yamlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Lunch at 12:30 after 135 minutes from 10:00 (15 in hand), then an optional closing module; two exercises optional. */
const DAY: Record<string, (t: string) => string> = {
  'workshop.yaml': (t) =>
    t
      .replace('minutes: 135', 'minutes: 215')
      .replace('start: "09:00"', 'start: "10:00"')
      .replace(
        '  - practice\n',
        `  - practice\n  - {break: 45, title: ${yamlText(`Lunch ${HOSTILE}`)}, at: "12:30"}\n  - close\n`,
      ),
  'clients/acme.yaml': (t) => t.replace('start: "08:30"\n', ''),
  'modules/close.md': () =>
    `---\ntitle: ${yamlText(`Close ${HOSTILE}`)}\nminutes: 20\noptional: true\n---\n\n## Looking back\n- What changed today\n\n## Next steps\n- One thing to try\n`,
  'exercises/reflect.yaml': (t) => t.replace('\nminutes: 10', '\noptional: true\nminutes: 10'),
  'exercises/case.yaml': (t) => t.replace('\nminutes: 15', '\noptional: true\nminutes: 15'),
};

const withEdits = (more: Record<string, (t: string) => string>) =>
  Object.fromEntries(
    [...new Set([...Object.keys(DAY), ...Object.keys(more)])].map((path) => [
      path,
      (t: string) => (more[path] ?? ((x: string) => x))(DAY[path] ? DAY[path](t) : t),
    ]),
  );

/** The run sheet's page of the guide, its lines as poppler lays them out. */
const runSheet = (out: string) => pdfPages(join(out, 'acme', 'facilitator-guide.pdf'))[1]!;
const model = (out: string) => JSON.parse(readFileSync(join(out, 'acme', 'model.json'), 'utf8')) as DeckModel;

describe('a break fixed to the clock', () => {
  it('keeps lunch at 12:30 and shows the slack before it as buffer, however long what comes before it is', async () => {
    const asPlanned = await buildEdited(DAY, ['--client', 'acme'], (out) => squash(runSheet(out)));
    expect(asPlanned).toContain(`11:15–12:15 60 Practice`);
    expect(asPlanned).toContain('12:15–12:30 15 Buffer');
    expect(asPlanned).toContain(`12:30–13:15 45 Lunch ${SHOWN} fixed at 12:30`);
    expect(asPlanned).toContain(`13:15–13:35 20 Close ${SHOWN}`);
    // The client gives practice ten minutes less: lunch holds, the buffer grows, the day still ends at 13:35.
    const shorter = withEdits({ 'clients/acme.yaml': (t) => `${t}timing: {practice: 50}\n` });
    const changed = await buildEdited(shorter, ['--client', 'acme'], (out) => squash(runSheet(out)));
    expect(changed).toContain('11:15–12:05 50 Practice');
    expect(changed).toContain('12:05–12:30 25 Buffer');
    expect(changed).toContain(`12:30–13:15 45 Lunch ${SHOWN} fixed at 12:30`);
    expect(changed).toContain('10:00–13:35 · 215 minutes');
  });
});

describe('optional items', () => {
  it('marks them and says what to drop to recover 10, 15 and 20 minutes: the fewest minutes lost', async () => {
    const text = await buildEdited(DAY, ['--client', 'acme'], (out) => squash(runSheet(out)));
    expect(text).toContain('Exercise 3 · Which are you practising? Optional · On your own');
    expect(text).toContain(`13:15–13:35 20 Close ${SHOWN} 17–18 Optional`);
    expect(text).toContain('If you run late');
    expect(text).toContain('To recover 10 minutes, drop Exercise 3 · Which are you practising? (10 min).');
    expect(text).toContain('To recover 15 minutes, drop Exercise 5 · The new product line (15 min).');
    // One module of 20 loses less than both exercises (25).
    expect(text).toContain(`To recover 20 minutes, drop Close ${SHOWN} (20 min).`);
  });

  it('picks the smallest set: fewest minutes, then fewest items, then the earliest; never a module and its own exercise', () => {
    const item = (moduleId: string, minutes: number, exerciseId?: string): Droppable =>
      exerciseId ? { kind: 'exercise', moduleId, exerciseId, minutes } : { kind: 'module', moduleId, minutes };
    const ids = (d: Droppable[] | undefined) => d?.map((x) => x.exerciseId ?? x.moduleId);
    const items = [item('a', 5, 'a1'), item('b', 5, 'b1'), item('c', 10), item('d', 20)];
    expect(ids(smallestDrop(items, 10))).toEqual(['c']);
    expect(ids(smallestDrop(items, 15))).toEqual(['a1', 'c']);
    expect(ids(smallestDrop(items, 12))).toEqual(['a1', 'c']);
    expect(ids(smallestDrop(items, 41))).toBeUndefined();
    expect(ids(smallestDrop(items, 0))).toEqual([]);
    // Module m (30) holds exercise m1 (10): 40 cannot be made of both.
    const nested = [item('m', 30), item('m', 10, 'm1'), item('n', 15)];
    expect(ids(smallestDrop(nested, 40))).toEqual(['m', 'n']);
    expect(ids(smallestDrop(nested, 46))).toBeUndefined();
  });
});

describe('a late start', () => {
  it('re-times agenda, run sheet, guide and notes, dropping optional items and saying so; --start equals late-start:', async () => {
    const flag = await buildEdited(DAY, ['--client', 'acme', '--start', '10:30', '--debug-model'], (out) => {
      const sheet = squash(runSheet(out));
      expect(sheet).toContain(
        'Late start at 10:30, 30 min after the planned 10:00; the session still ends at 13:35. Dropped to make up the time: Exercise 5 · The new product line (15 min).',
      );
      expect(sheet).toContain('10:30–10:45 15 Welcome');
      expect(sheet).toContain('11:45–12:30 45 Practice');
      expect(sheet).not.toContain('Buffer');
      // Named once, as dropped: no row of its own, nor offered again.
      expect(sheet.split('The new product line').length - 1).toBe(1);
      const deck = join(out, 'acme', 'deck.pptx');
      const agenda = slideTexts(deck)[1]!;
      expect(agenda).toContain('10:30–10:45\nWelcome');
      expect(agenda).toContain('11:45–12:30\nPractice');
      expect(agenda).toContain('12:30–13:15');
      const m = model(out);
      const caseSlide = m.slides.findIndex((s) => s.kind === 'exercise' && s.exercise.id === 'case');
      const notes = slideNotes(deck);
      expect(notes[caseSlide]).toMatch(/^Dropped for the late start: skip this slide\./);
      expect(notes[1]).toContain('Late start at 10:30, 30 min after the planned 10:00');
      const guide = squash(pdfPages(join(out, 'acme', 'facilitator-guide.pdf')).join('\n'));
      expect(guide).toContain('Practice 11:45–12:30');
      expect(guide).toContain('When 15 minutes, dropped for the late start');
      return readFileSync(join(out, 'acme', 'facilitator-guide.pdf'));
    });
    const field = withEdits({ 'clients/acme.yaml': (t) => `${t}late-start: "10:30"\n` });
    const written = await buildEdited(field, ['--client', 'acme'], (out) =>
      readFileSync(join(out, 'acme', 'facilitator-guide.pdf')),
    );
    expect(Buffer.compare(written, flag)).toBe(0);
  });

  it('drops a whole optional module where nothing is fixed, in the kit’s language', async () => {
    const german = withEdits({
      'workshop.yaml': (t) => t.replace(/ {2}- \{break: 45.*\n/, '').replace('minutes: 215', 'minutes: 155'),
      'clients/acme.yaml': (t) => `${t}lang: de-DE\n`,
    });
    await buildEdited(german, ['--client', 'acme', '--start', '10:20', '--debug-model'], (out) => {
      const sheet = squash(runSheet(out));
      expect(sheet).toContain(
        `Später Beginn um 10:20 Uhr, 20 Min. nach dem geplanten Beginn um 10:00 Uhr; das Ende bleibt um 12:35 Uhr. Gestrichen, um die Zeit aufzuholen: Close ${SHOWN} (20 Min.).`,
      );
      expect(sheet).toContain('Um 10 Minuten aufzuholen: Übung 3 · Which are you practising? (10 Min.) streichen.');
      expect(sheet.split(`Close ${SHOWN}`).length - 1).toBe(1);
      const m = model(out);
      expect(m.guide.modules.map((g) => g.id)).toEqual(['welcome', 'two-jobs', 'practice']);
      const notes = slideNotes(join(out, 'acme', 'deck.pptx'));
      const closing = m.slides.flatMap((s, i) => (s.module === 'close' ? [notes[i]] : []));
      expect(closing.length).toBeGreaterThan(0);
      for (const n of closing) expect(n).toMatch(/^Wegen des späten Beginns gestrichen: diese Folie überspringen\./);
    });
  });

  it('is an error when the optional items before the fixed lunch cannot make up for it', async () => {
    await withEditedBase(DAY, async (dir) => {
      const run = await runCli(['--content', dir, '--client', 'acme', '--start', '10:50', '--check']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^workshop\.yaml:13:\d+: error: .*\[timing\/late-start\]$/m);
      expect(run.stderr).toContain('(reflect 10, case 15) recover at most 25: 10 minutes cannot be recovered');
      expect(run.stderr).toContain('expected a start by 10:40');
    });
  });

  it('re-times one kit only, and needs a time', async () => {
    await withEditedBase(DAY, async (dir) => {
      const many = await runCli(['--content', dir, '--start', '10:30', '--check']);
      expect(many.code).toBe(2);
      expect(many.stderr).toContain('--start 10:30 re-times one session: name its client with --client');
      const bad = await runCli(['--content', dir, '--client', 'acme', '--start', '25:00', '--check']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--start needs the time the session really starts, as HH:MM');
    });
  });
});

describe("each slide's budget", () => {
  it('is in the speaker notes under the planned time, and a module’s budgets and exercises add up to its minutes', async () => {
    await buildEdited({}, ['--client', 'acme', '--debug-model'], (out) => {
      const m = model(out);
      const notes = slideNotes(join(out, 'acme', 'deck.pptx'));
      let lines = 0;
      for (const item of m.agenda.items.filter((i) => i.kind === 'module')) {
        const exercises = item.exercises.reduce((s, e) => s + e.minutes, 0);
        const budgets = item.slideIds.reduce((s, id) => s + (item.slideMinutes[id] ?? 0), 0);
        expect(budgets, item.id).toBe(item.minutes);
        for (const id of item.slideIds) {
          const slide = m.slides.findIndex((s) => s.id === id);
          const budget = item.slideMinutes[id]!;
          const isExercise = m.slides[slide]!.kind === 'exercise';
          const line = `Planned: ${item.slideStarts[id]} Budget: ${budget} min`;
          if (budget > 0 && !isExercise) {
            expect(notes[slide], id).toMatch(new RegExp(`^${line}`));
            lines++;
          } else expect(notes[slide] ?? '', id).not.toContain('Budget:');
        }
        expect(exercises).toBeLessThanOrEqual(item.minutes);
      }
      expect(lines).toBeGreaterThan(5);
    });
  });
});
