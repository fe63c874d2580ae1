// "Did you mean" suggestions for misspelt keys, ids and options.

/** Levenshtein distance, small inputs only (keys and ids). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean `x`?)` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match ? `; did you mean \`${match}\`?` : '';
}

/** `a`, `b` and `c` — for messages listing what exists. */
export function listOf(items: readonly string[], max = 12): string {
  const quoted = items.slice(0, max).map((i) => `\`${i}\``);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  return quoted.length === 0 ? '(none)' : quoted.join(', ') + more;
}
