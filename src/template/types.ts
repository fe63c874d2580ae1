// What workshop-kit reads of a client's PowerPoint template. Plain data: it crosses into render threads by structured clone.

/** A frame in inches from the slide's top-left corner. */
export interface TemplateFrame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TemplatePlaceholder {
  /** PresentationML placeholder type; `obj` when the file gives none (a content placeholder). */
  type: string;
  idx?: number;
  /** Its own frame, or its master's for the same role when it gives none. */
  frame?: TemplateFrame;
  /** Its first-level text is shown in capitals (`cap="all"`, its own or its master's). */
  caps?: true;
  /** How its first-level text looks, as its list style, its master's placeholder or the master's text style says. */
  look?: TextLook;
  /** Its text frame's insets and anchoring, as its own body properties or its master's placeholder's state them. */
  textFrame?: FrameLook;
  /** The fill and outline it draws behind its text (a title band), its own or its master's placeholder's. */
  paint?: PlaceholderPaint;
  /** Its outline where not a rectangle (a picture placeholder cut to a circle), its own or its master's. */
  geometry?: 'roundRect' | 'ellipse';
}

/** A placeholder's own fill and outline: drawn wherever a slide fills the placeholder, under its text. */
export interface PlaceholderPaint {
  geometry: 'rect' | 'roundRect' | 'ellipse';
  fill?: TemplateFill;
  line?: { colour: ColourSpec; width: number };
}

/** A text frame's insets in points and its anchoring (t, ctr, b); a property is absent where no level of the chain states it. */
export interface FrameLook {
  l?: number;
  t?: number;
  r?: number;
  b?: number;
  anchor?: string;
}

/** Line and paragraph spacing: a share of a line (`pct`, 1 is single) or points. */
export type Spacing = { pct: number } | { pts: number };

/** A list level's spacing and indents (points) as a template sets them; absent where no level of the chain states it. */
export interface LevelLook {
  line?: Spacing;
  before?: Spacing;
  after?: Spacing;
  /** The text's left margin and the first line's indent from it (negative: a hanging bullet). */
  marL?: number;
  indent?: number;
}

/** First-level text as a template styles it; a property is absent where no level of the chain states it. */
export interface TextLook {
  /** DrawingML alignment: l, ctr, r, just, dist. */
  align?: string;
  bold?: boolean;
  colour?: ColourSpec;
  /** A typeface, or the theme's fonts as `+mj-lt` (headings) and `+mn-lt` (body). */
  font?: string;
  /** Character spacing in points (`spc`), as letter-spaced capitals have it. */
  spacing?: number;
  /** Size in points. */
  size?: number;
  /** The bullet of its first and second levels, as far as the chain states it. */
  bullets?: Partial<Record<1 | 2, Bullet>>;
  /** The spacing and indents of its first and second levels, as far as the chain states them. */
  levels?: Partial<Record<1 | 2, LevelLook>>;
}

/** A list level's bullet as a template sets it: none, a character in a font (often a symbol font) and colour, or a number. */
export interface Bullet {
  none?: true;
  char?: string;
  /** Numbered (`buAutoNum`): its scheme (arabicPeriod, alphaLcParenR...). */
  autoNum?: string;
  /** The number a numbered level starts at, where it says (`startAt`). */
  startAt?: number;
  font?: string;
  colour?: ColourSpec;
}

/** A colour as the template writes it: RGB or a theme slot (tx1, accent2...), with DrawingML's modifiers (lumMod 0.75...). */
export interface ColourSpec {
  rgb?: string;
  scheme?: string;
  mods?: [string, number][];
}

export type TemplateFill =
  | { solid: ColourSpec }
  | { gradient: { angle: number; stops: { at: number; colour: ColourSpec }[] } }
  | { picture: string };

/** A picture or plain shape a master or layout draws behind every slide (see art.ts for what is read). */
export interface TemplateArt {
  kind: 'picture' | 'shape';
  frame: TemplateFrame;
  /** Clockwise, in degrees. */
  rotation?: number;
  /** The picture's part in the package. */
  part?: string;
  geometry?: 'rect' | 'roundRect' | 'ellipse' | 'path';
  /** A free-form shape's outline (geometry `path`): its sub-paths as points in slide inches, curves followed. */
  outline?: Outline;
  fill?: TemplateFill;
  /** Outline colour and width in points. */
  line?: { colour: ColourSpec; width: number };
}

/** A text shape a master or layout prints itself (not a placeholder). */
export interface TemplateText {
  frame: TemplateFrame;
  /** It shows the slide number (a field). */
  slideNumber?: true;
  /** Its words, paragraphs on lines of their own (a slide number field as `‹#›`). */
  text?: string;
  /** How its first run is set: size in points, weight, colour; its first paragraph's alignment (l, ctr, r). */
  size?: number;
  bold?: boolean;
  colour?: ColourSpec;
  align?: string;
}

