// Where the embedded/measuring fonts live: npm packages only, never downloaded at run time.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** Arimo is metric-compatible with Arial, the font the deck names, so measuring with it predicts PowerPoint and LibreOffice (Liberation Sans). */
export function arimoFiles(): { regular: string; bold: string; italic: string; boldItalic: string } {
  const dir = packageDir('@expo-google-fonts/arimo');
  return {
    regular: join(dir, '400Regular/Arimo_400Regular.ttf'),
    bold: join(dir, '700Bold/Arimo_700Bold.ttf'),
    italic: join(dir, '400Regular_Italic/Arimo_400Regular_Italic.ttf'),
    boldItalic: join(dir, '700Bold_Italic/Arimo_700Bold_Italic.ttf'),
  };
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
  return { regular: join(dir, 'DejaVuSerif.ttf'), bold: join(dir, 'DejaVuSerif-Bold.ttf'), italic: join(dir, 'DejaVuSerif-Italic.ttf'), boldItalic: join(dir, 'DejaVuSerif-BoldItalic.ttf') };
}

type StyleFiles = { regular: string[]; bold: string[]; italic: string[]; boldItalic: string[] };

/** A @fontsource package's files of each style, one per script subset (the first covers Latin). */
function fontsourceFiles(name: string, subsets: readonly string[]): StyleFiles {
  const dir = join(packageDir(`@fontsource/${name}`), 'files');
  const style = (weight: number, slant: string) => subsets.map((s) => join(dir, `${name}-${s}-${weight}-${slant}.woff2`));
  return { regular: style(400, 'normal'), bold: style(700, 'normal'), italic: style(400, 'italic'), boldItalic: style(700, 'italic') };
}

/** Metric twins of the Office fonts templates name, as LibreOffice draws them too: Carlito for Calibri, Tinos for Times New Roman, Caladea for Cambria. */
export function carlitoFiles(): StyleFiles {
  return fontsourceFiles('carlito', ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese']);
}

export function tinosFiles(): StyleFiles {
  return fontsourceFiles('tinos', ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'hebrew', 'vietnamese']);
}

export function caladeaFiles(): StyleFiles {
  return fontsourceFiles('caladea', ['latin', 'latin-ext']);
}
