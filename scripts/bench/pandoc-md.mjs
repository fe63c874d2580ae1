// Writes the workshop's deck model as pandoc Markdown (slides, bullets, tables, speaker notes), the input of the pandoc reference run.

const inline = (runs) =>
  runs.map((r) => (r.code ? `\`${r.text}\`` : r.bold ? `**${r.text}**` : r.italic ? `*${r.text}*` : r.text)).join('');
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header, rows) {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function block(b) {
  switch (b.kind) {
    case 'paragraph':
      return inline(b.content);
    case 'heading':
      return `**${inline(b.content)}**`;
    case 'list':
      return b.items
        .map((it, i) =>
          [
            `${b.ordered ? `${b.start + i}.` : '-'} ${inline(it.content)}`,
            ...it.children.map((c) => `    - ${inline(c.content)}`),
          ].join('\n'),
        )
        .join('\n');
    case 'table':
      return table(
        b.header.map(inline),
        b.rows.map((r) => r.map(inline)),
      );
    case 'quote':
      return (
        b.paragraphs.map((p) => `> ${inline(p)}`).join('\n>\n') + (b.attribution ? `\n>\n> — ${b.attribution}` : '')
      );
    case 'image':
      return `*[image: ${b.image.alt}]*`;
    case 'code':
      return `\`\`\`\n${b.text}\n\`\`\``;
    default:
      return '';
  }
}

function body(slide) {
  switch (slide.kind) {
    case 'title':
      return [slide.subtitle, slide.client, slide.date, slide.location, slide.facilitator].filter(Boolean).join('\n\n');
    case 'agenda':
      return table(
        ['Time', 'Session', 'Minutes'],
        slide.items.map((i) => [`${i.start}–${i.end}`, i.title, String(i.minutes)]),
      );
    case 'section':
      return [slide.subtitle, ...slide.objectives.map((o) => `- ${o}`)].filter(Boolean).join('\n');
    case 'content':
      return slide.blocks.map(block).join('\n\n');
    case 'table':
      return [...slide.before, slide.table, ...slide.after].map(block).join('\n\n');
    case 'comparison':
      return [
        table(
          ['', ...slide.comparison.columns],
          slide.comparison.rows.map((r) => [r.aspect, ...r.values]),
        ),
        ...slide.after.map(block),
      ].join('\n\n');
    case 'styles':
      return [
        slide.catalogue.styles.map((s) => `- **${s.name}**: ${s.summary}`).join('\n'),
        ...slide.after.map(block),
      ].join('\n\n');
    case 'exercise':
      return [
        `${slide.exercise.minutes} minutes, ${slide.exercise.grouping}`,
        ...slide.exercise.instructions.map(block),
        ...slide.after.map(block),
      ].join('\n\n');
    case 'quote':
      return [block(slide.quote), ...slide.after.map(block)].join('\n\n');
    case 'image':
      return [`*[image: ${slide.image.alt}]*`, ...slide.after.map(block)].join('\n\n');
    case 'closing':
      return [slide.subtitle, ...slide.lines].filter(Boolean).join('\n\n');
    default:
      return '';
  }
}

/** The deck as pandoc Markdown: one `##` slide per logical slide, `::: notes` for speaker notes. */
export function deckMarkdown(model) {
  const parts = [`---\ntitle: "${model.workshop.title.replace(/"/g, '\\"')}"\n---`];
  for (const slide of model.slides) {
    const notes = slide.notes.map(block).join('\n\n');
    parts.push(`## ${slide.title}\n\n${body(slide)}${notes ? `\n\n::: notes\n${notes}\n:::` : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}