/**
 * Something a master or layout draws that the tool's own text keeps clear of, by its bounding box: a picture (a
 * logo; a large one is a backdrop the text is coloured for instead), a filled shape (the same), a drawing (a
 * free-form line, a connector, a chart or table frame, any preset other than a plain panel) or its own text.
 */
export interface TemplateObstacle {
  frame: TemplateFrame;
  /** `stroke`: a short piece of a free-form drawing's line, as well as the drawing's own box. */
  kind: 'picture' | 'panel' | 'drawing' | 'text' | 'stroke';
}

/** What a master or layout draws itself, for slides.pdf: its background fill and its art, back to front. */
export interface TemplateLook {
  backdrop?: TemplateFill;
  art: TemplateArt[];
  /** Its own text shapes, which the deck's footer and number keep clear of. */
  texts?: TemplateText[];
  /** Everything it draws outside its placeholders, for the tool's text to keep clear of. */
  obstacles?: TemplateObstacle[];
}

export interface TemplateLayout {
  /** Part name in the package, e.g. ppt/slideLayouts/slideLayout2.xml. */
  part: string;
  /** The name PowerPoint shows ("Titel und Inhalt"). */
  name: string;
  /** PresentationML layout type (title, obj, secHead, titleOnly...), when the file gives one. */
  type?: string;
  master: string;
  placeholders: TemplatePlaceholder[];
  /** Its own background, where it has one: a colour, or the colour-map name (bg1, bg2) or theme slot it uses. */
  background?: { colour: string } | { slot: string };
  /** What it draws (slides.pdf); absent on layouts read before art was. */
  look?: TemplateLook;
  /** The layout hides its master's shapes (showMasterSp="0"). */
  hidesMasterArt?: true;
  /** The pictures the template's example slides show in its picture placeholders, by placeholder index. */
  examplePictures?: { idx: number; part: string }[];
  /** The titles of the template's example slides on it ("Thank You"). */
  exampleTitles?: string[];
  /** Its own colour map, where it overrides its master's (p:clrMapOvr). */
  colourMap?: Record<string, string>;
}

