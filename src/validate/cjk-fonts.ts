// East-Asian text is printable once its face is installed: a character whose face is missing is reported with the
// command that installs it, and a character no east-Asian face has falls to text/unprintable.
import type { Diagnostic } from '../diagnostics.js';
import {
  CJK_FACES,
  CJK_SCRIPT,
  type CjkFace,
  cjkFaceOfLanguage,
  installCommand,
  isHangul,
  isKana,
} from '../text/cjk.js';
import { cjkInstalled, cjkKey, covers } from '../text/faces.js';

export interface FaceWanted {
  line: number;
  column: number;
  char: string;
  more: number;
}

/** What printing an east-Asian character takes: nothing more, a face to install, or it cannot be printed. */
export function faceWanted(cp: number, hanFaces: readonly CjkFace[]): 'printable' | 'unprintable' | CjkFace {
  const faces: readonly CjkFace[] = isKana(cp) ? ['jp'] : isHangul(cp) ? ['kr'] : hanFaces;
  const missing = faces.find((f) => !cjkInstalled(f));
  if (missing) return missing;
  const installed = CJK_FACES.filter(cjkInstalled);
  if (installed.length === 0) return 'sc';
  return installed.some((f) => covers(cjkKey(f, false), cp)) ? 'printable' : 'unprintable';
}

/** The report for a face that is not installed, at the first character that needs it. */
export function missingFaceReport(file: string, face: CjkFace, at: FaceWanted): Diagnostic {
  const more = at.more ? ` (and ${at.more} more in this file)` : '';
  return {
    rule: 'text/font-not-installed',
    message: `"${at.char}"${more} is printed in the ${CJK_SCRIPT[face]} face, which is not installed (it is large, so it is installed on demand): run \`${installCommand(face)}\` in the folder you build from, then build again`,
    source: { file, line: at.line, column: at.column },
  };
}

/** The faces the kit's languages set ideographs in; Simplified Chinese when no language is east-Asian. */
export function hanFacesOf(languages: readonly unknown[]): CjkFace[] {
  const faces = new Set<CjkFace>();
  for (const tag of languages) {
    const face = typeof tag === 'string' ? cjkFaceOfLanguage(tag) : undefined;
    if (face) faces.add(face);
  }
  return faces.size > 0 ? [...faces] : ['sc'];
}
