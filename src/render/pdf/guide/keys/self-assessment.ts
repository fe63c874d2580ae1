// Self-assessment key: which statements add up to which dimension, the possible range, and what a score means.
import { say } from '../../../../i18n/locale.js';
import { blocks } from '../../blocks.js';
import { heading, indent, label } from '../../boxes.js';
import type { Box } from '../../document.js';
import { INK, mm, SPACE } from '../../style.js';
import { table } from '../../table.js';
import type { KeyRenderer } from './types.js';

/** The scoring table, then one short interpretation per dimension. */
export const selfAssessmentKey: KeyRenderer<'self-assessment'> = (ctx, parent, key, g, col) => {
  const src = g.exercise.source;
  const rangeW = mm(28);
  const dimW = Math.min(mm(45), col.width * 0.3);
  const out: Box[] = [
    label(ctx, parent, say(ctx.locale, 'scoring'), col, { before: SPACE.l }),
    ...table(ctx, parent, col, {
      widths: [dimW, col.width - dimW - rangeW, rangeW],
      header: [
        { text: say(ctx.locale, 'dimension') },
        { text: say(ctx.locale, 'add-up-statements') },
        { text: say(ctx.locale, 'possible-score') },
      ],
      rows: key.scoring.map((s) => [
        { text: s.dimension, style: { bold: true } },
        { text: s.statements.join(' + ') },
        { text: `${s.lowest}–${s.highest}` },
      ]),
      keepTogether: true,
      before: SPACE.xs,
      source: src,
    }),
  ];
  const statements = g.worksheet?.kind === 'self-assessment' ? g.worksheet.statements : [];
  if (statements.length > 0) {
    const dimOf = new Map<number, string>();
    for (const s of key.scoring) for (const n of s.statements) dimOf.set(n, s.dimension);
    const numW = mm(9);
    out.push(
      ...table(ctx, parent, col, {
        widths: [numW, col.width - numW - dimW, dimW],
        // Mirrored in a right-to-left kit: the number against its statement, the text where its own words start.
        align: ctx.rtl ? ['left', null, null] : ['right', 'left', 'left'],
        header: [
          { text: say(ctx.locale, 'number-sign') },
          { text: say(ctx.locale, 'statement') },
          { text: say(ctx.locale, 'counts-toward') },
        ],
        rows: statements.map((text, i) => [
          { text: String(i + 1), style: { color: INK.muted } },
          { text },
          { text: dimOf.get(i + 1) ?? '—' },
        ]),
        before: SPACE.m,
        source: src,
      }),
    );
  }
  if (key.interpretation.length > 0) {
    out.push(label(ctx, parent, say(ctx.locale, 'interpretation'), col, { before: SPACE.l }));
    const inner = indent(col, 0);
    for (const it of key.interpretation) {
      out.push(heading(ctx, parent, it.dimension, 4, inner, { source: src, before: SPACE.s }));
      out.push(...blocks(ctx, parent, it.text, inner, { before: 0 }));
    }
  }
  return out;
};
