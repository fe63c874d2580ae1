// A deck workshop-kit built and saved again by another program (LibreOffice writes its own name into the package,
// so the package no longer says who built it) still carries the lines the build draws on its slides: each content
// slide's progress line ("2 · Two jobs, one organisation", at its foot) and each module opener's time line
// ("08:45–09:25 · 40 min", over its title). Read as text they would come back as content, and the build would draw
// them again beside it. They are known by their place and by their words against the deck's own agenda (the
// module's number and title, its span and minutes), so a line of the user's own, even one on every slide, is kept.

import { languageOf, resolveLocale, say } from '../i18n/locale.js';
import { agendaRows, CLOCK, clockOf } from './built-frame.js';
import type { Frame, ImportedSlide, Loss, Paragraph } from './types.js';

/** The agenda's modules, in order, and the slide's height in inches. */
export interface KitAgenda {
  modules: { title: string; from: string; to: string; minutes: number }[];
  height: number;
}

export type KitLine = 'progress' | 'time';

/** The agenda of a deck that reads as one workshop-kit built, or undefined. */
export function kitAgendaOf(
  slides: readonly ImportedSlide[],
  language: string | undefined,
  height: number,
): KitAgenda | undefined {
  const locale = resolveLocale(language && languageOf(language) ? language : 'en-GB');
  const agenda = slides.find(
    (s) => !s.hidden && s.titlePlain === say(locale, 'agenda') && s.blocks.some((b) => b.kind === 'table'),
  );
  const modules = agenda ? agendaRows(agenda).filter((r) => !r.isBreak) : [];
  if (modules.length === 0 || !(height > 0)) return undefined;
  return { modules: modules.map((r) => ({ title: r.session, from: r.from, to: r.to, minutes: r.minutes })), height };
}

const PROGRESS = /^(\d+)\s*·\s*(.+)$/;
const TIME = new RegExp(`^${CLOCK}\\s*[–-]\\s*${CLOCK}\\s*·\\s*(\\d+)\\D*$`);
const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Which of the kit's lines a text box is, if it is one: one paragraph, where the build puts it, saying what the agenda says. */
export function kitLine(
  paragraphs: readonly Paragraph[],
  frame: Frame | undefined,
  agenda: KitAgenda,
): KitLine | undefined {
  if (paragraphs.length !== 1 || !frame) return undefined;
  const text = squeezed(paragraphs[0]!.plain);
  // The progress line stands in the slide's footer band, below the body.
  if (frame.y >= 0.8 * agenda.height) {
    const m = PROGRESS.exec(text) ?? /^(\d+)$/.exec(text);
    const module = m ? agenda.modules[Number(m[1]) - 1] : undefined;
    if (!module) return undefined;
    const title = m![2];
    // Where the footer is narrow the build shortens the title at a word, with an ellipsis, or leaves only the number.
    if (title === undefined || title === squeezed(module.title)) return 'progress';
    const cut = title.endsWith('…') ? title.slice(0, -1) : undefined;
    return cut && `${squeezed(module.title)} `.startsWith(`${cut} `) ? 'progress' : undefined;
  }
  // The time line stands over an opener's title, in the slide's top third.
  if (frame.y + frame.h <= agenda.height / 3) {
    const m = TIME.exec(text);
    if (!m) return undefined;
    const from = clockOf(m[1]!, m[2]!, m[3] ?? m[6]);
    const to = clockOf(m[4]!, m[5]!, m[6]);
    const minutes = Number(m[7]);
    return agenda.modules.some((r) => r.from === from && r.to === to && r.minutes === minutes) ? 'time' : undefined;
  }
  return undefined;
}

/** The report's line on the kit's lines left out: which, and on which slides. */
export function kitLosses(found: readonly { slide: number; line: KitLine; text: string }[]): Loss[] {
  const said: Record<KitLine, string> = {
    progress:
      'the progress line at the foot of each content slide (the module’s number and title, as the agenda lists them',
    time: 'the time line over each module’s opening slide (its span and minutes, as the agenda gives them',
  };
  return (['progress', 'time'] as const).flatMap((line) => {
    const of = found.filter((f) => f.line === line);
    if (of.length === 0) return [];
    const slides = [...new Set(of.map((f) => f.slide))];
    return [
      {
        kind: 'kit' as const,
        message: `${said[line]}: “${of[0]!.text}”) is workshop-kit’s own, drawn by the build on every deck it makes: left out on slide${slides.length === 1 ? '' : 's'} ${slides.join(', ')}, as the build draws it again`,
      },
    ];
  });
}
