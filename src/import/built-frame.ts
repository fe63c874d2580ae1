// The slides a deck workshop-kit built makes of its own, read back: the cover (the client: name, date, place,
// facilitator, brand colours and logo) and the agenda (each module's and break's span, name and minutes).

import { formatDate } from '../compose/dates.js';
import { type Locale, say } from '../i18n/locale.js';
import { slug } from './ids.js';
import type { Plan, PlannedClient } from './plan.js';
import type { Block, ImportedDeck, ImportedSlide } from './types.js';

/** A clock time as a kit prints it: 09:30, 9:30 AM, 9 h 30. */
export const CLOCK = String.raw`(\d{1,2})(?::|\s*h\s*)(\d{2})(?:\s*([AP]M))?`;
export const SPAN = new RegExp(`^${CLOCK}\\s*[–-]\\s*${CLOCK}$`);

export interface Row {
  from: string;
  to: string;
  session: string;
  minutes: number;
  isBreak: boolean;
}

/** The agenda table's rows: each module's and break's time span, name and minutes (a break's name is in italics). */
export function agendaRows(agenda: ImportedSlide): Row[] {
  const tables = agenda.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  const rows: Row[] = [];
  for (const table of tables) {
    table.rows.forEach((cells, i) => {
      const words = table.words?.[i] ?? [];
      const span = SPAN.exec(words[0]?.join(' ') ?? '');
      const minutes = Number(words[2]?.join(' '));
      const session = words[1]?.[0];
      if (!span || !session || !Number.isInteger(minutes)) return;
      rows.push({
        from: clockOf(span[1]!, span[2]!, span[3] ?? span[6]),
        to: clockOf(span[4]!, span[5]!, span[6]),
        session,
        minutes,
        // The agenda sets a module's name in bold and a break's in italics.
        isBreak: /^\*[^*]/.test(cells[1] ?? ''),
      });
    });
  }
  return rows;
}

/** HH:MM from a kit's clock: a twelve-hour time made 24-hour. */
export function clockOf(h: string, m: string, half: string | undefined): string {
  let hour = Number(h);
  if (half === 'PM' && hour < 12) hour += 12;
  if (half === 'AM' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${m}`;
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** The client the cover names: its name (in bold), place, facilitator, and the date the package was made for. */
export function clientOf(cover: ImportedSlide, deck: ImportedDeck, locale: Locale): Plan['client'] {
  const paragraphs = cover.blocks
    .flatMap((b) => (b.kind === 'paragraphs' ? b.paragraphs : []))
    .filter((p) => p.plain !== cover.subtitle);
  const first = paragraphs[0];
  if (!first || !/^\*\*.*\*\*$/.test(first.markdown)) return undefined;
  const label = say(locale, 'facilitator-label');
  const texts = paragraphs.map((p) => p.plain);
  const spanAt = texts.findIndex((t) => SPAN.test(t));
  const date = deck.created && texts.includes(formatDate(deck.created, locale.tag) ?? '') ? deck.created : undefined;
  const location = spanAt >= 0 ? texts[spanAt + 1] : undefined;
  const facilitator = texts
    .find((t) => t.startsWith(label))
    ?.slice(label.length)
    .trim();
  const id = slug(first.plain, 'client');
  const brand = brandOf(cover, deck, locale, first.plain, id);
  return {
    id,
    name: first.plain,
    ...(date ? { date } : {}),
    ...(facilitator ? { facilitator } : {}),
    ...(location && !location.startsWith(label) ? { location } : {}),
    ...(brand ? { brand } : {}),
    example: false,
  };
}

/** The deck's brand: its theme's first three accents (the brand's colours, as the build writes them) and the cover's logo. */
function brandOf(
  cover: ImportedSlide,
  deck: ImportedDeck,
  locale: Locale,
  client: string,
  id: string,
): PlannedClient['brand'] {
  const c = deck.colours;
  if (!c?.accent1 || !c.accent2 || !c.accent3) return undefined;
  const alt = say(locale, 'client-logo', { client });
  const logo = cover.blocks.find(
    (b): b is Extract<Block, { kind: 'picture' }> => b.kind === 'picture' && b.picture.alt === alt,
  );
  const bytes = logo ? deck.parts[logo.picture.part] : undefined;
  const kind = bytes?.[0] === 0x89 ? 'png' : bytes?.[0] === 0xff ? 'jpg' : undefined;
  return {
    primary: c.accent1,
    accent: c.accent2,
    secondary: c.accent3,
    ...(logo && kind ? { logo: { part: logo.picture.part, path: `assets/${id}-logo.${kind}` } } : {}),
  };
}
