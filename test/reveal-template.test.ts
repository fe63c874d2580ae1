// Click-builds on a client's template: the revealed list is in the template's own body placeholder, whose text the
// template styles, and its clicks name that placeholder; the deck stays schema-valid.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, clicksOf, P, slideDocs, targetShapes, titleOf } from './support/deck-clicks.js';
import { HOSTILE } from './support/deck-xml.js';
import { makeTemplate } from './support/make-template.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';

const MODULE = `
## Step by step

:::reveal
- ${HOSTILE}
- Ελλάδα and Київ
  - with a sub-item
:::
`;

describe('click-builds on a client template', () => {
  let built: TemplateBuild;
  beforeAll(async () => {
    built = await buildOnTemplate(await makeTemplate(), {
      edits: { 'modules/welcome.md': (text) => text + MODULE },
    });
    // The template's own warnings (its fonts, the client's logo left out) are not this test's business.
    expect(built.errors.filter((line) => !line.includes(': warning: '))).toEqual([]);
    expect(built.code).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(built.root, { recursive: true, force: true }));

  it('shows each item of the template’s body placeholder on its click, in a schema-valid deck', () => {
    expect(validatePptx(built.deck())).toEqual([]);
    const slide = slideDocs(built.deck()).find((s) => titleOf(s.doc) === 'Step by step')!;
    const curled = HOSTILE.replace(/"(\w)"/, '“$1”').replace(/'(\w)'/, '‘$1’');
    expect(clicksOf(slide.doc).map((c) => c.texts)).toEqual([[curled], ['Ελλάδα and Київ', 'with a sub-item']]);
    const [shape, ...others] = targetShapes(slide.doc);
    expect(others).toEqual([]);
    expect(all(shape!, P, 'ph')).toHaveLength(1);
  });
});
