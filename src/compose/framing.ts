// The slides the tool adds around the modules: the cover, the agenda and the closing slide, with their notes.
import type { ValidContent } from '../content/types.js';
import { lateStartSentences } from '../i18n/late-start.js';
import { clock, clockSpan, type Locale, listComma, say, wordSpace } from '../i18n/locale.js';
import type { Block, ClientInfo, DeckModel, Slide, Source } from '../model/deck.js';
import { thanksTheRoom } from './closing.js';
import { qrCode } from './qr.js';

export interface DeckFacts {
  locale: Locale;
  agenda: DeckModel['agenda'];
  info: ClientInfo;
  theme: DeckModel['theme'];
  title: string;
  subtitle: string | undefined;
  /** The online feedback form's address: its QR code goes on the closing slide. */
  feedback?: string;
  t: (s: string) => string;
}

/** The deck's slides: the cover and the agenda, the modules' slides, and a closing slide unless the last one thanks the room. */
export function deckSlides(content: ValidContent, moduleSlides: Slide[], deck: DeckFacts): Slide[] {
  const frame = framingSlides(content, deck);
  return [
    frame.title,
    frame.agenda,
    ...moduleSlides,
    ...(thanksTheRoom(moduleSlides.at(-1), deck.locale) ? [] : [frame.closing]),
  ];
}

/** The slides around the modules: the cover, the agenda and the closing slide. */
function framingSlides(content: ValidContent, deck: DeckFacts): { title: Slide; agenda: Slide; closing: Slide } {
  const { locale, agenda, info, theme, title, subtitle } = deck;
  const workshop = content.workshop.value;
  const workshopSource = content.workshop.source.locate([]);
  const closingLines = [
    workshop.closing ? deck.t(workshop.closing) : say(locale, 'closing-line'),
    ...(info.facilitator ? [info.facilitator] : []),
    ...(info.name ? [info.name] : []),
  ];
  return {
    title: {
      id: 'title',
      kind: 'title',
      title,
      ...(subtitle ? { subtitle } : {}),
      ...(info.name ? { client: info.name } : {}),
      ...(info.dateText ? { date: info.dateText } : {}),
      ...(info.location ? { location: info.location } : {}),
      ...(info.facilitator ? { facilitator: info.facilitator } : {}),
      ...(theme.logo ? { logo: theme.logo } : {}),
      notes: titleNotes(locale, agenda, info, content.workshop.source.locate(['title'])),
      source: content.workshop.source.locate(['title']),
    },
    agenda: {
      id: 'agenda',
      kind: 'agenda',
      title: say(locale, 'agenda'),
      items: agenda.items,
      notes: agendaNotes(locale, agenda, workshopSource),
      source: content.workshop.source.locate(['modules']),
    },
    closing: {
      id: 'closing',
      kind: 'closing',
      title: say(locale, 'thank-you'),
      subtitle: title,
      lines: closingLines,
      ...(deck.feedback
        ? {
            feedback: {
              qr: qrCode(deck.feedback),
              caption: say(locale, 'feedback-scan'),
              alt: say(locale, 'feedback-qr-alt', { url: deck.feedback }),
            },
          }
        : {}),
      notes: closingNotes(locale, agenda, workshopSource, deck.feedback),
      source: workshopSource,
    },
  };
}

/** The day in a sentence, and a late start's own (what it dropped) after it: the room hears it with the agenda. */
function agendaNotes(locale: Locale, agenda: DeckModel['agenda'], source: Source): Block[] {
  const { items, end } = agenda;
  const breaks = items.filter((i) => i.kind === 'break');
  const parts = say(locale, 'notes-agenda', { n: items.length - breaks.length, end: clock(locale, end) });
  // Sentences and list items follow one another as the language writes them: "…12:30结束。休息：10:30–10:45、…".
  const spans = breaks.map((b) => clockSpan(locale, b.start, b.end)).join(listComma(locale));
  const when = breaks.length
    ? `${wordSpace(locale)}${say(locale, 'notes-agenda-breaks', { n: breaks.length, list: spans })}`
    : '';
  const late = lateStartSentences(locale, agenda);
  return [
    { kind: 'paragraph', content: [{ text: parts + when }], source },
    ...(late ? [{ kind: 'paragraph' as const, content: [{ text: late.join(wordSpace(locale)) }], source }] : []),
  ];
}

/**
 * Notes for the slides the tool adds: the facts a facilitator checks at the start and at the end
 * of the session (the module notes hold the talking points).
 */
function titleNotes(locale: Locale, agenda: DeckModel['agenda'], info: ClientInfo, source: Source): Block[] {
  const who = [
    info.name && say(locale, 'notes-who-client', { client: info.name }),
    info.location && say(locale, 'notes-who-location', { location: info.location }),
  ]
    .filter(Boolean)
    .join(wordSpace(locale));
  const text = say(locale, 'notes-title', {
    span: clockSpan(locale, agenda.start, agenda.end),
    duration: say(locale, 'minutes-long', { n: agenda.minutes }),
    who: who ? `${wordSpace(locale)}${who}` : '',
  });
  return [{ kind: 'paragraph', content: [{ text }], source }];
}

function closingNotes(locale: Locale, agenda: DeckModel['agenda'], source: Source, feedback?: string): Block[] {
  return [
    {
      kind: 'paragraph',
      content: [{ text: say(locale, 'notes-closing', { time: clock(locale, agenda.end) }) }],
      source,
    },
    ...(feedback
      ? [{ kind: 'paragraph' as const, content: [{ text: say(locale, 'notes-feedback', { url: feedback }) }], source }]
      : []),
  ];
}
