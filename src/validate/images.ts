// Images and logos: inside the content folder, present, and really PNG or JPEG.

import { normaliseImagePath } from '../content/image-path.js';
import type { ImageAsset } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { type Asset, MAX_ASSET_BYTES } from '../load/content.js';
import type { Source } from '../model/deck.js';
import { inspectImage } from '../util/image.js';
import { type ImageProblem, MAX_PIXELS } from '../util/image-check.js';
import { closest } from '../util/suggest.js';

/**
 * The content file a field names (an image, logo, template or font): inside the content folder,
 * present, and within the size limit. Each problem is reported at `source`, with `tooLargeHint`
 * saying what to do about a file over the limit; the path is returned with the file.
 */
export function findAsset(
  written: string,
  what: string,
  source: Source,
  assets: ReadonlyMap<string, Asset>,
  diagnostics: Diagnostic[],
  tooLargeHint: string,
): { path: string; asset: Asset } | undefined {
  const { path, problem } = normaliseImagePath(written);
  if (!path) return void diagnostics.push({ rule: 'asset/path', message: problem!.replace(/^image/, what), source });
  const asset = assets.get(path);
  if (!asset) {
    const hint = closest(path, assets.keys());
    return void diagnostics.push({
      rule: 'asset/missing',
      message: `${what} \`${written}\` not found in the content folder${hint ? `; did you mean \`${hint}\`?` : ''}`,
      source,
    });
  }
  if (asset.tooLarge !== undefined) {
    return void diagnostics.push({
      rule: 'asset/too-large',
      message: `${what} \`${written}\` is ${Math.round(asset.tooLarge / 1024 / 102.4) / 10} MB; files used by the kit are at most ${MAX_ASSET_BYTES / 1024 / 1024} MB: ${tooLargeHint}`,
      source,
    });
  }
  return { path, asset };
}

/** Resolves one image use, adding it to `images` when valid. */
export function checkImage(
  url: string,
  source: Source,
  assets: Map<string, Asset>,
  images: Map<string, ImageAsset>,
  diagnostics: Diagnostic[],
  what = 'image',
): void {
  const known = normaliseImagePath(url).path;
  if (known && images.has(known)) return;
  const found = findAsset(
    url,
    what,
    source,
    assets,
    diagnostics,
    'save a smaller version (a slide picture needs no more than about 2000 pixels across)',
  );
  if (!found) return;
  const { path, asset } = found;
  const { info, problem } = inspectImage(asset.bytes);
  if (problem) return void diagnostics.push(imageProblem(problem, `${what} \`${url}\``, source));
  images.set(path, { ...info, path, bytes: asset.bytes });
}

/** What is wrong with a picture, said at the field that uses it. */
function imageProblem(problem: ImageProblem, named: string, source: Source): Diagnostic {
  switch (problem.kind) {
    case 'format':
      return {
        rule: 'asset/format',
        message: `${named} is not a PNG or JPEG file (checked its bytes); convert it to PNG or JPEG`,
        source,
      };
    case 'unsupported':
      return {
        rule: 'asset/format',
        message: `${named} is ${problem.detail}, which the PDFs cannot show; save it again as a PNG with 8 bits a channel (transparency as an alpha channel) or as an ordinary JPEG`,
        source,
      };
    case 'damaged':
      return {
        rule: 'asset/damaged',
        message: `${named} is damaged: ${problem.detail}; open it in an image editor and save it again, or ask for the original file`,
        source,
      };
    case 'too-many-pixels': {
      const megapixels = Math.round((problem.width * problem.height) / 100_000) / 10;
      return {
        rule: 'asset/too-many-pixels',
        message: `${named} is ${problem.width} × ${problem.height} pixels (${megapixels} megapixels); pictures may have at most ${MAX_PIXELS / 1_000_000} megapixels: save a smaller version (a slide picture needs no more than about 2000 pixels across)`,
        source,
      };
    }
  }
}

/** `![alt](path with space.png)`: Markdown reads no picture there (a destination ends at a space), so the line prints as it is. */
export const SPACED_IMAGE = /!\[[^\]\n]*\]\(\s*([^()<>\s]+(?: +[^()<>\s"]+)+)\s*\)/g;
