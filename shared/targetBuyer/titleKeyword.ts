/**
 * The part of a job title that says what the person does, not how senior they are:
 * "Director of Marketing" → "Marketing", "RevOps Manager" → "RevOps". Seniority becomes its
 * own criterion, so a title criterion on "Director" would score the same fact twice.
 * Falls back to the whole title when it is nothing but rank ("CFO", "Director").
 */
const RANK = new Set([
  'chief',
  'officer',
  'vp',
  'svp',
  'evp',
  'avp',
  'vice',
  'president',
  'head',
  'director',
  'manager',
  'lead',
  'leader',
  'senior',
  'sr',
  'junior',
  'jr',
  'principal',
  'associate',
  'assistant',
  'executive',
  'global',
  'group',
  'deputy',
]);
const JOINER = new Set(['of', 'and', '&', 'for', 'the', 'at', 'in', '-', '–', '—', '/']);

const clean = (token: string) => token.toLowerCase().replace(/^[^\p{L}\p{N}&/–—-]+|[^\p{L}\p{N}&/–—-]+$/gu, '');

export function titleKeyword(title: string): string {
  const tokens = title.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return '';
  const segments: string[][] = [[]];
  for (const t of tokens) {
    if (RANK.has(clean(t))) segments.push([]);
    else segments[segments.length - 1]!.push(t);
  }
  const trimmed = segments.map((seg) => {
    let a = 0;
    let b = seg.length;
    while (a < b && JOINER.has(clean(seg[a]!))) a++;
    while (b > a && JOINER.has(clean(seg[b - 1]!))) b--;
    return seg.slice(a, b);
  });
  const best = trimmed.reduce((x, y) => (y.length > x.length ? y : x), []);
  const phrase = best.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return phrase || title.trim();
}
