// Ids for what the import writes (modules, the client): file names made from titles, as an author would type them,
// unique among themselves and the folder's, and always valid ids.

import { SAFE_ID } from '../load/file-ids.js';

/** Words an id does not end on when cut short ("where-the-jobs-meet-and"). */
const TRAILING = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'or',
  'und',
  'der',
  'die',
  'das',
  'et',
  'le',
  'la',
  'de',
  'y',
  'el',
  'en',
  'het',
]);

/** A file-name id from a title: lower case, accents dropped, words joined by hyphens, at most five words. */
export function slug(title: string, fallback: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 5);
  while (words.length > 1 && TRAILING.has(words.at(-1)!)) words.pop();
  const id = words.join('-').slice(0, 48).replace(/-+$/, '');
  return SAFE_ID.test(id) ? id : fallback;
}

/** Hands out ids unique among those given and each other: a second `intro` is `intro-2`. */
export class Ids {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set([...taken].map((t) => t.toLowerCase()));
  }

  next(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.taken.has(id.toLowerCase()); n++) id = `${wanted}-${n}`;
    this.taken.add(id.toLowerCase());
    return id;
  }
}