export const THEME_COLOURS = [
  'dk1',
  'lt1',
  'dk2',
  'lt2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const;
export type ThemeColourName = (typeof THEME_COLOURS)[number];

export interface TemplateInfo {
  /** A .potx (template content type) or a .pptx used as one. */
  kind: 'template' | 'presentation';
  /** The presentation part's name (ppt/presentation.xml in files PowerPoint saves). */
  main: string;
  /** Slide size in inches. */
  width: number;
  height: number;
  /** The slide size as the package writes it, in EMU. */
  slideSize: { cx: number; cy: number };
  /** The first master's theme colours, as #RRGGBB. */
  colours: Record<ThemeColourName, string>;
  /** Theme fonts: headings (major) and body text (minor). */
  fonts: { major: string; minor: string };
  /** The header row's fill in the template's default table style, where it has one the tool can follow. */
  tableHeader?: ColourSpec;
  masters: {
    /** The master's id in the presentation's master list. */
    id: string;
    part: string;
    placeholders: TemplatePlaceholder[];
    /** The slides' background: a colour of its own, or the theme colour it maps to. */
    background: { colour: string } | { slot: string };
    /** The colour-map name that background is written with (bg1), so a layout that swaps the map can recolour it. */
    backgroundScheme?: string;
    /** The theme colour slot text (tx1) maps to: dk1 on light masters, lt1 on dark ones. */
    text: string;
    /** First-level sizes of the master's title and body text styles, in points. */
    titleSize?: number;
    bodySize?: number;
    /** The master's own theme (a template may have masters on different themes). */
    colours: Record<ThemeColourName, string>;
    fonts: { major: string; minor: string };
    /** Its colour map: bg1, tx1, bg2, tx2 (and the rest) to theme slots. */
    colourMap?: Record<string, string>;
    look?: TemplateLook;
  }[];
  /** Every layout of every master, in the masters' order. */
  layouts: TemplateLayout[];
  /** The template's own slides (never part of a deck). */
  exampleSlides: number;
  /** The parts a deck carries (masters, layouts, themes, pictures), each XML part written anew without outside links. */
  parts: Record<string, Uint8Array>;
  /** What reading left out of the package, for the facilitator to know: links to the outside, entries named outside it. */
  notices: string[];
}

/** The layouts a deck's slides sit on: the cover, section dividers, text slides, slides of shapes under a title, the closing slide. */
export type TemplateRole = 'title' | 'section' | 'content' | 'title-only' | 'closing';

/** A template as a deck uses it: the package to carry, and the layout each kind of slide sits on. */
export interface DeckTemplate {
  /** Content-relative path, for messages. */
  path: string;
  parts: Record<string, Uint8Array>;
  slideSize: { cx: number; cy: number };
  masters: { id: string; part: string }[];
  layouts: Record<TemplateRole, TemplateLayout>;
  /** Footer, date and slide number placeholders of the master, where the deck draws its own. */
  furniture: TemplatePlaceholder[];
  /** Backgrounds (RRGGBB) of the title and section layouts where they differ from the master's. */
  fills: { title?: string; section?: string };
  /** How each role's layout shows its title, as the PDFs draw it (the deck leaves it to the layout). */
  titles?: Partial<Record<TemplateRole, TitleLook>>;
  /** What each role's layout and its master draw behind a slide, colours resolved, for slides.pdf. */
  backdrops?: Record<TemplateRole, Backdrop>;
  /** Where the layout or its master prints footer text or a slide number of its own: the deck prints none there. */
  prints?: Record<TemplateRole, { footer: boolean; number: boolean }>;
  /** The bullet each role's body placeholder shows at list levels 1 and 2, as a Unicode character (a symbol font's mapped) and #RRGGBB colour, where it shows one. */
  bullets?: Partial<Record<TemplateRole, Partial<Record<1 | 2, { char: string; colour?: string }>>>>;
  /** How each role's text placeholder shows its running text: its colour (#RRGGBB) and, where not left, its alignment. */
  bodyLooks?: Partial<Record<TemplateRole, { colour: string; align?: 'center' | 'right' }>>;
  /** Roles whose body or subtitle placeholder the template colours unreadably there: the deck keeps its own colour. */
  ownBodyColour?: Partial<Record<TemplateRole, true>>;
  /** What each role's layout and its master draw that the tool's text placed beyond a placeholder keeps clear of (logos, lines, drawings, text). */
  keepOut?: Record<TemplateRole, TemplateFrame[]>;
  /** The same as average colours on a coarse grid (pictures sampled), which the tool's own text is coloured for. */
  grids?: Record<TemplateRole, { cols: number; rows: number; cells: string[] }>;
}

/** A title as a layout shows it: its colour (#RRGGBB) where the template sets one, alignment, weight and typeface. */
export interface TitleLook {
  colour?: string;
  align: 'left' | 'center' | 'right';
  bold: boolean;
  font: string;
}

/** A fill or shape colour resolved to #RRGGBB. */
export type BackdropFill =
  | { solid: string }
  | { gradient: { angle: number; stops: { at: number; colour: string }[] } }
  | { picture: string };

/** A free-form outline: sub-paths of points (x, y), each closed or open. */
export type Outline = { points: [number, number][]; closed: boolean; unfilled?: true; unstroked?: true }[];

/** A picture or shape of a backdrop, colours resolved. */
export interface BackdropArt {
  kind: 'picture' | 'shape';
  frame: TemplateFrame;
  rotation?: number;
  part?: string;
  /** The share of the picture cut off each side (0-1) so that it fills its frame without stretching. */
  crop?: { l: number; t: number; r: number; b: number };
  /** The picture placeholder (its index) the slides fill with this picture: a slide's picture, not the layout's. */
  placeholder?: number;
  geometry?: 'rect' | 'roundRect' | 'ellipse' | 'path';
  outline?: Outline;
  fill?: BackdropFill;
  /** The fill's opacity, below 1 where its colour has an alpha. */
  opacity?: number;
  /** The line's colour, width in points and, below 1, its opacity (a line drawn in 20 % of the text colour). */
  line?: { colour: string; width: number; opacity?: number };
}

export interface Backdrop {
  fill: BackdropFill;
  art: BackdropArt[];
  /**
   * What the layout's placeholders draw under their text (a title band, a panel behind the subtitle), where a slide
   * fills them: PowerPoint shows an empty placeholder's fill in no slide show, so only pages that use one draw it.
   */
  behind?: Partial<Record<'title' | 'text' | 'footer' | 'number', BackdropArt>>;
  /** How the layout sets the footer line's and slide number's text, colours resolved, for slides.pdf to print them so. */
  furniture?: Partial<
    Record<'footer' | 'number', { colour: string; size?: number; align?: 'left' | 'center' | 'right' }>
  >;
  /** Text the master and layout print themselves, colours resolved, for slides.pdf to show as the deck does. */
  texts?: {
    frame: TemplateFrame;
    text: string;
    size: number;
    bold: boolean;
    colour: string;
    align: 'left' | 'center' | 'right';
    slideNumber?: true;
  }[];
}
