// Hebrew and Arabic in the deck: every run holding them names the face PowerPoint draws them in (`a:cs`, the complex
// script slot; pptxgenjs copies the Latin typeface there) and their language, so spelling, shaping and line breaking
// follow the script. Paragraphs already say which way they run (`rtl="1"`, from layout); speaker notes are given theirs
// here, and a right-to-left kit's own masters set new text right to left.
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import {
  hasRightToLeft,
  isRightToLeftLanguage,
  languageOfRtlScript,
  OFFICE_CS_FONT,
  paragraphDirection,
  type RtlScript,
  rtlScriptOfText,
} from '../../text/rtl.js';
import { createBeside, direct, elements, NS, parseXmlText, serialiseXml } from './dom.js';

const A = NS.a;
const P = NS.p;

/** The face a complex-script run is set in, by script, in titles (major) and other text (minor). */
export type ComplexScriptFaces = Record<'major' | 'minor', Record<RtlScript, string>>;

const THEME_SCRIPT: Record<RtlScript, string> = { hebrew: 'Hebr', arabic: 'Arab' };

/**
 * A client's template's complex-script faces (ECMA-376 20.1.4.1, `a:majorFont` and `a:minorFont`): its theme's own
 * `+mj-cs` / `+mn-cs` where the font names a `cs` typeface, else the typeface it lists for the script
 * (`<a:font script="Hebr">`), else Arial. The tool's own theme names none: Arial.
 */
export function complexScriptFaces(themeXml: string | undefined): ComplexScriptFaces {
  const doc = themeXml ? parseXmlText(themeXml) : undefined;
  const of = (which: 'majorFont' | 'minorFont', ref: string): Record<RtlScript, string> => {
    const font = doc ? elements(doc, A, which)[0] : undefined;
    const cs = direct(font, A, 'cs')[0]?.getAttribute('typeface');
    const face = (script: RtlScript) => {
      if (cs) return ref;
      const listed = direct(font, A, 'font').find((f) => f.getAttribute('script') === THEME_SCRIPT[script]);
      return listed?.getAttribute('typeface') || OFFICE_CS_FONT[script];
    };
    return { hebrew: face('hebrew'), arabic: face('arabic') };
  };
  return { major: of('majorFont', '+mj-cs'), minor: of('minorFont', '+mn-cs') };
}

/** The tool's own theme: Arial for both scripts everywhere. */
export const OFFICE_CS_FACES: ComplexScriptFaces = { major: OFFICE_CS_FONT, minor: OFFICE_CS_FONT };

/** Where `a:cs` goes among a run's properties (CT_TextCharacterProperties): before these. */
const AFTER_CS = new Set(['sym', 'hlinkClick', 'hlinkMouseOver', 'rtl', 'extLst']);

/**
 * A slide's or notes page's runs of Hebrew or Arabic with their face and language; a notes page's paragraphs in their
 * direction. In a right-to-left kit a slide's left-to-right paragraphs say so (`rtl="0"`): they would otherwise take
 * the direction of the tool's mirrored masters, or the one LibreOffice guesses where a template's leave it unsaid. A
 * part with nothing to change is returned as it is.
 */
export function rightToLeftRuns(xml: string, lang: string, faces: ComplexScriptFaces, notes = false): string {
  const kitRtl = isRightToLeftLanguage(lang);
  if (!hasRightToLeft(xml) && !kitRtl) return xml;
  const doc = parseXmlText(xml);
  for (const sp of elements(doc, P, 'sp')) {
    const type = elements(sp, P, 'ph')[0]?.getAttribute('type');
    const title = type === 'title' || type === 'ctrTitle';
    if (notes && type === 'body') for (const p of elements(sp, A, 'p')) notesDirection(p, lang);
    else if (!notes && kitRtl) for (const p of elements(sp, A, 'p')) leftToRight(p);
    for (const run of elements(sp, A, 'r')) scriptRun(run, lang, title ? faces.major : faces.minor);
  }
  for (const frame of elements(doc, P, 'graphicFrame')) {
    if (!notes && kitRtl) for (const p of elements(frame, A, 'p')) leftToRight(p);
    for (const run of elements(frame, A, 'r')) scriptRun(run, lang, faces.minor);
  }
  return serialiseXml(doc);
}

function scriptRun(run: XmlElement, lang: string, faces: Record<RtlScript, string>): void {
  const text = direct(run, A, 't')
    .map((t) => t.textContent ?? '')
    .join('');
  const script = rtlScriptOfText(text);
  if (!script) return;
  let rPr = direct(run, A, 'rPr')[0];
  if (!rPr) {
    rPr = createBeside(run, A, 'rPr');
    run.insertBefore(rPr, run.firstChild);
  }
  rPr.setAttribute('lang', languageOfRtlScript(script, lang));
  for (const old of direct(rPr, A, 'cs')) rPr.removeChild(old);
  const cs = createBeside(rPr, A, 'cs');
  cs.setAttribute('typeface', faces[script]);
  let before: XmlElement | null = null;
  for (let n = rPr.firstChild; n && !before; n = n.nextSibling)
    if (n.nodeType === 1 && AFTER_CS.has((n as unknown as XmlElement).localName ?? ''))
      before = n as unknown as XmlElement;
  rPr.insertBefore(cs, before);
}

/** A paragraph that does not say it runs right to left, saying it runs left to right. */
function leftToRight(p: XmlElement): void {
  const pPr = paragraphProperties(p);
  if (!pPr.hasAttribute('rtl')) pPr.setAttribute('rtl', '0');
}

/** A paragraph's properties, made where it has none: the first child of `a:p`. */
function paragraphProperties(p: XmlElement): XmlElement {
  let pPr = direct(p, A, 'pPr')[0];
  if (!pPr) {
    pPr = createBeside(p, A, 'pPr');
    p.insertBefore(pPr, p.firstChild);
  }
  return pPr;
}

/** A notes paragraph running right to left by its first strong letter (or in a right-to-left kit, having none). */
function notesDirection(p: XmlElement, lang: string): void {
  const text = elements(p, A, 't')
    .map((t) => t.textContent ?? '')
    .join('');
  if (paragraphDirection(text, isRightToLeftLanguage(lang)) !== 'rtl') return;
  const pPr = paragraphProperties(p);
  pPr.setAttribute('rtl', '1');
  pPr.setAttribute('algn', 'r');
}

/**
 * The tool's own master and layouts for a right-to-left kit: every text level set right to left and flush right (and
 * what was flush right, the slide number, flush left), so text a facilitator types runs as the kit's does.
 */
export function mirroredLevels(xml: string): string {
  const doc: XmlDocument = parseXmlText(xml);
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9])
    for (const level of elements(doc, A, `lvl${n}pPr`)) {
      level.setAttribute('rtl', '1');
      const algn = level.getAttribute('algn');
      if (algn === 'l' || !algn) level.setAttribute('algn', 'r');
      else if (algn === 'r') level.setAttribute('algn', 'l');
    }
  return serialiseXml(doc);
}
