// Writes the bad-template fixtures under test/fixtures/bad/ (run with `npx tsx test/support/write-template-fixtures.ts`
// after changing make-template.ts); the files are committed so the bad-input suite reads them like any other fixture.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { makeTemplate, standardLayouts } from './make-template.js';

const BAD = join(import.meta.dirname, '..', 'fixtures', 'bad');
const ACME = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'base', 'clients', 'acme.yaml'), 'utf8');

function fixture(
  name: string,
  description: string,
  bytes: Uint8Array,
  expect: string,
  mentions: string[],
  extra = '',
): void {
  const dir = join(BAD, name);
  mkdirSync(join(dir, 'content', 'assets'), { recursive: true });
  mkdirSync(join(dir, 'content', 'clients'), { recursive: true });
  writeFileSync(join(dir, 'content', 'assets', 'client-template.potx'), bytes);
  writeFileSync(join(dir, 'content', 'clients', 'acme.yaml'), `${ACME}template: assets/client-template.potx\n${extra}`);
  writeFileSync(
    join(dir, 'case.yaml'),
    `description: ${JSON.stringify(description)}\nexpect:\n  - "${expect}"\nmentions:\n${mentions.map((m) => `  - ${JSON.stringify(m)}`).join('\n')}\n`,
  );
}

const at = 'clients/acme.yaml:13:11';
const good = await makeTemplate();

fixture(
  'template-not-a-zip',
  'A template that is a text file renamed to .potx',
  strToU8('This is not a PowerPoint file.\n'),
  `${at} template/unusable`,
  ['is not a PowerPoint file'],
);
fixture(
  'template-password',
  'A password-protected template (PowerPoint saves it as an encrypted compound file)',
  Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
  `${at} template/unusable`,
  ['password-protected'],
);
fixture(
  'template-word-document',
  'A Word document named as a template',
  zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ),
  }),
  `${at} template/unusable`,
  ['is a Word document'],
);
const parts = unzipSync(await makeTemplate({ picture: true }));
delete parts['ppt/media/image1.png'];
fixture(
  'template-missing-picture',
  'A template whose master uses a picture the package lacks',
  zipSync(parts),
  `${at} template/unusable`,
  ['lacks ppt/media/image1.png, which slideMaster1.xml uses'],
);
fixture(
  'template-no-title-layout',
  'A template none of whose layouts has a title placeholder',
  await makeTemplate({
    layouts: standardLayouts().map((l) => ({
      ...l,
      placeholders: l.placeholders.filter((p) => p.type !== 'title' && p.type !== 'ctrTitle'),
    })),
  }),
  `${at} template/unusable`,
  ['has no layout with a title placeholder'],
);
fixture(
  'template-layout-unknown',
  'template-layouts names a layout the template does not have',
  good,
  'clients/acme.yaml:15:12 template/layout-unknown',
  ['no layout named "Inhalt mit Überschrift"', '"Title and Content"'],
  'template-layouts:\n  content: Inhalt mit Überschrift\n',
);
