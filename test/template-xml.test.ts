// A client's template is read and merged as XML: the same template written with other namespace prefixes and single
// quotes (legal XML other tools write) gives the same deck, its theme colours named on the slides as before.
import { rmSync } from 'node:fs';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templatePackage } from '../src/render/pptx/client-template.js';
import { readTemplate } from '../src/template/read.js';
import type { DeckTemplate } from '../src/template/types.js';
import { makeTemplate, type TemplateSpec } from './support/make-template.js';
import { buildOnTemplate } from './support/template-build.js';

/** A node as data: namespace and local name, attributes by namespace and name (declarations aside), text, children. */
function shape(node: XmlNode): unknown {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue;
  if (node.nodeType !== 1) return undefined;
  const el = node as XmlElement;
  const attributes = Array.from({ length: el.attributes.length }, (_, i) => el.attributes.item(i)!)
    .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
    .map((a) => `{${a.namespaceURI ?? ''}}${a.localName}=${a.value}`)
    .sort();
  const children = Array.from({ length: el.childNodes.length }, (_, i) => shape(el.childNodes.item(i)!)).filter(
    (c) => c !== undefined,
  );
  return { name: `{${el.namespaceURI}}${el.localName}`, attributes, children };
}

const parsed = (bytes: Uint8Array) =>
  shape(new DOMParser().parseFromString(strFromU8(bytes), 'text/xml').documentElement as unknown as XmlNode);

/** Parts carried from the template: written as its author wrote them, prefixes included. */
const CARRIED = /^ppt\/(theme|slideMasters|slideLayouts)\/[^/]+\.xml$/;

describe('a template written with other prefixes and in single quotes', () => {
  it('gives the deck the same template gives written the usual way, its theme colours named on the slides', async () => {
    // The template's accents are acme's brand colours: slides name them as theme colours, read from its theme.
    const spec: TemplateSpec = {
      colours: { accent1: '0B5FFF', accent2: 'FFB000' },
      titleStyle: { font: 'Georgia' },
      picture: true,
      exampleSlides: 2,
    };
    const usual = await buildOnTemplate(await makeTemplate(spec));
    const foreign = await buildOnTemplate(await makeTemplate({ ...spec, foreignXml: true }));
    try {
      expect(foreign.code).toBe(0);
      expect(foreign.errors).toEqual(usual.errors);
      const [a, b] = [unzipSync(usual.deck()), unzipSync(foreign.deck())];
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      for (const name of Object.keys(a)) {
        if (CARRIED.test(name)) expect(parsed(b[name]!), name).toEqual(parsed(a[name]!));
        else expect(strFromU8(b[name]!), name).toBe(strFromU8(a[name]!));
      }
      const slides = Object.keys(b)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => strFromU8(b[n]!))
        .join('');
      expect(slides).toContain('<a:schemeClr val="accent1"/>');
      expect(slides).not.toContain('<a:srgbClr val="0B5FFF"/>');
      // The theme travels as it was written.
      expect(strFromU8(b['ppt/theme/theme1.xml']!)).toContain('<d:clrScheme');
    } finally {
      rmSync(usual.root, { recursive: true, force: true });
      rmSync(foreign.root, { recursive: true, force: true });
    }
  }, 60_000);
});

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('the presentation part on a template', () => {
  it("is pointed at the template's size and masters as XML, whatever its prefixes and quotes", async () => {
    const info = readTemplate(await makeTemplate());
    const layout = (name: string) => info.layouts.find((l) => l.name === name)!;
    const template: DeckTemplate = {
      path: 'assets/t.potx',
      parts: info.parts,
      slideSize: info.slideSize,
      masters: info.masters.map(({ id, part }) => ({ id, part })),
      layouts: {
        title: layout('Title Slide'),
        section: layout('Section Header'),
        content: layout('Title and Content'),
        'title-only': layout('Title Only'),
        closing: layout('Section Header'),
      },
      furniture: [],
      fills: {},
    };
    const pkg = templatePackage(template);
    const presentation = pkg.presentation(
      `<?xml version='1.0' encoding='UTF-8'?><x:presentation xmlns:x='${P}' xmlns:rel='${R}'><x:sldMasterIdLst><x:sldMasterId id='7' rel:id='rId9'/></x:sldMasterIdLst><x:sldSz cx='1' cy='2' type='screen4x3'/><x:notesSz cx='3' cy='4'/></x:presentation>`,
    );
    expect(presentation).toContain(
      `<x:sldMasterIdLst><x:sldMasterId id="2147483648" rel:id="rIdTplMaster1"/></x:sldMasterIdLst>`,
    );
    expect(presentation).toContain(
      `<x:sldSz cx="${info.slideSize.cx}" cy="${info.slideSize.cy}"/><x:notesSz cx="3" cy="4"/>`,
    );
    const rels = pkg.presentationRels(
      `<Relationships xmlns='${RELS}'><Relationship Id='rId9' Type='${R}/slideMaster' Target='slideMasters/slideMaster1.xml'/><Relationship Target='theme/theme1.xml' Type='${R}/theme' Id='rId2'/></Relationships>`,
    );
    expect(rels).not.toContain('rId9');
    expect(rels).toContain(
      `<Relationship Target="theme/theme1.xml" Type="${R}/theme" Id="rId2"/><Relationship Id="rIdTplMaster1" Type="${R}/slideMaster" Target="slideMasters/slideMaster1.xml"/></Relationships>`,
    );
  });
});
