// Parses a module's Markdown (CommonMark + GFM without bare-URL autolinks + directives) and its front matter, keeping positions.
import type { Parent, Root, RootContent, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Diagnostic } from '../diagnostics.js';
import { remarkGfmParse } from './gfm.js';
import { limitMarkdown } from './markdown-limits.js';
import type { TextFile } from './source-file.js';
import { parseYaml, type YamlSource } from './yaml.js';

export interface MarkdownSource {
  file: string;
  text: string;
  /** Absent when the file has no front matter (validation reports that) or it could not be parsed (load did). */
  frontMatter?: YamlSource;
  /** Front matter was there but load already reported it as broken. */
  frontMatterBroken: boolean;
  root: Root;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmParse).use(remarkDirective);

/** Parses a module file. Text directives (`12:30`, `3:1`) are turned back into the text the author wrote. */
export function parseMarkdown(file: TextFile): { source: MarkdownSource; diagnostics: Diagnostic[] } {
  const limited = limitMarkdown(file.path, file.text);
  const root = processor.runSync(processor.parse(limited.text)) as Root;
  restoreTextDirectives(root, limited.text);
  const diagnostics: Diagnostic[] = [...limited.diagnostics];
  let frontMatter: YamlSource | undefined;
  let frontMatterBroken = false;
  const first = root.children[0];
  if (first?.type === 'yaml') {
    root.children.shift();
    const startLine = first.position?.start.line ?? 1;
    if (first.value.trim() === '') {
      diagnostics.push({
        rule: 'module/front-matter',
        message: 'front matter is empty; expected at least `title` and `minutes`',
        source: { file: file.path, line: startLine, column: 1 },
      });
    } else {
      // The YAML value starts on the line after the opening `---`.
      const parsed = parseYaml({ path: file.path, text: first.value }, startLine);
      diagnostics.push(...parsed.diagnostics);
      frontMatter = parsed.source;
    }
    frontMatterBroken = frontMatter === undefined;
  }
  return {
    source: { file: file.path, text: file.text, ...(frontMatter ? { frontMatter } : {}), frontMatterBroken, root },
    diagnostics,
  };
}

/**
 * remark-directive reads `12:30` as "12" plus a text directive named "30". Facilitators
 * write clock times and ratios all the time, and the contract has no text directives,
 * so each one becomes the exact source text again.
 */
function restoreTextDirectives(node: Parent, source: string): void {
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'textDirective') {
      const start = child.position?.start.offset ?? 0;
      const end = child.position?.end.offset ?? start;
      const text: Text = { type: 'text', value: source.slice(start, end), position: child.position };
      children[i] = text;
    } else if ('children' in child) {
      restoreTextDirectives(child as Parent, source);
    }
  }
  mergeAdjacentText(children);
}

function mergeAdjacentText(children: RootContent[]): void {
  for (let i = children.length - 1; i > 0; i--) {
    const a = children[i - 1]!;
    const b = children[i]!;
    if (a.type === 'text' && b.type === 'text') {
      a.value += b.value;
      if (a.position && b.position) a.position = { start: a.position.start, end: b.position.end };
      children.splice(i, 1);
    }
  }
}
