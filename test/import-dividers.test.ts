// Section headers read as a reader sees them, where neither PowerPoint's sections nor a Section Header layout say
// so (LibreOffice saves every slide on layouts of its own): a title-only slide, a title over one short line, or a
// title set lower and larger than the others, that a slide of content follows, opens a module; a title-only slide
// that leads into a picture does not. Each deck is built as PowerPoint saves it, passes the validator, imports, and
// its content builds with no error.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importAndBuild } from './support/import-deck.js';
import {
  frame,
  PNG,
  picture,
  placeholder,
  resetIds,
  type SlideSpec,
  TRICKY,
  textBox,
} from './support/powerpoint-deck.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-div-'));
afterAll(() => process.env.KEEP_IMPORT || rmSync(work, { recursive: true, force: true }));

const title = (t: string) => placeholder('<p:ph type="title"/>', [t]);
const content = (t: string, points: string[]): SlideSpec => ({
  layout: 2,
  shapes: [title(t), placeholder('<p:ph idx="1"/>', points)],
});
/** Title Only (layout 5), as LibreOffice saves a Section Header slide: the title, and a line in a text box. */
const bare = (t: string, line?: string): SlideSpec => ({
  layout: 5,
  shapes: [title(t), ...(line ? [textBox([0.833, 2, 11.666, 0.6], [line])] : [])],
});
const photo = (alt: string): SlideSpec => ({
  layout: 6,
  shapes: [picture([1, 1, 11, 5.5], 'rIdPic', alt)],
  rels: { rIdPic: ['image', 'ppt/media/image1.png', PNG] },
});
const cover: SlideSpec = {
  layout: 1,
  shapes: [
    placeholder('<p:ph type="ctrTitle"/>', ['Dividers']),
    placeholder('<p:ph type="subTitle" idx="1"/>', ['A test']),
  ],
};

async function imported(name: string, slides: SlideSpec[]) {
  const { out } = await importAndBuild(work, name, slides);
  const order = /modules:\n((?: {2}- .*\n)+)/.exec(readFileSync(join(out, 'workshop.yaml'), 'utf8'))![1]!;
  return {
    modules: order
      .trim()
      .split('\n')
      .map((l) => l.replace(/^\s*- /, '')),
    module: (id: string) => readFileSync(join(out, 'modules', `${id}.md`), 'utf8'),
    report: readFileSync(join(out, 'import-report.md'), 'utf8'),
  };
}

describe('section headers LibreOffice saves on a title-only layout', () => {
  it('open a module each: a title alone, or a title over one short line, followed by a slide of content', async () => {
    resetIds();
    const { modules, module, report } = await imported('dividers', [
      cover,
      content('Why we meet', ['To agree the plan']),
      bare(`Part one: ${TRICKY}`),
      content('The first idea', ['One', 'Two']),
      content('The second idea', ['Three']),
      bare('Part two', '09:40–10:20 · 40 min'),
      content('The third idea', ['Four']),
      {
        layout: 5,
        shapes: [
          // Its title set lower and larger than the others', as a section header's is.
          title('Part three').replace('<p:spPr/>', `<p:spPr>${frame([0.833, 2.5, 11.666, 2.2])}</p:spPr>`),
          textBox(
            [0.833, 4.8, 11.666, 2],
            [
              { runs: ['Objectives:'], bullet: 'none' },
              { runs: ['Name the three & <steps>'], bullet: 'char' },
              { runs: ['Try one'], bullet: 'char' },
            ],
          ),
        ],
      },
      content('The fourth idea', ['Six']),
    ]);
    expect(modules).toEqual(['dividers', 'part-one-tom-jerry-ltd', 'part-two', 'part-three']);
    // A section header's list under "Objectives" is the module's objectives, which the build shows on its opener.
    expect(module('part-three')).toMatch(
      /^objectives:\n {2}- Name the three & <steps>\n {2}- Try one\n---\n\n# Part three\n\n## The fourth idea\n/m,
    );
    expect(module('part-two')).toMatch(/^# Part two\n\n09:40–10:20 · 40 min\n\n## The third idea\n/m);
    expect(module('part-one-tom-jerry-ltd')).toContain('## The first idea');
    expect(report).toMatch(/slides 3, 6 and 8 are read as section headers/);
  });

  it('do not where the title-only slide leads into a picture, or stands alone', async () => {
    resetIds();
    const { modules, module } = await imported('no-dividers', [
      cover,
      content('Why we meet', ['To agree the plan']),
      bare('The floor plan'),
      photo('The floor plan of the office'),
      content('The first idea', ['One', 'Two']),
      bare('The whiteboard'),
      photo('The whiteboard after the session'),
      bare('Questions?'),
      content('The last idea', ['Five']),
    ]);
    expect(modules).toEqual(['dividers']);
    expect(module('dividers')).toMatch(/^## The floor plan\n/m);
    expect(module('dividers')).not.toMatch(/^# /m);
  });
});
