// LibreOffice draws Chinese, Japanese and Korean in the installed Noto Sans CJK faces (the stand-ins the deck is
// measured with) when fontconfig is told where they are: the machine itself may have no CJK font.
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Runs `check` with FONTCONFIG_FILE naming the system's fonts and the installed Noto Sans CJK faces. */
export function withCjkFontconfig<T>(check: () => T): T {
  const previous = process.env.FONTCONFIG_FILE;
  const dir = mkdtempSync(join(tmpdir(), 'wk-cjk-fc-'));
  try {
    process.env.FONTCONFIG_FILE = fontconfigWithCjk(dir);
    return check();
  } finally {
    if (previous === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = previous;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fontconfig file with the system's fonts and the installed Noto Sans CJK faces, which LibreOffice then draws CJK in. */
function fontconfigWithCjk(dir: string): string {
  const faces = ['sc', 'tc', 'jp', 'kr'].flatMap((face) => {
    try {
      return [
        realpathSync(
          dirname(createRequire(import.meta.url).resolve(`@expo-google-fonts/noto-sans-${face}/package.json`)),
        ),
      ];
    } catch {
      return [];
    }
  });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${faces
      .flatMap((d) => [`  <dir>${d}/400Regular</dir>`, `  <dir>${d}/700Bold</dir>`])
      .join('\n')}\n  <cachedir>${dir}/cache</cachedir>\n</fontconfig>\n`,
  );
  return file;
}
