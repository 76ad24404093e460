import type { MessageTree } from './resources';

/**
 * A pseudo-locale made from English at run time, for development and tests: every letter
 * accented, every message about 40 % longer and wrapped in brackets. A screen shown in it
 * makes two faults visible at a glance: plain English is text that bypassed translation, and
 * a label without its closing bracket was clipped by a box sized for English.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Placeholders, nested keys and tags pass through untouched: i18next and <Trans> still need them. */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w+\s*\/?>)/;

const accent = (s: string) => s.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);

/** "Add a stage" → "[Áðð á šţáĝé ·····]": accented, padded by 40 % of its letters, bracketed. */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const parts = text.split(KEEP);
  const letters = parts.filter((_, i) => i % 2 === 0).join('').length;
  const body = parts.map((p, i) => (i % 2 === 1 ? p : accent(p))).join('');
  const pad = Math.max(1, Math.round(letters * 0.4));
  return `[${body} ${'·'.repeat(pad)}]`;
}

/** A whole language's messages in the pseudo-locale, same keys and plural forms as English. */
export function pseudoMessages<T extends Record<string, MessageTree>>(messages: T): T {
  const walk = (tree: MessageTree): MessageTree =>
    Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? pseudoText(v) : walk(v)]));
  return Object.fromEntries(Object.entries(messages).map(([ns, tree]) => [ns, walk(tree)])) as T;
}
