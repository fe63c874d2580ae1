// The tool's own "Thank you" slide ends a deck unless the workshop already ends with one: two in a row look generated.
import { CATALOGUES, type Locale, say } from '../i18n/locale.js';
import type { Slide } from '../model/deck.js';

/**
 * How a thank-you title starts, in the languages the tool speaks: a workshop written in one language may be run for a
 * client in another, so each is read whatever the kit's language.
 */
const THANKS = [
  'thank you',
  'thanks',
  'many thanks',
  'danke',
  'vielen dank',
  'herzlichen dank',
  'merci',
  'gracias',
  'muchas gracias',
  'bedankt',
  'dank je',
  'dank u',
  'hartelijk dank',
  'obrigado',
  'obrigada',
  'muito obrigado',
  'muito obrigada',
  'grazie',
  'grazie mille',
  'dziękuję',
  'dziękujemy',
  'bardzo dziękuję',
];

/** Letters only, lower case, single spaces: "Thank you!", "THANK YOU 🙏" and "Thank-you" read the same. */
const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

/** Whether `slide`, the last of the last module, already thanks the room (its title starts with a thank-you). */
export function thanksTheRoom(slide: Slide | undefined, locale: Locale): boolean {
  if (!slide || (slide.kind !== 'content' && slide.kind !== 'section')) return false;
  const title = words(slide.title);
  const phrases = new Set([
    ...THANKS,
    ...Object.values(CATALOGUES).map((c) => words(String(c['thank-you']))),
    words(say(locale, 'thank-you')),
  ]);
  return [...phrases].some((p) => p !== '' && (title === p || title.startsWith(`${p} `)));
}
