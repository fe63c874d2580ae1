// `only:`/`except:` on a module and `:::only`/`:::except` blocks: what a client does not get is absent from its whole kit.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { HOSTILE } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

/** The base fixture's practice module with a block for acme alone and one for everyone else. */
function practiceWithFilters(text: string): string {
  return text
    .replace(
      '## A case\n::exercise{#case}',
      `::::only{clients="acme"}\n## A case\n::exercise{#case}\n\n:::notes\nOnly acme hears this: ${HOSTILE}.\n:::\n::::`,
    )
    .replace(
      '## Plan\n',
      `:::except{clients="acme"}\n## Für alle anderen: ${HOSTILE}\n- A point for every client but acme\n:::\n\n## Plan\n`,
    );
}

const EXTRA = `---\ntitle: Acme's own module\nminutes: 10\nonly: [acme]\n---\n\n## Acme's own slide: ${HOSTILE}\n- Just for them\n`;

describe('per-client slides and modules', () => {
  it('keeps a block and a module for the clients they name, from deck, slides, worksheets, guide and run sheet alike', async () => {
    await buildEdited(
      {
        'modules/practice.md': practiceWithFilters,
        'modules/acme-extra.md': () => EXTRA,
        'workshop.yaml': (t) => t.replace('  - practice\n', '  - practice\n  - acme-extra\n'),
      },
      [],
      (out) => {
        const acme = slideTexts(join(out, 'acme', 'deck.pptx')).join('\n');
        const short = slideTexts(join(out, 'short', 'deck.pptx')).join('\n');
        expect(acme).toContain('A case');
        expect(acme).toContain('Acme’s own slide');
        expect(acme).not.toContain('Für alle anderen');
        expect(short).not.toContain('A case');
        expect(short).not.toContain('Acme’s own');
        expect(short).toContain(`Für alle anderen: Tom & Jerry <Ltd>`);
        expect(slideNotes(join(out, 'acme', 'deck.pptx')).join(' ')).toContain(
          'Only acme hears this: Tom & Jerry <Ltd>',
        );
        expect(slideNotes(join(out, 'short', 'deck.pptx')).join(' ')).not.toContain('Only acme');

        // The scenario is acme's alone: short's worksheets, guide and slides PDF hold nothing of it.
        const caseText = 'Ana wants to launch a product line';
        for (const file of ['worksheets.pdf', 'facilitator-guide.pdf', 'slides.pdf', 'handouts.pdf']) {
          const acmeText = squash(pdfPages(join(out, 'acme', file)).join(' '));
          const shortText = squash(pdfPages(join(out, 'short', file)).join(' '));
          if (file !== 'slides.pdf' && file !== 'handouts.pdf') expect(acmeText, `acme ${file}`).toContain(caseText);
          expect(shortText, `short ${file}`).not.toContain(caseText);
          expect(shortText, `short ${file}`).not.toContain('The new product line');
          expect(shortText, `short ${file}`).not.toContain('Acme’s own');
        }
        // Acme's session is its extra module longer: the workshop's 135 minutes are for a client no filter names.
        const acmeGuide = squash(pdfPages(join(out, 'acme', 'facilitator-guide.pdf')).join(' '));
        expect(acmeGuide).toContain('Acme’s own module');
        expect(acmeGuide).toMatch(/145\s*min/);
      },
    );
  });

  it('checks the client ids at their line, with did-you-mean, and a client running order naming a module kept from it', async () => {
    await withEditedBase(
      {
        'modules/practice.md': (t) =>
          practiceWithFilters(t).replace('clients="acme"}\n## A case', 'clients="acme shrot"}\n## A case'),
        'modules/acme-extra.md': () => EXTRA.replace('only: [acme]', 'only: [acmee]'),
        'clients/short.yaml': (t) =>
          t.replace(
            'modules: [welcome, two-jobs, break: 5, practice]',
            'modules: [welcome, two-jobs, break: 5, practice, acme-extra]',
          ),
      },
      async (dir) => {
        const run = await runCli(['--content', dir, '--check']);
        expect(run.code).toBe(1);
        const keys = diagnosticKeys(run.stderr);
        expect(keys).toContain('modules/acme-extra.md:4:8 reference/client');
        expect(
          keys.some((k) => /^modules\/practice\.md:\d+:1 reference\/client$/.test(k)),
          keys.join('\n'),
        ).toBe(true);
        expect(
          keys.some((k) => /^clients\/short\.yaml:\d+:\d+ reference\/module-excluded$/.test(k)),
          keys.join('\n'),
        ).toBe(true);
        expect(run.stderr).toContain('unknown client `shrot` in `:::only`; did you mean `short`?');
        expect(run.stderr).toContain('unknown client `acmee` in `only:`; did you mean `acme`?');
        expect(run.stderr).toContain('module `acme-extra` is not in this client');
      },
    );
  });

  it('says how to nest notes in a filter block, and reports one left open', async () => {
    await withEditedBase(
      {
        'modules/practice.md': (t) =>
          t
            .replace(
              '## A case\n::exercise{#case}',
              ':::only{clients="acme"}\n## A case\n::exercise{#case}\n\n:::notes\nFor acme.\n:::\n:::',
            )
            .replace('## Plan\n', ':::except{clients="acme"}\n## Plan\n'),
      },
      async (dir) => {
        const run = await runCli(['--content', dir, '--check']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('write the outer one with four colons, `::::only{clients="acme"}`');
        expect(diagnosticKeys(run.stderr).some((k) => k.endsWith('module/unclosed-filter'))).toBe(true);
      },
    );
  });
});
