// Decks `workshop-kit import` cannot read get a clear message and exit 1, and nothing is written: not a zip, a
// password-protected file, an old binary .ppt, a Keynote file, a Word document. A hostile package is held to the
// template reader's limits: a zip bomb and a DTD are refused, an entry or a link outside the package never followed.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_LIMITS } from '../src/template/package.js';
import { makeDeck, placeholder, resetIds } from './support/powerpoint-deck.js';
import { runCli } from './support/run.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An OLE compound file's header, with a stream named `stream` in its directory (names are UTF-16). */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(
    [...stream].flatMap((c) => [c.charCodeAt(0), 0]),
    1024,
  );
  return bytes;
}

async function importing(name: string, bytes: Uint8Array) {
  const file = join(work, name);
  writeFileSync(file, bytes);
  const out = join(work, `${name}-content`);
  const run = await runCli(['import', file, '--out', out]);
  return { ...run, out, file };
}

async function simpleDeck(): Promise<Record<string, Uint8Array>> {
  resetIds();
  return unzipSync(
    await makeDeck({
      slides: [
        {
          layout: 2,
          shapes: [placeholder('<p:ph type="title"/>', ['Hello']), placeholder('<p:ph idx="1"/>', ['A point'])],
        },
      ],
    }),
  );
}

describe('import of a deck it cannot read', () => {
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, RegExp][] = [
    ['notes.pptx', () => strToU8('just some text'), /is not a PowerPoint file \(it is not a zip package\)/],
    ['locked.pptx', () => compoundFile('EncryptedPackage'), /is password-protected; remove the password in PowerPoint/],
    ['old.ppt', () => compoundFile('PowerPoint Document'), /is an old binary PowerPoint file \(\.ppt/],
    [
      'talk.key',
      () => zipSync({ 'Index/Document.iwa': strToU8('x') }),
      /is a Keynote presentation; export it from Keynote as PowerPoint/,
    ],
    [
      'renamed.pptx',
      () => zipSync({ 'Index/Document.iwa': strToU8('x'), 'Metadata/Properties.plist': strToU8('x') }),
      /is a Keynote presentation/,
    ],
    [
      'letter.pptx',
      () => zipSync({ 'word/document.xml': strToU8('<w/>'), '[Content_Types].xml': strToU8('<Types/>') }),
      /is a Word document/,
    ],
  ];
  for (const [name, bytes, message] of cases)
    it(`says what ${name} is, exits 1 and writes nothing`, async () => {
      const run = await importing(name, await bytes());
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n')[0]).toMatch(
        new RegExp(
          `^${run.file.replace(/[.\\/]/g, '\\$&')}: error: ${name.replace('.', '\\.')} .*\\[import/unreadable\\]$`,
        ),
      );
      expect(run.stderr).toMatch(message);
      expect(existsSync(run.out)).toBe(false);
    });

  it('refuses a zip bomb before inflating it, with the limits of a template', async () => {
    const files = await simpleDeck();
    files['ppt/media/bomb.png'] = new Uint8Array(PACKAGE_LIMITS.partBytes + 1);
    const bomb = zipSync(files);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const run = await importing('bomb.pptx', bomb);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holds a part of 64 MB \(ppt\/media\/bomb\.png\); parts of a deck are at most 64 MB/);
  });

  it('refuses a part with a document type declaration (entity expansion, external entities)', async () => {
    const files = await simpleDeck();
    files['ppt/slides/slide1.xml'] = strToU8(
      strFromU8(files['ppt/slides/slide1.xml']!).replace(
        '<p:sld ',
        '<!DOCTYPE p:sld [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p:sld ',
      ),
    );
    const run = await importing('dtd.pptx', zipSync(files));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/has a part with a document type declaration \(ppt\/slides\/slide1\.xml\)/);
  });

  it('never follows an entry or a link out of the package: the deck imports without them, and the report says so', async () => {
    const files = await simpleDeck();
    files['../../evil-entry.txt'] = strToU8('zip slip');
    const rels = 'ppt/slides/_rels/slide1.xml.rels';
    files[rels] = strToU8(
      strFromU8(files[rels]!).replace(
        '</Relationships>',
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../../../../etc/passwd"/></Relationships>',
      ),
    );
    files['ppt/slides/slide1.xml'] = strToU8(
      strFromU8(files['ppt/slides/slide1.xml']!).replace(
        '</p:spTree>',
        '<p:pic><p:nvPicPr><p:cNvPr id="9" name="Escape" descr="x"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rIdX"/></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9144" cy="9144"/></a:xfrm></p:spPr></p:pic></p:spTree>',
      ),
    );
    const run = await importing('escape.pptx', zipSync(files));
    expect(run.code).toBe(0);
    expect(existsSync(join(work, '..', 'evil-entry.txt'))).toBe(false);
    const report = readFileSync(join(run.out, 'import-report.md'), 'utf8');
    expect(report).toContain('1 zip entry named outside the package is ignored (../../evil-entry.txt)');
    expect(report).toContain('a picture whose image is missing from the file is not carried');
  });

  it('refuses a folder that is not empty, and --out with --into', async () => {
    const deck = join(work, 'ok.pptx');
    writeFileSync(deck, zipSync(await simpleDeck()));
    writeFileSync(join(work, 'taken.txt'), 'mine');
    const busy = await runCli(['import', deck, '--out', work]);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toMatch(/is not empty: import writes a new content folder/);
    const both = await runCli(['import', deck, '--out', 'a', '--into', 'b']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--out and --into cannot be used together/);
    expect(readFileSync(join(work, 'taken.txt'), 'utf8')).toBe('mine');
  });
});
