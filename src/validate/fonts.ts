// `fonts:` fields: font files inside the content folder, readable by their bytes, with the family and style they hold.
import { create } from 'fontkit';
import { normaliseImagePath } from '../content/image-path.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Asset } from '../load/content.js';
import type { YamlSource } from '../load/yaml.js';
import type { FontFile } from '../model/font-file.js';
import { type CheckedFont, fontProblem } from '../text/font-check.js';
import { findAsset } from './images.js';

interface Owner {
  value: { fonts?: string[] | undefined };
  source: YamlSource;
}

interface FontkitFace extends CheckedFont {
  familyName: string;
  subfamilyName: string;
}

/** Reads every font file the workshop and its clients list, once each; a problem is reported at its list item. */
export function checkFonts(
  owners: readonly Owner[],
  assets: ReadonlyMap<string, Asset>,
  diagnostics: Diagnostic[],
): Map<string, FontFile> {
  const fonts = new Map<string, FontFile>();
  for (const owner of owners) {
    (owner.value.fonts ?? []).forEach((written, i) => {
      const at = owner.source.locate(['fonts', i]);
      const known = normaliseImagePath(written).path;
      if (known && fonts.has(known)) return;
      const found = findAsset(written, 'font', at, assets, diagnostics, "use the font's own TTF or OTF file");
      if (!found) return;
      const { path, asset } = found;
      let face: FontkitFace;
      try {
        face = create(
          Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength),
        ) as unknown as FontkitFace;
        if (!face.familyName) throw new Error('no family name');
      } catch {
        return void diagnostics.push({
          rule: 'asset/font',
          message: `font \`${written}\` is not a TrueType, OpenType or WOFF font file (checked its bytes)`,
          source: at,
        });
      }
      const problem = fontProblem(face, asset.bytes.byteLength);
      if (problem) {
        return void diagnostics.push({
          rule: 'asset/font-damaged',
          message: `font \`${written}\` cannot be used: ${problem}; use an undamaged copy of the font, as its vendor ships it`,
          source: at,
        });
      }
      const bold = /bold|black|heavy|semibold|demi/i.test(face.subfamilyName);
      const italic = /italic|oblique/i.test(face.subfamilyName);
      fonts.set(path, {
        family: face.familyName,
        variant: bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular',
        bytes: asset.bytes,
        path,
      });
    });
  }
  return fonts;
}
