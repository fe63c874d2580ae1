// `::answers{#quiz}`: a slide with each question's right option for the debrief; in the deck, slides PDF and guide,
// never in the participants' handouts or worksheets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPages, slideTexts, squash } from './support/artefacts.js';
import { buildEdited } from './support/edited-build.js';
import { withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

const PROMPT = `Which is "right" for Tom & Jerry <Ltd>, 'Ελλάδα'?`;

describe('quiz answers slide', () => {
  it('lists each question with its right option, and stays out of handouts and worksheets', async () => {
    await buildEdited(
      {
        'modules/two-jobs.md': (t) =>
          t.replace(
            '::exercise{#quick-quiz}\n',
            '::exercise{#quick-quiz}\n\n::answers{#quick-quiz}\n\n:::notes\nGo through the answers & ask why.\n:::\n',
          ),
        'exercises/quick-quiz.yaml': (t) =>
          t.replace('Which is a management task?', PROMPT.replaceAll('"', '\\"').replace(/^/, '"').replace(/$/, '"')),
      },
      ['--client', 'acme'],
      (out) => {
        const slides = slideTexts(join(out, 'acme', 'deck.pptx'));
        const index = slides.findIndex((s) => s.startsWith('Answers: Quick quiz'));
        expect(index, slides.map((s) => s.split('\n')[0]).join(' | ')).toBeGreaterThan(0);
        expect(slides[index - 1]).toMatch(/Quick quiz/);
        expect(slides[index]).toContain('B  Kotter');
        expect(slides[index]).toContain('Which is “right” for Tom & Jerry <Ltd>, ‘Ελλάδα’?');
        expect(slides[index]).toContain('A  Budgeting');

        expect(squash(pdfPages(join(out, 'acme', 'slides.pdf')).join(' '))).toContain('Answers: Quick quiz');
        expect(squash(pdfPages(join(out, 'acme', 'handouts.pdf')).join(' '))).not.toContain('Answers: Quick quiz');
        expect(squash(pdfPages(join(out, 'acme', 'handouts.pdf')).join(' '))).toContain('Quick quiz');
        expect(squash(pdfPages(join(out, 'acme', 'worksheets.pdf')).join(' '))).not.toContain('Answers');
        expect(squash(pdfPages(join(out, 'acme', 'facilitator-guide.pdf')).join(' '))).toContain('Answers: Quick quiz');
      },
    );
  });

  it('is an error for an exercise that is not a quiz, or a quiz no module embeds', async () => {
    await withEditedBase(
      {
        'modules/two-jobs.md': (t) =>
          `${t}\n## Answers\n::answers{#reflect}\n\n::answers{#sort-statements}\n\n::answers{#quick-quizz}\n`,
      },
      async (dir) => {
        const run = await runCli(['--content', dir, '--check']);
        expect(run.code).toBe(1);
        const keys = diagnosticKeys(run.stderr);
        expect(keys.filter((k) => k.endsWith('reference/answers'))).toHaveLength(2);
        expect(run.stderr).toContain('`reflect` is a reflection exercise');
        expect(run.stderr).toContain('unknown exercise `quick-quizz`; did you mean `quick-quiz`?');
      },
    );
  });
});
