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

/** "a" becomes "ac" before a vowel, and before a number read aloud with one ("ac 1", "ac 8", "ac 18"). */
export function welshAnd(next: string): string {
  const digits = /^(\d[\d,]*)/.exec(next)?.[1]?.replace(/,/g, '');
  if (digits !== undefined) return spokenWithVowel(Number(digits)) ? 'ac' : 'a';
  return /^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a';
}

/**
 * Whether a count, read in Welsh's decimal system, starts with a vowel: un (1), wyth (8), un deg … (11–19),
 * wyth deg … (80–89), wyth cant (800s); deg (10), cant (100s), mil (1,000s) and miliwn start with a consonant.
 */
function spokenWithVowel(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 0) return false;
  if (n >= 1_000_000) return n < 2_000_000 ? false : spokenWithVowel(Math.floor(n / 1_000_000));
  if (n >= 1000) return n < 2000 ? false : spokenWithVowel(Math.floor(n / 1000));
  if (n >= 100) return Math.floor(n / 100) === 8;
  if (n >= 10) return n === 10 ? false : [1, 8].includes(Math.floor(n / 10));
  return n === 1 || n === 8;
}
