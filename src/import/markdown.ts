// A planned module as a module file: front matter (title, minutes, objectives), then each slide as a `##` heading
// (a divider as `#`) with its blocks, and its notes as a `:::notes` block carrying the slide's minutes.

import { Document } from 'yaml';
import { escapeText } from './inline.js';
import { MINUTES_A_SLIDE, type PlannedModule, type PlannedSlide } from './plan.js';
import type { Block, Paragraph } from './types.js';

/** The module file's text. */
export function moduleMarkdown(module: PlannedModule, slideTitle: (slide: PlannedSlide) => string): string {
  const parts = [frontMatter(module)];
  for (const planned of module.slides) parts.push(slideMarkdown(planned, slideTitle(planned)));
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(module: PlannedModule): string {
  const doc = new Document({
    title: yamlText(module.title),
    minutes: module.minutes,
    ...(module.objectives?.length ? { objectives: module.objectives.map(yamlText) } : {}),
  });
  if (module.guessed) {
    const minutes = doc.get('minutes', true) as { comment?: string } | undefined;
    if (minutes) minutes.comment = ` about ${MINUTES_A_SLIDE} a slide: check it`;
  }
  return `---\n${doc.toString({ lineWidth: 0 })}---`;
}

/** A YAML text field: `{{` would be read as a variable there, so the braces are kept apart. */
export const yamlText = (text: string) => text.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

function slideMarkdown(planned: PlannedSlide, title: string): string {
  const { slide } = planned;
  const heading = `${planned.divider ? '#' : '##'} ${headingText(title)}`;
  const body = blocksMarkdown(slide.blocks);
  const notes = slide.notes.length || planned.minutes ? notesMarkdown(slide.notes, planned.minutes) : '';
  return [heading, body, notes].filter(Boolean).join('\n\n');
}

/** A heading's text: a `#` at its end would close the heading, so it is escaped. */
function headingText(markdown: string): string {
  return markdown.replace(/(#+)$/, (hashes) => `\\${hashes}`);
}

function notesMarkdown(blocks: readonly Block[], minutes: number | undefined): string {
  const open = minutes ? `:::notes{minutes=${minutes}}` : ':::notes';
  const body = blocksMarkdown(blocks);
  return body ? `${open}\n${body}\n:::` : `${open}\n:::`;
}

/** Blocks as Markdown, a blank line between them; lists one after another kept apart by their markers. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let lists = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraphs':
        for (const group of groups(block.paragraphs)) {
          if (group[0]!.marker === 'none') out.push(...group.map((p) => p.markdown));
          else out.push(listMarkdown(group, lists++));
        }
        break;
      case 'table':
        out.push(tableMarkdown(block.header, block.rows));
        break;
      case 'picture':
        out.push(
          `![${escapeText(block.picture.alt)}](${block.picture.path ?? block.picture.part}${block.picture.caption ? ` "${escapeText(block.picture.caption).replace(/"/g, '\\"')}"` : ''})`,
        );
        break;
      case 'quote':
        out.push([...block.paragraphs.map((p) => `> ${unitalic(p)}`), `> — ${block.attribution}`].join('\n>\n'));
        break;
      case 'heading':
        out.push(`### ${headingText(block.markdown)}`);
        break;
      case 'comparison': {
        // Written as a directive and its file (comparisons.ts); a table here, should one be left.
        const aspects = block.rows.some((r) => r.aspect !== undefined);
        const cells = (texts: string[]) => texts.map(escapeText);
        out.push(
          tableMarkdown(
            cells(aspects ? ['', ...block.columns] : block.columns),
            block.rows.map((r) => cells(aspects ? [r.aspect ?? '', ...r.values] : r.values)),
          ),
        );
        break;
      }
      case 'directive':
        out.push(`::${block.name}{#${block.id}}`);
        break;
    }
  }
  return out.join('\n\n');
}

/** Paragraphs in runs of list items and of prose. */
function groups(paragraphs: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const p of paragraphs) {
    const last = out.at(-1);
    if (last && p.marker !== 'none' && last[0]!.marker !== 'none') last.push(p);
    else out.push([p]);
  }
  return out;
}

const BULLETS = ['-', '*', '+'];

/**
 * A list, four spaces a level (a level never deeper than one below the item before it). Lists that follow each other
 * take turns with their markers, or Markdown would read them as one.
 */
function listMarkdown(items: readonly Paragraph[], nth: number): string {
  const lines: string[] = [];
  const counters: { marker: Paragraph['marker']; n: number }[] = [];
  let depth = -1;
  for (const item of items) {
    const level = Math.min(item.level, depth + 1);
    depth = level;
    const before = counters[level];
    // Items of the other kind at the top level start a list of their own: a blank line and their own marker.
    if (level === 0 && before && before.marker !== item.marker) lines.push('');
    counters.length = level + 1;
    const n = before?.marker === item.marker ? before.n + 1 : (item.start ?? 1);
    counters[level] = { marker: item.marker, n };
    const marker = item.marker === 'number' ? `${n}${nth % 2 ? ')' : '.'}` : BULLETS[nth % 3]!;
    lines.push(`${' '.repeat(4 * level)}${marker} ${item.markdown}`);
  }
  return lines.join('\n');
}

function tableMarkdown(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(header.map(unbold)), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A header cell set wholly in bold: header cells are bold anyway. */
const unbold = (cell: string) => (/^\*\*[^*]+\*\*$/.test(cell) ? cell.slice(2, -2) : cell);
/** A quotation set wholly in italics: the build sets quotations its own way. */
const unitalic = (text: string) => (/^\*[^*]+\*$/.test(text) ? text.slice(1, -1) : text);
