// The import tests' deck, as PowerPoint saves it: a title slide, a slide of master-inherited bullets at three levels
// with a numbered list, links, code and a timing in its notes, a section header, two headed columns, a group with
// SmartArt and an arrow, a table with merged cells, a chart, pictures with alt text and a hidden slide, in two sections.
import {
  arrow,
  chart,
  chartPart,
  group,
  makeDeck,
  PNG,
  picture,
  placeholder,
  resetIds,
  type SlideSpec,
  smartArt,
  smartArtData,
  TRICKY,
  table,
  textBox,
} from './powerpoint-deck.js';

export const TITLE = `Leading hybrid teams: ${TRICKY}`;

/** The fixture's slides, as PowerPoint writes them. */
export function slides(python = false): SlideSpec[] {
  resetIds();
  const ph = (xml: string, paras: Parameters<typeof placeholder>[1]) => placeholder(xml, paras, python);
  return [
    {
      layout: 1,
      shapes: [
        ph('<p:ph type="ctrTitle"/>', [TITLE]),
        ph('<p:ph type="subTitle" idx="1"/>', ['A half day for team leads']),
      ],
    },
    {
      layout: 2,
      animated: true,
      shapes: [
        ph('<p:ph type="title"/>', ['Why teams drift']),
        ph('<p:ph idx="1"/>', [
          { runs: ['Everyone ', { t: 'works', b: true }, ' from ', { t: 'somewhere', i: true }, ' else'] },
          { runs: ['Every', 'worker', ' venn', ' diagram'], lvl: 1 },
          {
            runs: ['Run ', { t: 'npm test', font: 'Consolas' }, ' before ', { t: 'the call', link: 'rIdLink' }],
            lvl: 1,
          },
          { runs: ['Deep in the weeds'], lvl: 2 },
          { runs: [TRICKY] },
          { runs: ['First, agree the hours'], bullet: 'number' },
          { runs: ['Then, the channels'], bullet: 'number' },
        ]),
      ],
      notes: ['Ask who works remotely.', '', 'Take three answers & move on.', '10 min'],
      rels: { rIdLink: ['hyperlink', 'https://example.com/call?a=1&b=2', ''] },
    },
    {
      layout: 3,
      shapes: [
        ph('<p:ph type="title"/>', ['Part two: the fixes']),
        ph('<p:ph type="body" idx="1"/>', ['Small habits, big effects']),
      ],
    },
    {
      layout: 4,
      shapes: [
        ph('<p:ph type="title"/>', ['Before and after']),
        textBox([0.83, 1.5, 5.5, 0.5], ['Before']),
        textBox([7, 1.5, 5.5, 0.5], ['After']),
        ph('<p:ph sz="half" idx="1"/>', ['Meetings all day', 'Answers at midnight']),
        ph('<p:ph sz="half" idx="2"/>', ['Two focus blocks a day', 'Replies within a day']),
      ],
      notes: ['Contrast the two columns.'],
    },
    {
      layout: 5,
      shapes: [
        ph('<p:ph type="title"/>', ['A working week']),
        group(
          [0.8, 1.6, 6, 2.2],
          [textBox([0, 0, 3, 0.5], ['Monday: plan the week']), textBox([0, 0.6, 3, 0.5], ['Friday: look back'])],
        ),
        arrow([7, 2, 1, 0.5]),
        smartArt([0.8, 4.2, 8, 2.5]),
      ],
      notes: ['Walk through the rhythm.'],
      rels: {
        rDm: [
          'diagramData',
          'ppt/diagrams/data1.xml',
          smartArtData([
            ['Plan', ['Set goals', 'Book rooms']],
            ['Review', ['What worked?']],
          ]),
        ],
      },
    },
    {
      layout: 5,
      shapes: [
        ph('<p:ph type="title"/>', ['Who does what']),
        table(
          [0.8, 1.6, 11, 3],
          [
            ['Role', 'Monday', 'Friday'],
            ['Lead', { t: 'Plans the whole week', span: 2 }, 'hMerge'],
            [{ t: 'Team', rows: 2 }, 'Builds', 'Demos'],
            ['vMerge', 'Tests', 'Ships'],
          ],
        ),
      ],
      notes: ['The lead owns the plan.'],
    },
    {
      layout: 5,
      shapes: [ph('<p:ph type="title"/>', ['Results']), chart([0.8, 1.6, 8, 4.5])],
      rels: {
        rChart: ['chart', 'ppt/charts/chart1.xml', chartPart('Hours saved', ['Team A', 'Team B'], ['Q1', 'Q2', 'Q3'])],
      },
    },
    {
      layout: 2,
      shapes: [
        ph('<p:ph type="title"/>', ['Our office']),
        picture([2, 1.6, 4, 4], 'rIdPic', `Floor plan of the ${TRICKY} office`),
      ],
      rels: { rIdPic: ['image', 'ppt/media/image1.png', PNG] },
    },
    {
      layout: 6,
      shapes: [picture([0, 0, 13.333, 7.5], 'rIdPic', 'A team around a whiteboard')],
      rels: { rIdPic: ['image', 'ppt/media/image1.png', PNG] },
    },
    {
      layout: 2,
      hidden: true,
      shapes: [ph('<p:ph type="title"/>', ['Backup: old numbers']), ph('<p:ph idx="1"/>', ['Only if asked'])],
    },
  ];
}

export const SECTIONS = [
  { name: 'Opening', slides: [1, 2] },
  { name: 'The fixes', slides: [3, 4, 5, 6, 7, 8, 9, 10] },
];

/** The deck, as PowerPoint writes it (or python-pptx, without sections and core title). */
export async function hybridDeck(python = false, count?: number): Promise<Uint8Array> {
  const all = slides(python);
  return python
    ? makeDeck({ slides: all.slice(0, count), pythonPptx: true })
    : makeDeck({ slides: all.slice(0, count), title: TITLE, sections: SECTIONS });
}
