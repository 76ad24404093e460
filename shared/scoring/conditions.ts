import type { FitField, Operator } from '../workshop/steps/qualifiedLead';
import { isNumericField, leadFieldValue, type SampleLead } from './lead';
import type { Language } from '../workshop/languages';
import { definitionStrings } from '../documents/definitionStrings';
import { say, type CheckMessage, type ConditionProblem } from '../workshop/checkMessage';

/** Operators that compare numbers (and need the lead's value to be one). */
export const NUMBER_ONLY_OPERATORS: readonly Operator[] = ['gte', 'lte', 'between'];
export const TEXT_ONLY_OPERATORS: readonly Operator[] = ['word', 'contains', 'startsWith'];

// The lead's own value as the simulator shows it next to a criterion.
const fmt = new Intl.NumberFormat('en');
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A number as people type it in a criterion or a CSV cell: "250", "1,000,000", "1 000",
 * "12.5", and the k / m / bn shorthands revenue is usually spoken in. Null when it is none.
 */
export function parseAmount(raw: string): number | null {
  let t = raw.trim().toLowerCase().replace(/[\s_]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?[a-z]*$/.test(t)) t = t.replace(/,/g, '');
  const m = /^(-?\d+(?:\.\d+)?)(k|m|bn|b)?$/.exec(t);
  if (!m) return null;
  const scale = m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : m[2] ? 1e9 : 1;
  const n = Number(m[1]) * scale;
  return Number.isFinite(n) ? n : null;
}

/** The comma-separated items of a oneOf value, trimmed, without blanks. */
export const listItems = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

// Scripts written without spaces have no word boundaries to respect: a Chinese title matches by
// its characters alone.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch) && !NO_SPACES.test(ch);

/**
 * Whether `needle` occurs in `hay` as whole words: "intern" is in "Marketing intern" but not in
 * "Head of International Sales"; "head of" is in "Head of Data". Both already normalised.
 */
export function hasWords(hay: string, needle: string, atStart = false): boolean {
  if (needle === '') return false;
  const first = needle[0];
  const last = needle[needle.length - 1];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (atStart && i > 0) return false;
    const before = i === 0 ? undefined : hay[i - 1];
    const after = hay[i + needle.length];
    const leftOk = !isWordChar(first) || !isWordChar(before);
    const rightOk = !isWordChar(last) || !isWordChar(after);
    if (leftOk && rightOk) return true;
  }
  return false;
}

/** Why a condition did not match a lead, for the simulator's explanation. */
export type MissReason =
  /** The criterion is still being typed (no value, or a value its operator cannot use). */
  | 'incomplete'
  /** The lead has nothing in that field. */
  | 'noValue'
  /** The lead's value is another one. */
  | 'different'
  /** A number comparison, and the lead's value is not a number. */
  | 'notANumber'
  | 'below'
  | 'above';

export interface ConditionResult {
  matched: boolean;
  /** The lead's value that decided the match, as shown in a reason ('' when it has none). */
  actual: string;
  miss: MissReason | null;
}

export interface Condition {
  field: FitField;
  operator: Operator;
  value: string;
  valueMax?: string | undefined;
}

/** The lowest and highest value of a `between` criterion, or null while either is missing. */
export function rangeOf(c: Pick<Condition, 'value' | 'valueMax'>): { min: number; max: number } | null {
  const min = parseAmount(c.value);
  const max = parseAmount(c.valueMax ?? '');
  return min === null || max === null || min > max ? null : { min, max };
}

/**
 * Whether the lead meets "field operator value". Text compares without case: `word` and
 * `startsWith` by whole words, `contains` anywhere, `equals` / `oneOf` the whole value; gte /
 * lte / between compare numbers. A criterion still being typed never matches.
 */
export function matchCondition(lead: SampleLead, c: Condition): ConditionResult {
  if (conditionValueError(c.operator, c.value, c.valueMax) !== null) return { matched: false, actual: '', miss: 'incomplete' };
  const raw = leadFieldValue(lead, c.field);
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { matched: false, actual: '', miss: 'noValue' };
  const actual = typeof raw === 'number' ? fmt.format(raw) : raw.trim();
  const asNumber = typeof raw === 'number' ? raw : parseAmount(raw);
  const text = norm(String(raw));
  const result = (matched: boolean, miss: MissReason = 'different'): ConditionResult => ({ matched, actual, miss: matched ? null : miss });
  const equalsOne = (v: string) => {
    if (!isNumericField(c.field)) return text === norm(v);
    const n = parseAmount(v);
    return asNumber !== null && n !== null && n === asNumber;
  };
  switch (c.operator) {
    case 'word':
      return result(hasWords(text, norm(c.value)));
    case 'startsWith':
      return result(hasWords(text, norm(c.value), true));
    case 'contains':
      return result(text.includes(norm(c.value)));
    case 'equals':
      return result(equalsOne(c.value));
    case 'oneOf':
      return result(listItems(c.value).some(equalsOne));
    case 'gte':
    case 'lte':
    case 'between': {
      if (asNumber === null) return result(false, 'notANumber');
      const min = c.operator === 'lte' ? -Infinity : parseAmount(c.value)!;
      const max = c.operator === 'gte' ? Infinity : c.operator === 'lte' ? parseAmount(c.value)! : parseAmount(c.valueMax ?? '')!;
      if (asNumber < min) return result(false, 'below');
      if (asNumber > max) return result(false, 'above');
      return result(true);
    }
  }
}

/** Whether a criterion's value can be compared with its operator (numbers for gte / lte / between). */
export function conditionValueError(operator: Operator, value: string, valueMax?: string): ConditionProblem | null {
  if (value.trim() === '' || (operator === 'between' && (valueMax ?? '').trim() === '')) return 'empty';
  if ((operator === 'gte' || operator === 'lte') && parseAmount(value) === null) return 'number';
  if (operator === 'between') {
    const min = parseAmount(value);
    const max = parseAmount(valueMax ?? '');
    if (min === null || max === null) return 'number';
    if (min > max) return 'range';
  }
  if (operator === 'oneOf' && listItems(value).length === 0) return 'list';
  return null;
}

/** What is wrong with a criterion's value, as a meaning the screen words ("enter a number for “is at least”…"). */
export function conditionProblemMessage(operator: Operator, problem: ConditionProblem): CheckMessage {
  return problem === 'number' ? say('cond.number', { op: say(`op.${operator}`) }) : say(`cond.${problem}`);
}

/**
 * A criterion in words, in a document language: "Title has the word “Director”", "Company size
 * (employees) is between 200 and 5,000". The field and operator words are the SLA appendix's
 * (shared/documents/definitionStrings.ts), so the step and the signed document say the same.
 */
export function describeCondition(
  field: FitField,
  operator: Operator,
  value: string,
  valueMax?: string,
  language: Language = 'en',
): string {
  const s = definitionStrings(language);
  const num = new Intl.NumberFormat(language);
  const amount = (v: string) => {
    const n = parseAmount(v);
    return n === null ? `“${v.trim()}”` : num.format(n);
  };
  const what =
    operator === 'between'
      ? s.range(amount(value), amount(valueMax ?? ''))
      : operator === 'gte' || operator === 'lte'
        ? amount(value)
        : operator === 'oneOf'
          ? listItems(value).join(', ')
          : `“${value.trim()}”`;
  return `${s.field[field]} ${s.operator[operator]} ${what}`;
}

export const lowerFirst = (s: string) => (/^[A-Z](?![A-Z])/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
