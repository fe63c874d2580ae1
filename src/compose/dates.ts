// The client's date as every artefact prints it: one formatter, so the deck, the worksheets and the guide agree.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A client date (YYYY-MM-DD) in the content's language, in UTC so every machine prints the
 * same. British and US English are formatted here exactly as Intl would: the first Intl
 * formatter of a process costs ~15 ms. A language Node's ICU does not know is set as British
 * English: Intl would fall back to the machine's own locale, and the bytes would depend on it.
 */
export function formatDate(date: string | undefined, lang: string): string | undefined {
  if (!date) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(d.getTime())) return date;
  if (/^en(-US)?$/i.test(lang))
    return `${EN_DAYS[d.getUTCDay()]}, ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  if (/^en-GB$/i.test(lang) || !known(lang))
    return `${EN_DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  try {
    let f = dateFormats.get(lang);
    if (!f) {
      f = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' });
      // A workshop is booked on the civil calendar: where a region's default is a Hijri one (ar-SA on an ICU before
      // CLDR 48), the date is Gregorian unless the tag asks for another (`ar-SA-u-ca-islamic-umalqura`).
      if (/^islamic/.test(f.resolvedOptions().calendar) && !/-u(-[a-z0-9]{2,8})*-ca-/i.test(lang))
        f = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC', calendar: 'gregory' });
      dateFormats.set(lang, f);
    }
    return f.format(d);
  } catch {
    return date;
  }
}

function known(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0;
  } catch {
    return false;
  }
}
