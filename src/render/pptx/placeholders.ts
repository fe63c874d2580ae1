// Slide shapes drawn by pptxgenjs become PowerPoint placeholders, tables say whether their first row is a header, every run says its language.
import { PLACEHOLDERS, type PlaceholderKey, phXml } from './layouts.js';
import { xmlText } from './xml.js';

const PREFIX = 'ph:';
/** The object name a slide shape gets so that `placeholderShapes` turns it into that placeholder. */
export function placeholderName(key: PlaceholderKey): string {
  return `${PREFIX}${key}`;
}

export const TABLE_WITH_HEADER = 'tbl:header';
export const TABLE_WITHOUT_HEADER = 'tbl:plain';
export const TABLE_COMPARISON = 'tbl:comparison';
/** Added to a table's name where its columns run from the right (`a:tblPr rtl="1"`). */
export const TABLE_RTL = ':rtl';

/** The names PowerPoint gives such shapes ("Title 1", "Content Placeholder 2"), which screen readers and the selection pane show. */
const DISPLAY: Record<PlaceholderKey, string> = {
  title: 'Title',
  ctrTitle: 'Title',
  body: 'Content Placeholder',
  subTitle: 'Subtitle',
  ftr: 'Footer Placeholder',
  sldNum: 'Slide Number Placeholder',
};

const TAGGED = /<p:cNvPr id="(\d+)" name="ph:(\w+)"><\/p:cNvPr><p:cNvSpPr(?: txBox="1")?\/><p:nvPr><\/p:nvPr>/g;

/**
 * The shapes named `ph:<type>` as placeholders of that type: PowerPoint's outline lists their text,
 * and "Reset slide" and a change of layout move them. They keep the frame layout measured.
 */
export function placeholderShapes(xml: string, ph: (key: PlaceholderKey) => string | undefined = phXml): string {
  return xml.replace(TAGGED, (m, id: string, key: string) => {
    if (!(key in PLACEHOLDERS)) return m;
    const k = key as PlaceholderKey;
    const link = ph(k);
    // A client's layout without a placeholder of this role: the shape stays a text box where layout put it.
    if (!link) return `<p:cNvPr id="${id}" name="TextBox ${id}"/><p:cNvSpPr txBox="1"/><p:nvPr/>`;
    return `<p:cNvPr id="${id}" name="${DISPLAY[k]} ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${link}</p:nvPr>`;
  });
}

/** Shape ids numbered 1, 2, 3 … in drawing order: pptxgenjs numbers tables by slide and table count, which can repeat another shape's id. */
export function renumberShapes(xml: string): string {
  let next = 1;
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${next++}"`);
}

/** pptxgenjs links its slide number to no layout placeholder (idx 4294967295); ours is the layout's. */
export function slideNumberPlaceholder(xml: string, ph: (key: PlaceholderKey) => string | undefined = phXml): string {
  return xml.replace(
    /<p:ph type="sldNum" sz="quarter" idx="4294967295"\/>/g,
    ph('sldNum') ?? '<p:ph type="sldNum" sz="quarter" idx="4294967295"/>',
  );
}

const TABLE = /<p:cNvPr id="(\d+)" name="tbl:(header|plain|comparison)(:rtl)?"\/>([\s\S]*?)<a:tblPr\/>/g;

/**
 * Tables named by the renderer: a header row is marked as one (`firstRow`), and the name becomes "Table N", or
 * "Comparison N" for a comparison's (what the selection pane shows, and how `import` knows one it gives back).
 */
export function tableHeaders(xml: string): string {
  return xml.replace(
    TABLE,
    (_m, id: string, kind: string, rtl: string | undefined, between: string) =>
      `<p:cNvPr id="${id}" name="${kind === 'comparison' ? 'Comparison' : 'Table'} ${id}"/>${between}<a:tblPr${rtl ? ' rtl="1"' : ''} firstRow="${kind === 'plain' ? 0 : 1}" bandRow="0"/>`,
  );
}

/**
 * Every run and paragraph end in the part in the deck's language: pptxgenjs tags runs `en-US`
 * unless told otherwise, paragraph ends always, adds an `altLang`, and writes some runs with none.
 */
export function runLanguage(xml: string, lang: string): string {
  const value = xmlText(lang);
  return xml.replace(/<a:(rPr|endParaRPr)\b([^>]*?)(\/?)>/g, (_m, tag: string, attrs: string, close: string) => {
    const rest = attrs.replace(/ (?:lang|altLang)="[^"]*"/g, '');
    return `<a:${tag} lang="${value}"${rest}${close}>`;
  });
}

/** The object name a picture gets so that `picturePlaceholders` makes it the layout's picture placeholder `idx`, cropped so. */
export function picturePlaceholderName(idx: number, crop: { l: number; t: number; r: number; b: number }): string {
  return `ph-pic:${idx}:${[crop.l, crop.t, crop.r, crop.b].map((c) => Math.round(c * 100_000)).join(':')}`;
}

const PICTURE = /<p:pic>((?:(?!<\/p:pic>)[\s\S])*?name="ph-pic:(\d+):(\d+):(\d+):(\d+):(\d+)"[\s\S]*?)<\/p:pic>/g;

/**
 * Pictures named by `picturePlaceholderName` as the layout's picture placeholder they fill: PowerPoint's "Change
 * Picture" and "Reset slide" keep them there, and they take the placeholder's outline (a circle), cropped to fill it.
 */
export function picturePlaceholders(xml: string): string {
  return xml.replace(PICTURE, (_m, inner: string, idx: string, l: string, t: string, r: string, b: string) => {
    const id = /<p:cNvPr id="(\d+)"/.exec(inner)?.[1] ?? '0';
    const embed = /<a:blip (r:embed="[^"]+")/.exec(inner)?.[1] ?? '';
    const xfrm = /<a:xfrm>[\s\S]*?<\/a:xfrm>/.exec(inner)?.[0] ?? '';
    const crop = [
      ['l', l],
      ['t', t],
      ['r', r],
      ['b', b],
    ]
      .filter(([, v]) => v !== '0')
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return (
      `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Picture Placeholder ${id}"/><p:cNvPicPr><a:picLocks noGrp="1" noChangeAspect="1"/></p:cNvPicPr>` +
      `<p:nvPr><p:ph type="pic" idx="${idx}"/></p:nvPr></p:nvPicPr>` +
      `<p:blipFill><a:blip ${embed}/><a:srcRect${crop}/><a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
      `<p:spPr>${xfrm}</p:spPr></p:pic>`
    );
  });
}
