// Runs of Chinese, Japanese or Korean text name the east-Asian face PowerPoint draws them in (`a:ea`) and their
// language: pptxgenjs copies the Latin typeface into every slot and tags every run with the deck's language.
import {
  type CjkFace,
  cjkFaceOfLanguage,
  cjkFaceOfText,
  hasCjk,
  languageOfFace,
  OFFICE_EA_FONT,
} from '../../text/cjk.js';
import { direct, elements, NS, parseXmlText } from './dom.js';
import { xmlText } from './xml.js';

/** The face each east-Asian script's runs are set in, in titles (major) and other text (minor). */
export type EastAsianTheme = Record<'major' | 'minor', Record<CjkFace, string>>;

/** The tool's own theme names no east-Asian font: the face PowerPoint has for each script. */
export const OFFICE_EA_FACES: EastAsianTheme = { major: OFFICE_EA_FONT, minor: OFFICE_EA_FONT };

/** The theme's script tag (ECMA-376 20.1.4.1.16, ISO 15924) for each face. */
const THEME_SCRIPT: Record<CjkFace, string> = { sc: 'Hans', tc: 'Hant', jp: 'Jpan', kr: 'Hang' };

/**
 * A client's template's east-Asian faces (`a:majorFont` and `a:minorFont`): its theme's own `+mj-ea` / `+mn-ea`
 * where the font names an `ea` typeface, else the typeface it lists for the script (`<a:font script="Jpan">`), else
 * the one PowerPoint has. Read as XML, whatever prefix or quotes the theme was written with.
 */
export function eastAsianTheme(themeXml: string | undefined): EastAsianTheme {
  const doc = themeXml ? parseXmlText(themeXml) : undefined;
  const of = (which: 'majorFont' | 'minorFont', ref: string): Record<CjkFace, string> => {
    const font = doc ? elements(doc, NS.a, which)[0] : undefined;
    const ea = direct(font, NS.a, 'ea')[0]?.getAttribute('typeface');
    const listed = (face: CjkFace) =>
      direct(font, NS.a, 'font')
        .find((f) => f.getAttribute('script') === THEME_SCRIPT[face])
        ?.getAttribute('typeface');
    const face = (f: CjkFace) => (ea ? ref : listed(f) || OFFICE_EA_FONT[f]);
    return { sc: face('sc'), tc: face('tc'), jp: face('jp'), kr: face('kr') };
  };
  return { major: of('majorFont', '+mj-ea'), minor: of('minorFont', '+mn-ea') };
}

const SHAPE = /<p:sp>[\s\S]*?<\/p:sp>|<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g;
const RUN = /<a:r>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>))<a:t>([^<]*)<\/a:t><\/a:r>/g;
const AFTER_EA = /<a:(?:cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b|<\/a:rPr>/;

/** Every run of a part holding east-Asian text, with its face and language; a part without any is returned as it is. */
export function eastAsianRuns(xml: string, lang: string, theme: EastAsianTheme = OFFICE_EA_FACES): string {
  if (!hasCjk(xml)) return xml;
  const own = cjkFaceOfLanguage(lang);
  const inShape = (block: string): string => {
    if (!hasCjk(block)) return block;
    const title = /<p:ph type="(?:title|ctrTitle)"/.test(block);
    const faces = title ? theme.major : theme.minor;
    return block.replace(RUN, (run, rPr: string, text: string) => {
      if (!hasCjk(text)) return run;
      const face = cjkFaceOfText(text, own);
      return `<a:r>${withFace(rPr, faces[face], languageOfFace(face, lang))}<a:t>${text}</a:t></a:r>`;
    });
  };
  return /<p:sp>|<p:graphicFrame>/.test(xml) ? xml.replace(SHAPE, inShape) : xml;
}

/** A run's properties with its language and east-Asian typeface, the `a:ea` where the schema orders it (after `a:latin`). */
function withFace(rPr: string, typeface: string, lang: string): string {
  const ea = `<a:ea typeface="${xmlText(typeface)}"/>`;
  let out = rPr.replace(/ lang="[^"]*"/, ` lang="${xmlText(lang)}"`);
  if (out.endsWith('/>')) return `${out.slice(0, -2)}>${ea}</a:rPr>`;
  if (/<a:ea\b[^>]*\/>/.test(out)) return out.replace(/<a:ea\b[^>]*\/>/, ea);
  const latin = /<a:latin\b[^>]*\/>/.exec(out);
  const at = latin ? latin.index + latin[0].length : AFTER_EA.exec(out)!.index;
  out = out.slice(0, at) + ea + out.slice(at);
  return out;
}
