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

/** Carlito is metric-compatible with Calibri (LibreOffice draws Calibri with it); its npm package splits each style by script. */
export function carlitoFiles(): { regular: string[]; bold: string[]; italic: string[]; boldItalic: string[] } {
  const dir = join(packageDir('@fontsource/carlito'), 'files');
  const subsets = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'];
  const style = (weight: number, slant: string) => subsets.map((s) => join(dir, `carlito-${s}-${weight}-${slant}.woff2`));
  return { regular: style(400, 'normal'), bold: style(700, 'normal'), italic: style(400, 'italic'), boldItalic: style(700, 'italic') };
}
