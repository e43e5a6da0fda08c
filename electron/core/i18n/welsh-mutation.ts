/**
 * Welsh changes the first letter of a word after some words: "a" (and) causes the aspirate mutation
 * ("cyfeiriadau" → "a chyfeiriadau") and "neu" (or) the soft one ("dyfais" → "neu ddyfais"). Lists built at run time
 * need it to read as Welsh; only these two rules are applied, and only to the word right after the conjunction.
 */
const SOFT: readonly [string, string][] = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['c', 'g'],
  ['p', 'b'],
  ['t', 'd'],
  ['g', ''],
  ['b', 'f'],
  ['d', 'dd'],
  ['m', 'f'],
];
const ASPIRATE: readonly [string, string][] = [
  ['c', 'ch'],
  ['p', 'ph'],
  ['t', 'th'],
];

export function softMutation(word: string): string {
  return mutate(word, SOFT);
}

export function aspirateMutation(word: string): string {
  return mutate(word, ASPIRATE);
}

function mutate(word: string, rules: readonly [string, string][]): string {
  const lower = word.toLowerCase();
  // "ch", "ph", "th" and "dd" are letters of their own and never mutate again.
  if (/^(ch|ph|th|dd)/.test(lower)) return word;
  for (const [from, to] of rules) {
    if (lower.startsWith(from)) {
      const rest = word.slice(from.length);
      const isUpper = word[0] !== undefined && word[0] !== word[0].toLowerCase();
      return (isUpper && to ? to[0]!.toUpperCase() + to.slice(1) : to) + rest;
    }
  }
  return word;
}

/** "a" becomes "ac" before a vowel. */
export function welshAnd(next: string): string {
  return /^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a';
}
