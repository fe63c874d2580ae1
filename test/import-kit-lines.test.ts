// The lines workshop-kit draws on its own slides (a content slide's progress line at its foot, a module opener's
// time line over its title), read off a deck whose package no longer says the kit built it: they are left out by
// their place and by the words of the deck's own agenda, and the report says so. A line of the author's own is kept
// wherever the two differ: a repeated footer line, a number and words that are not a module's, the very words of a
// progress or time line set in the body, and every line of a deck with no agenda.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importAndBuild } from './support/import-deck.js';
import { arrow, placeholder, type SlideSpec, table, textBox } from './support/powerpoint-deck.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-kit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEAM = `Tom & Jerry <Ltd> "Q" 'R'`;
const OWN = `Acme & <Sons> "Q" 'R' · Confidential`;
const foot = (text: string, x = 8) => textBox([x, 6.95, 4.5, 0.4], [text]);
const slide = (title: string, points: string[], ...extra: string[]): SlideSpec => ({
  layout: 2,
  shapes: [placeholder('<p:ph type="title"/>', [title]), placeholder('<p:ph idx="1"/>', points), ...extra],
});
const cover: SlideSpec = {
  layout: 1,
  shapes: [
    placeholder('<p:ph type="ctrTitle"/>', ['Our plan']),
    placeholder('<p:ph type="subTitle" idx="1"/>', ['A day together']),
  ],
};
const agenda: SlideSpec = {
  layout: 5,
  shapes: [
    placeholder('<p:ph type="title"/>', ['Agenda']),
    table(
      [0.8, 1.8, 11, 2],
      [
        ['Time', 'Session', 'Minutes'],
        ['09:00–09:30', TEAM, '30'],
        ['09:30–10:15', 'Our market', '45'],
      ],
    ),
  ],
};

async function imported(name: string, slides: SlideSpec[]) {
  const { out, stdout } = await importAndBuild(work, name, slides);
  const modules = readdirSync(join(out, 'modules')).map((f) => readFileSync(join(out, 'modules', f), 'utf8'));
  return {
    text: modules.join('\n'),
    report: readFileSync(join(out, 'import-report.md'), 'utf8'),
    stdout,
  };
}

const times = (text: string, line: string) => text.split(line).length - 1;

describe('the kit’s own lines on a deck whose package does not name the kit', () => {
  it('are left out where the agenda says them and the kit puts them; the author’s own lines are kept', async () => {
    const { text, report, stdout } = await imported('agenda', [
      cover,
      agenda,
      slide('Who we are', ['People first'], foot(`1 · ${TEAM}`), foot(OWN, 0.5)),
      slide('What we sell', ['Ferries'], foot('2 · Draft, not for circulation'), foot(OWN, 0.5)),
      slide('Where we sell', ['Harbours'], textBox([1, 3.5, 10, 0.5], ['2 · Our market']), foot('2 · Our market')),
      slide(
        'Next steps',
        ['Sign up'],
        textBox([0.5, 0.2, 6, 0.4], ['09:30–10:15 · 45 min']),
        textBox([1, 4, 10, 0.5], ['09:30–10:15 · 45 min']),
        foot(OWN, 0.5),
        foot('2 · Our…'),
      ),
    ]);
    expect(text).not.toContain(`1 · ${TEAM.replace(/[&<>]/g, (c) => `\\${c}`)}`);
    expect(text).not.toMatch(/^1 · Tom/m);
    expect(text).not.toContain('2 · Our…');
    expect(stdout).toContain('read as a deck workshop-kit built');
    // The author's footer line is no module's, the numbered line's words no module's title: kept.
    expect(times(text, 'Confidential')).toBe(3);
    expect(text).toContain('2 · Draft, not for circulation');
    // The same words as the kit's lines, in the body, are content.
    expect(times(text, '2 · Our market')).toBe(1);
    expect(times(text, '09:30–10:15 · 45 min')).toBe(1);
    expect(report).toContain(
      `the progress line at the foot of each content slide (the module’s number and title, as the agenda lists them: “1 · ${TEAM}”) is workshop-kit’s own, drawn by the build on every deck it makes: left out on slides 3, 5, 6`,
    );
    expect(report).toContain('“09:30–10:15 · 45 min”) is workshop-kit’s own');
    expect(report).toMatch(/left out on slide 6, as the build draws it again/);
  });

  it('are not made up where a deck has an agenda like the kit’s and no line of the kit’s: every line is kept', async () => {
    const { text, report } = await imported('agenda-alone', [
      cover,
      agenda,
      slide('Who we are', ['People first'], foot(OWN, 0.5), arrow([1, 5, 2, 0.5])),
      slide('What we sell', ['Ferries'], foot(OWN, 0.5)),
      slide('Where we sell', ['Harbours'], foot(OWN, 0.5)),
    ]);
    // Read as the author's deck, not as the kit's whose decorations go without saying: its arrow is reported.
    expect(report).toContain('1 drawn shape without text');
    expect(report).not.toContain('workshop-kit’s own');
    for (const line of ['People first', 'Ferries', 'Harbours', 'Our market']) expect(text).toContain(line);
    expect(times(text, 'Confidential')).toBe(3);
  });

  it('are not looked for in a deck with no agenda: a numbered line repeated at the foot of every slide is kept', async () => {
    const { text, report } = await imported('no-agenda', [
      cover,
      slide('Who we are', ['People first'], foot(`1 · ${TEAM}`)),
      slide('What we sell', ['Ferries'], foot(`1 · ${TEAM}`)),
      slide('Where we sell', ['Harbours'], foot(`1 · ${TEAM}`)),
    ]);
    expect(times(text, '1 · Tom')).toBe(3);
    expect(report).not.toContain('workshop-kit’s own');
    expect(report).toContain('is on 3 of the 4 slides, like a footer typed on each');
  });
});
