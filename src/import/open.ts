// Opening a deck to import: what the file is (a PowerPoint package, or a password-protected, old binary, Keynote,
// Word or Excel file), unpacked within the same limits as a client's template, since both come from outside.

import { byTag } from '../template/ooxml.js';
import { type Parts, parseXml, relationshipsOf, TemplateProblem, unpack } from '../template/package.js';

/** A deck that cannot be imported, with what to do about it. */
export class ImportProblem extends Error {}

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

const MAIN_TYPES: Record<string, OpenedDeck['kind']> = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'template',
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml': 'macro-enabled',
  'application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml': 'macro-enabled',
  'application/vnd.ms-powerpoint.template.macroEnabled.main+xml': 'macro-enabled',
};

export interface OpenedDeck {
  parts: Parts;
  /** The presentation part: ppt/presentation.xml in every file PowerPoint writes. */
  main: string;
  kind: 'presentation' | 'template' | 'macro-enabled';
  notices: string[];
}

const KEYNOTE =
  'is a Keynote presentation; export it from Keynote as PowerPoint (File › Export To › PowerPoint) and import the .pptx';

/** The deck's parts, or an ImportProblem saying why the file is not one workshop-kit can read. */
export function openDeck(name: string, bytes: Uint8Array): OpenedDeck {
  if (/\.key$/i.test(name)) throw new ImportProblem(KEYNOTE);
  if (isCompoundFile(bytes)) throw new ImportProblem(compoundFileProblem(bytes));
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new ImportProblem('is not a PowerPoint file (it is not a zip package); save it from PowerPoint as .pptx');
  const notices: string[] = [];
  let parts: Parts;
  try {
    parts = unpack(bytes, notices);
  } catch (error) {
    throw asImportProblem(error);
  }
  if (Object.keys(parts).some((p) => /^(Index\/|Index\.zip$|index\.apxl$|Metadata\/Properties\.plist$)/.test(p)))
    throw new ImportProblem(KEYNOTE);
  try {
    const main = relationshipsOf(parts, '').find((r) => r.type === 'officeDocument' && r.target)?.target;
    if (!main || !parts[main]) throw new ImportProblem(notPresentation(Object.keys(parts)));
    const types = parseXml(parts, '[Content_Types].xml');
    const override = [...byTag(types, CT, 'Override')].find((o) => o.getAttribute('PartName') === `/${main}`);
    const kind = MAIN_TYPES[override?.getAttribute('ContentType') ?? ''];
    if (!kind) throw new ImportProblem(notPresentation(Object.keys(parts)));
    return { parts, main, kind, notices };
  } catch (error) {
    throw asImportProblem(error);
  }
}

/** An OLE compound file: PowerPoint 97-2003, or any Office file saved with a password (its package encrypted inside one). */
function isCompoundFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** What a compound file holds, by the names of its streams (UTF-16 in its directory). */
function compoundFileProblem(bytes: Uint8Array): string {
  const holds = (name: string) => {
    const pattern = new Uint8Array([...name].flatMap((c) => [c.charCodeAt(0), 0]));
    return indexOf(bytes, pattern) >= 0;
  };
  if (holds('EncryptedPackage'))
    return 'is password-protected; remove the password in PowerPoint (File › Info › Protect Presentation › Encrypt with Password, empty it), save, and import it again';
  if (holds('PowerPoint Document'))
    return 'is an old binary PowerPoint file (.ppt, PowerPoint 97-2003); open it in PowerPoint or LibreOffice and save it as .pptx first';
  return 'is an old binary Office file (97-2003), not a PowerPoint presentation; save the deck as .pptx';
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (
    let i = haystack.indexOf(first);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function notPresentation(names: readonly string[]): string {
  if (names.some((n) => n.startsWith('word/')))
    return 'is a Word document, not a PowerPoint presentation; import a .pptx';
  if (names.some((n) => n.startsWith('xl/')))
    return 'is an Excel workbook, not a PowerPoint presentation; import a .pptx';
  return 'is a zip file but not a PowerPoint presentation (it has no presentation part); save the deck from PowerPoint as .pptx';
}

/** The template reader's limits and checks, in a deck's words. */
function asImportProblem(error: unknown): Error {
  if (error instanceof ImportProblem) return error;
  if (!(error instanceof TemplateProblem)) return error as Error;
  return new ImportProblem(
    error.message
      .replace(/a PowerPoint template/g, 'a PowerPoint deck')
      .replace(/of a template/g, 'of a deck')
      .replace(/the template/g, 'the deck'),
  );
}
