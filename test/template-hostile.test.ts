// A client's template is untrusted input that ends up in a deck sent to other people: crafted packages (zip-slip
// entry names, links outside the package, external links PowerPoint would fetch, DTDs, zip bombs, lying sizes,
// pictures of billions of pixels) are refused or cleaned, never carried into the deck.
import { rmSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_LIMITS } from '../src/template/package.js';
import { readTemplate, TemplateProblem } from '../src/template/read.js';
import { png } from './support/crafted.js';
import { makeTemplate } from './support/make-template.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild, templateCheck } from './support/template-build.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MASTER = 'ppt/slideMasters/slideMaster1.xml';
const MASTER_RELS = 'ppt/slideMasters/_rels/slideMaster1.xml.rels';
const LAYOUT_RELS = 'ppt/slideLayouts/_rels/slideLayout2.xml.rels';

const edit = (files: Record<string, Uint8Array>, name: string, change: (xml: string) => string) => {
  files[name] = strToU8(change(strFromU8(files[name]!)));
};

/**
 * The shapes an audit crafted: a zip entry named outside the package, a layout link that climbs out of it, external
 * links to a local file, a Windows share and a tracking address (a picture, a hyperlink), a tag part, and a picture
 * whose header claims 20000 × 20000 pixels on a layout.
 */
