// The deck's pictures as files under assets/: each picture once, named by its module and the slide it is first on,
// checked as the build checks a picture (PNG or JPEG, whole, within the pixel limit). One the build cannot take is
// still copied, for the author to convert, and the slide says nothing of it; the report says what to do.

import { MAX_ASSET_BYTES } from '../load/content.js';
import { pictureKind } from '../template/package.js';
import { inspectImage } from '../util/image.js';
import type { ImageProblem } from '../util/image-check.js';
import { escapeText } from './inline.js';
import type { PlannedModule } from './plan.js';
import type { Block, Loss, Picture } from './types.js';

/** A picture's files and the losses met: `files` maps a content-relative path to its bytes. */
export interface PlacedPictures {
  files: Map<string, Uint8Array>;
  losses: Loss[];
}

/** Gives every picture of the modules its path under assets/, drops those the build cannot show, and lists the files. */
export function placePictures(modules: PlannedModule[], parts: Record<string, Uint8Array>): PlacedPictures {
  const files = new Map<string, Uint8Array>();
  const losses: Loss[] = [];
  const paths = new Map<string, string | undefined>();
  for (const module of modules) {
    for (const { slide } of module.slides) {
      let n = 0;
      const pathOf = (part: string) => {
        if (!paths.has(part)) {
          const stem = `assets/${module.id}/slide-${slide.number}${++n > 1 ? `-${n}` : ''}`;
          paths.set(part, placed(parts[part]!, stem, files, losses));
        }
        return paths.get(part);
      };
      // A picture the build cannot show leaves its caption behind, as a line of text.
      slide.blocks = slide.blocks.flatMap((block): Block[] => {
        if (block.kind !== 'picture' || withPath(block.picture, pathOf, slide.number, losses)) return [block];
        const caption = block.picture.caption;
        return caption
          ? [
              {
                kind: 'paragraphs',
                paragraphs: [{ markdown: escapeText(caption), plain: caption, level: 0, marker: 'none' }],
              },
            ]
          : [];
      });
    }
  }
  return { files, losses };
}

/** Whether the picture has a file the build can show; it gets its path, and alt text where it had none. */
function withPath(
  picture: Picture,
  pathOf: (part: string) => string | undefined,
  slide: number,
  losses: Loss[],
): boolean {
  const path = pathOf(picture.part);
  if (!path) return false;
  picture.path = path;
  if (picture.altMissing) {
    picture.alt = `Picture on slide ${slide}`;
    losses.push({
      slide,
      kind: 'picture',
      message: `a picture without alt text (${path}) was given “${picture.alt}”: write what it shows (what a screen reader should say); if it is a picture of text, type the text instead`,
    });
  }
  return true;
}

/** The picture's path, its file added; undefined (and a loss) where the build cannot show it. */
function placed(bytes: Uint8Array, stem: string, files: Map<string, Uint8Array>, losses: Loss[]): string | undefined {
  const kind =
    pictureKind(bytes) ?? (/<svg[\s>]/.test(new TextDecoder().decode(bytes.subarray(0, 512))) ? 'svg' : 'bin');
  const check = kind === 'png' || kind === 'jpeg' ? inspectImage(bytes) : undefined;
  if (check?.info && bytes.length <= MAX_ASSET_BYTES) {
    const path = `${stem}.${kind === 'png' ? 'png' : 'jpg'}`;
    files.set(path, bytes);
    return path;
  }
  const slide = Number(/slide-(\d+)/.exec(stem)?.[1]);
  if (check) {
    losses.push({
      slide,
      kind: 'picture',
      message: `a picture the build cannot use (${whyNot(check.problem, bytes.length)}) is left out; save it again as PNG or JPEG, smaller, and add it to the slide`,
    });
    return undefined;
  }
  const path = `${stem}.${kind}`;
  files.set(path, bytes);
  losses.push({
    slide,
    kind: 'picture',
    message: `a picture in ${kind.toUpperCase()} format is copied to ${path} but not shown: the build shows PNG and JPEG pictures; save it as PNG and add \`![what it shows](${stem}.png)\` to the slide`,
  });
  return undefined;
}

function whyNot(problem: ImageProblem | undefined, bytes: number): string {
  if (!problem) return `${Math.round(bytes / 1024 / 1024)} MB, over the 20 MB a picture may have`;
  if (problem.kind === 'too-many-pixels')
    return `${problem.width} × ${problem.height} pixels, over the 40 megapixels a picture may have`;
  if (problem.kind === 'damaged') return `damaged: ${problem.detail}`;
  if (problem.kind === 'unsupported') return `a kind the PDFs cannot show: ${problem.detail}`;
  return 'not a PNG or JPEG';
}
