// Reads PDFs with tools nobody on the team wrote (poppler, qpdf), for structural checks in tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'wk-pdf-'));
// Gone with the test process: hundreds of runs would otherwise leave hundreds of folders of PDFs behind.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Writes bytes to a temp file and returns its path (tools read files). */
export function toFile(bytes: Uint8Array, name = 'doc'): string {
  const file = join(dir, `${name}-${++n}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Extracted text; `raw` keeps content-stream order (a cell's lines stay together). */
export function pdfText(file: string, opts: { raw?: boolean; first?: number; last?: number } = {}): string {
  const args = [
    ...(opts.raw ? ['-raw'] : ['-layout']),
    ...(opts.first ? ['-f', String(opts.first)] : []),
    ...(opts.last ? ['-l', String(opts.last)] : []),
    file,
    '-',
  ];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** Whitespace collapsed to single spaces, for phrase checks across line breaks. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Rows of pdffonts: font name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type encoding emb sub uni object ID: emb is 5th from the end.
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** qpdf --check: exit 0 and no warnings means structurally sound. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { ok: r.status === 0 && !/WARNING/i.test(r.stdout + r.stderr), output: r.stdout + r.stderr };
}

/** The uncompressed object text (qpdf --qdf), to look for catalog entries such as /StructTreeRoot. */
export function qdf(file: string): string {
  return execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
    encoding: 'latin1',
    maxBuffer: 64 << 20,
  });
}