async function hostileTemplate(): Promise<Uint8Array> {
  const files = unzipSync(await makeTemplate({ picture: true }));
  edit(files, MASTER_RELS, (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="rIdX1" Type="${REL}/image" Target="file:///etc/passwd" TargetMode="External"/>` +
        `<Relationship Id="rIdX2" Type="${REL}/image" Target="\\\\evilhost\\share\\x.png" TargetMode="External"/>` +
        `<Relationship Id="rIdX3" Type="${REL}/hyperlink" Target="http://evilhost/track.png" TargetMode="External"/>` +
        `<Relationship Id="rIdX4" Type="${REL}/slideLayout" Target="/../../../../tmp/evil-layout.xml"/>` +
        `<Relationship Id="rIdX5" Type="${REL}/image" Target="//evilhost/abs.png"/>` +
        `<Relationship Id="rIdX6" Type="${REL}/tags" Target="../tags/tag1.xml"/></Relationships>`,
    ),
  );
  const pic = (id: number, blip: string) =>
    `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="Tracker ${id}"/><p:cNvPicPr/><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill>${blip}<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9144" cy="9144"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
  const link =
    '<p:sp><p:nvSpPr><p:cNvPr id="93" name="Link"><a:hlinkClick r:id="rIdX3"/></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="91440"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="800"><a:hlinkClick r:id="rIdX3"/></a:rPr><a:t>www.example.com</a:t></a:r></a:p></p:txBody></p:sp>';
  edit(files, MASTER, (x) =>
    x
      .replace(
        '</p:spTree>',
        `${pic(91, '<a:blip r:link="rIdX1"/>')}${pic(92, '<a:blip r:embed="rIdX5" r:link="rIdX2"/>')}${link}</p:spTree><p:custDataLst><p:tags r:id="rIdX6"/></p:custDataLst>`,
      )
      .replace('</p:sldLayoutIdLst>', '<p:sldLayoutId id="2147483700" r:id="rIdX4"/></p:sldLayoutIdLst>'),
  );
  files['ppt/tags/tag1.xml'] = strToU8(
    '<?xml version="1.0"?><p:tagLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:tag name="X" val="1"/></p:tagLst>',
  );
  files['../../../../tmp/evil-entry.txt'] = strToU8('zip slip');
  files['ppt/media/huge.png'] = new Uint8Array(png({ width: 20_000, height: 20_000, headerOnly: true }));
  edit(files, LAYOUT_RELS, (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="rIdH" Type="${REL}/image" Target="../media/huge.png"/></Relationships>`,
    ),
  );
  edit(files, 'ppt/slideLayouts/slideLayout2.xml', (x) =>
    x.replace('</p:spTree>', `${pic(94, '<a:blip r:embed="rIdH"/>')}</p:spTree>`),
  );
  return zipSync(files);
}

/** A zip whose central directory and local header declare `size` bytes for `name`, whatever its data inflates to. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const at = (offset: number, length: number) => out.subarray(i + offset, i + offset + length);
    if (
      sig === 0x04034b50 &&
      view.getUint16(i + 26, true) === encoded.length &&
      at(30, encoded.length).every((b, k) => b === encoded[k])
    )
      view.setUint32(i + 22, size, true);
    if (
      sig === 0x02014b50 &&
      view.getUint16(i + 28, true) === encoded.length &&
      at(46, encoded.length).every((b, k) => b === encoded[k])
    )
      view.setUint32(i + 24, size, true);
  }
  return out;
}

const problem = (bytes: Uint8Array) => {
  try {
    readTemplate(bytes);
  } catch (error) {
    if (error instanceof TemplateProblem) return error.message;
    throw error;
  }
  return undefined;
};

describe('reading a crafted template', () => {
  let hostile: Uint8Array;
  beforeAll(async () => {
    hostile = await hostileTemplate();
  });

  it('keeps only the parts a deck needs, inside the package, without outside links, and says what it left out', () => {
    const info = readTemplate(hostile);
    const names = Object.keys(info.parts);
    expect(names.filter((n) => n.includes('..') || n.startsWith('/') || n.includes('evil'))).toEqual([]);
    expect(names.filter((n) => /tags|huge/.test(n))).toEqual([]);
    expect(names).toContain('ppt/media/image1.png');
    const xml = names.map((n) => strFromU8(info.parts[n]!)).join('\n');
    for (const gone of ['TargetMode', 'etc/passwd', 'evilhost', 'rIdX', 'rIdH', '<p:tags', '<!DOCTYPE'])
      expect(xml).not.toContain(gone);
    // The hyperlink's text stays, without the link; the pictures stay as empty pictures; the real logo is untouched.
    expect(xml).toContain('www.example.com');
    expect(xml).toMatch(/<a:blip\/>/);
    expect(info.layouts.length).toBe(6);
    expect(info.notices.join('\n')).toMatch(
      /1 zip entry named outside the package is ignored \(\.\.\/\.\.\/\.\.\/\.\.\/tmp\/evil-entry\.txt\)/,
    );
    expect(info.notices.join('\n')).toMatch(
      /3 links to outside files or addresses are not carried into the deck.*file:\/\/\/etc\/passwd/,
    );
    expect(info.notices.join('\n')).toMatch(/2 links to places outside the package are not carried/);
    expect(info.notices.join('\n')).toMatch(/1 picture of more than 40 megapixels is left out.*huge\.png/);
  });

  it('refuses a document type declaration in any part it reads (entity expansion, external entities)', async () => {
    const files = unzipSync(await makeTemplate());
    edit(files, MASTER, (x) =>
      x.replace(
        '<p:sldMaster',
        '<!DOCTYPE p:sldMaster [<!ENTITY lol "lol"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><p:sldMaster',
      ),
    );
    expect(problem(zipSync(files))).toMatch(/document type declaration \(ppt\/slideMasters\/slideMaster1\.xml\)/);
    const themed = unzipSync(await makeTemplate());
    edit(themed, 'ppt/theme/theme1.xml', (x) =>
      x.replace('<a:theme', '<!DOCTYPE a:theme SYSTEM "http://evilhost/x.dtd"><a:theme'),
    );
    expect(problem(zipSync(themed))).toMatch(/document type declaration \(ppt\/theme\/theme1\.xml\)/);
  });

  it('refuses a part over the size limit before inflating it, and a part whose data outgrows its declared size is cut there', async () => {
    const files = unzipSync(await makeTemplate());
    files['ppt/media/bomb.png'] = new Uint8Array(PACKAGE_LIMITS.partBytes + 1);
    const bomb = zipSync(files);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(problem(bomb)).toMatch(
      /holds a part of 64 MB \(ppt\/media\/bomb\.png\); parts of a template are at most 64 MB/,
    );
    // A theme declared at 100 bytes: only 100 bytes are inflated, which is not a whole theme.
    expect(problem(declareSize(zipSync(unzipSync(await makeTemplate())), 'ppt/theme/theme1.xml', 100))).toMatch(
      /not well-formed XML \(ppt\/theme\/theme1\.xml\)/,
    );
  });

  it('refuses a package of more entries than any template has, and a slide size PowerPoint cannot show', async () => {
    const files = unzipSync(await makeTemplate());
    for (let i = 0; i <= PACKAGE_LIMITS.entries; i++) files[`customXml/item${i}.xml`] = new Uint8Array();
    expect(problem(zipSync(files))).toMatch(/holds more than 5000 files/);
    const huge = unzipSync(await makeTemplate());
    edit(huge, 'ppt/presentation.xml', (x) =>
      x.replace(/<p:sldSz [^>]*\/>/, '<p:sldSz cx="2147483647" cy="6858000"/>'),
    );
    expect(problem(zipSync(huge))).toMatch(
      /slide size of 2348.5 × 7.5 in; PowerPoint's slides are 1 to 56 inches a side/,
    );
  });
});

describe('a deck on a crafted template', () => {
  let built: TemplateBuild;
  beforeAll(async () => {
    built = await buildOnTemplate(await hostileTemplate());
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('builds a valid deck that holds nothing from outside the package, and warns at the template line', () => {
    expect(built.code).toBe(0);
    const warnings = built.errors.filter((l) => l.includes('[template/left-out]'));
    expect(warnings.length).toBe(4);
    expect(warnings[0]).toMatch(/^clients\/acme\.yaml:\d+:\d+: .*template `assets\/templates\/client\.potx`/);
    const deck = built.deck();
    const files = unzipSync(deck);
    expect(Object.keys(files).filter((n) => n.includes('..') || n.startsWith('/') || /evil|tags|huge/.test(n))).toEqual(
      [],
    );
    const xml = Object.entries(files)
      .filter(([n]) => /\.(xml|rels)$/.test(n))
      .map(([, d]) => strFromU8(d))
      .join('\n');
    for (const gone of ['etc/passwd', 'evilhost', '<!DOCTYPE', '<!ENTITY']) expect(xml).not.toContain(gone);
    expect(validatePptx(deck)).toEqual([]);
  });

  it('`template check` names what the deck leaves out', async () => {
    const check = await templateCheck(built.templatePath);
    expect(check.code).toBe(0);
    const lines = check.err.split('\n');
    expect(lines.filter((l) => l.includes('[template/left-out]')).length).toBe(4);
  });
});
