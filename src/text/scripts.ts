// The script a character no bundled font prints belongs to, and the Noto family (and its npm package) that has its
// letters: what the error names, so the author knows what the text is and what would print it.

/** Unicode script names (as `\p{Script=…}` knows them) with the Noto Sans family covering each, where one is packaged. */
const SCRIPTS: readonly (readonly [script: string, name: string, pkg?: string])[] = [
  ['Devanagari', 'Devanagari (Hindi, Marathi, Nepali)', 'noto-sans-devanagari'],
  ['Bengali', 'Bengali', 'noto-sans-bengali'],
  ['Gurmukhi', 'Gurmukhi (Punjabi)', 'noto-sans-gurmukhi'],
  ['Gujarati', 'Gujarati', 'noto-sans-gujarati'],
  ['Oriya', 'Odia', 'noto-sans-oriya'],
  ['Tamil', 'Tamil', 'noto-sans-tamil'],
  ['Telugu', 'Telugu', 'noto-sans-telugu'],
  ['Kannada', 'Kannada', 'noto-sans-kannada'],
  ['Malayalam', 'Malayalam', 'noto-sans-malayalam'],
  ['Sinhala', 'Sinhala', 'noto-sans-sinhala'],
  ['Thai', 'Thai', 'noto-sans-thai'],
  ['Lao', 'Lao', 'noto-sans-lao'],
  ['Khmer', 'Khmer', 'noto-sans-khmer'],
  ['Myanmar', 'Myanmar (Burmese)', 'noto-sans-myanmar'],
  ['Ethiopic', 'Ethiopic (Amharic, Tigrinya)', 'noto-sans-ethiopic'],
  ['Georgian', 'Georgian', 'noto-sans-georgian'],
  ['Armenian', 'Armenian', 'noto-sans-armenian'],
  ['Mongolian', 'Mongolian', 'noto-sans-mongolian'],
  ['Cherokee', 'Cherokee', 'noto-sans-cherokee'],
  ['Syriac', 'Syriac', 'noto-sans-syriac'],
  ['Thaana', 'Thaana (Dhivehi)', 'noto-sans-thaana'],
  ['Nko', "N'Ko", 'noto-sans-nko'],
  ['Tibetan', 'Tibetan'],
  ['Cuneiform', 'Cuneiform'],
  ['Egyptian_Hieroglyphs', 'Egyptian hieroglyphs'],
];

const TESTS = SCRIPTS.map(([script]) => new RegExp(`^\\p{Script=${script}}$`, 'u'));

/** The script of a character, in words, and the npm package of a Noto face that has it, if the character is in one. */
export function scriptOfCharacter(ch: string): { name: string; pkg?: string } | undefined {
  const at = TESTS.findIndex((test) => test.test(ch));
  if (at < 0) return undefined;
  const [, name, pkg] = SCRIPTS[at]!;
  return pkg ? { name, pkg: `@expo-google-fonts/${pkg}` } : { name };
}
