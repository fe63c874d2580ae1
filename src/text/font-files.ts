// Where the embedded/measuring fonts live: npm packages only, never downloaded at run time.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * Noto Emoji, monochrome (OFL): the PDFs print emoji with it, in the text's colour; PowerPoint and
 * LibreOffice draw their own colour emoji, about as wide (1.27 em), so slides are measured with it too.
 */
export function notoEmojiFile(): string {
  return join(packageDir('@expo-google-fonts/noto-emoji'), '400Regular/NotoEmoji_400Regular.ttf');
}

/** DejaVu covers symbols (✓, arrows, box drawing) and many scripts Arimo lacks. */
export function dejavuFiles(): { regular: string; bold: string; italic: string; boldItalic: string; mono: string } {
  const dir = join(packageDir('dejavu-fonts-ttf'), 'ttf');
  return {
    regular: join(dir, 'DejaVuSans.ttf'),
    bold: join(dir, 'DejaVuSans-Bold.ttf'),
    italic: join(dir, 'DejaVuSans-Oblique.ttf'),
    boldItalic: join(dir, 'DejaVuSans-BoldOblique.ttf'),
    mono: join(dir, 'DejaVuSansMono.ttf'),
  };
}

/** DejaVu Serif: LibreOffice draws a serif font it lacks (Georgia, Garamond) in it. */
export function dejavuSerifFiles(): { regular: string; bold: string; italic: string; boldItalic: string } {
  const dir = join(packageDir('dejavu-fonts-ttf'), 'ttf');
  return {
    regular: join(dir, 'DejaVuSerif.ttf'),
    bold: join(dir, 'DejaVuSerif-Bold.ttf'),
    italic: join(dir, 'DejaVuSerif-Italic.ttf'),
    boldItalic: join(dir, 'DejaVuSerif-BoldItalic.ttf'),
  };
}

export interface StyleFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** A Google Fonts family as @expo-google-fonts packages it: one TrueType file per style, which pdfkit embeds as it is. */
function expoFiles(name: string): StyleFiles {
  const dir = packageDir(`@expo-google-fonts/${name.toLowerCase()}`);
  const file = (style: string) => join(dir, style, `${name}_${style}.ttf`);
  return {
    regular: file('400Regular'),
    bold: file('700Bold'),
    italic: file('400Regular_Italic'),
    boldItalic: file('700Bold_Italic'),
  };
}

/** Arimo is metric-compatible with Arial, the font the deck names, so measuring with it predicts PowerPoint and LibreOffice (Liberation Sans). */
export function arimoFiles(): StyleFiles {
  return expoFiles('Arimo');
}

/** Metric twins of the Office fonts templates name, as LibreOffice draws them too: Carlito for Calibri, Tinos for Times New Roman, Caladea for Cambria. */
export function carlitoFiles(): StyleFiles {
  return expoFiles('Carlito');
}

export function tinosFiles(): StyleFiles {
  return expoFiles('Tinos');
}

export function caladeaFiles(): StyleFiles {
  return expoFiles('Caladea');
}
