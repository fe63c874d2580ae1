// A font file the content supplies (a brand font a template names), as the model carries it to layout and the renderers.

/** Which face of its family a font file is. */
export type Variant = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A font file the content supplies, as the theme carries it. */
export interface FontFile {
  family: string;
  variant: Variant;
  bytes: Uint8Array;
  /** Content-relative path of the file. */
  path?: string;
}
