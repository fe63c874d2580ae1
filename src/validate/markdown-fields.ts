// Checks the Markdown fields of a YAML file (instructions, notes, a case) on the trees load parsed, as module bodies
// are checked: only what Markdown reads as a picture is one, so a picture written in code is text, as on the page.
import type { Nodes } from 'mdast';
import type { ImageAsset } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Asset } from '../load/content.js';
import type { MarkdownField } from '../load/markdown-fields.js';
import type { YamlSource } from '../load/yaml.js';
import type { Source } from '../model/deck.js';
import { checkImage, SPACED_IMAGE } from './images.js';

/** Pictures in every Markdown field of `source`: alt text, file and format; and picture paths Markdown cannot read. */
export function checkMarkdownFields(
  source: YamlSource,
  assets: Map<string, Asset>,
  images: Map<string, ImageAsset>,
  diagnostics: Diagnostic[],
): void {
  for (const field of source.markdown) {
    const at = (node: Nodes): Source => ({
      file: source.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    });
    const visit = (node: Nodes): void => {
      if (node.type === 'image') {
        const url = node.url;
        if (!node.alt || node.alt.trim() === '')
          diagnostics.push({
            rule: 'asset/image-alt',
            message: `image \`${url}\` has no alt text; describe what it shows: ![What the picture shows](${url})`,
            source: at(node),
          });
        checkImage(url, at(node), assets, images, diagnostics);
        return;
      }
      if (node.type === 'text') spacedImagePaths(field, node, diagnostics);
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(field.root);
  }
}

/** `![…](path with space.png)` in a field's text, found in what the author wrote (escapes and all), at its place. */
function spacedImagePaths(field: MarkdownField, node: Nodes, diagnostics: Diagnostic[]): void {
  const span = field.span(node);
  if (!span) return;
  for (const m of field.text.slice(span[0], span[1]).matchAll(SPACED_IMAGE)) {
    const path = m[1]!;
    diagnostics.push({
      rule: 'module/image-path-space',
      message: `image path \`${path}\` holds a space, so Markdown reads no picture here and the page would print the line as text; write it in angle brackets, ![…](<${path}>), or with %20 for each space (${path.replace(/ /g, '%20')})`,
      source: field.at(span[0] + m.index),
    });
  }
}
