// Runs of Chinese, Japanese or Korean text name the east-Asian face PowerPoint draws them in (`a:ea`) and their
// language: pptxgenjs copies the Latin typeface into every slot and tags every run with the deck's language.
import { cjkFaceOfLanguage, cjkFaceOfText, hasCjk, languageOfFace, OFFICE_EA_FONT } from '../../text/cjk.js';
import { xmlText } from './xml.js';

/** A client's template's own east-Asian theme fonts (`a:ea` of its major and minor fonts), where it names them. */
export interface EastAsianTheme {
  major?: string;
  minor?: string;
}

/** The theme's east-Asian typefaces: a template that names one has its runs set in it (`+mj-ea`, `+mn-ea`). */
export function eastAsianTheme(themeXml: string | undefined): EastAsianTheme {
  const face = (which: string) =>
    new RegExp(`<(?:\\w+:)?${which}\\b[^>]*>[\\s\\S]*?<(?:\\w+:)?ea\\b[^>]*?typeface="([^"]*)"`).exec(
      themeXml ?? '',
    )?.[1];
  const major = face('majorFont');
  const minor = face('minorFont');
  return { ...(major ? { major } : {}), ...(minor ? { minor } : {}) };
}

const SHAPE = /<p:sp>[\s\S]*?<\/p:sp>|<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g;
const RUN = /<a:r>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>))<a:t>([^<]*)<\/a:t><\/a:r>/g;
const AFTER_EA = /<a:(?:cs|sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b|<\/a:rPr>/;

/** Every run of a part holding east-Asian text, with its face and language; a part without any is returned as it is. */
export function eastAsianRuns(xml: string, lang: string, theme: EastAsianTheme = {}): string {
  if (!hasCjk(xml)) return xml;
  const own = cjkFaceOfLanguage(lang);
  const inShape = (block: string): string => {
    if (!hasCjk(block)) return block;
    const title = /<p:ph type="(?:title|ctrTitle)"/.test(block);
    const themed = title ? theme.major && '+mj-ea' : theme.minor && '+mn-ea';
    return block.replace(RUN, (run, rPr: string, text: string) => {
      if (!hasCjk(text)) return run;
      const face = cjkFaceOfText(text, own);
      return `<a:r>${withFace(rPr, themed || OFFICE_EA_FONT[face], languageOfFace(face, lang))}<a:t>${text}</a:t></a:r>`;
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
