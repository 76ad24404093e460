import type { FitField, Operator } from '../workshop/steps/qualifiedLead';
import { FIT_FIELD_LABEL, isNumericField, leadFieldValue, type SampleLead } from './lead';

export const OPERATOR_LABEL: Record<Operator, string> = {
  equals: 'is',
  contains: 'contains',
  oneOf: 'is one of',
  gte: 'is at least',
  lte: 'is at most',
};

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
export const listItems = (value: string): string[] => value.split(',').map((s) => s.trim()).filter((s) => s !== '');

export interface ConditionResult {
  matched: boolean;
  /** The lead's value that decided the match, as shown in a reason. */
  actual: string;
}

const NO: ConditionResult = { matched: false, actual: '' };

/**
 * Whether the lead meets "field operator value". Text compares case-insensitively; gte / lte
 * compare numbers. An empty value never matches, so a row the room is still typing scores nothing.
 */
export function matchCondition(lead: SampleLead, field: FitField, operator: Operator, value: string): ConditionResult {
  if (value.trim() === '') return NO;
  const raw = leadFieldValue(lead, field);
  if (raw === null || raw === '') return NO;
  const actual = typeof raw === 'number' ? fmt.format(raw) : raw.trim();
  const asNumber = typeof raw === 'number' ? raw : parseAmount(raw);
  const numericEquals = (v: string) => {
    const n = parseAmount(v);
    return asNumber !== null && n !== null && n === asNumber;
  };
  const textEquals = (v: string) => (isNumericField(field) ? numericEquals(v) : norm(String(raw)) === norm(v));
  switch (operator) {
    case 'equals':
      return { matched: textEquals(value), actual };
    case 'contains':
      return { matched: norm(String(raw)).includes(norm(value)), actual };
    case 'oneOf':
      return { matched: listItems(value).some(textEquals), actual };
    case 'gte':
    case 'lte': {
      const limit = parseAmount(value);
      if (limit === null || asNumber === null) return NO;
      return { matched: operator === 'gte' ? asNumber >= limit : asNumber <= limit, actual };
    }
  }
}

/** Whether a criterion's value can be compared with its operator (gte / lte need a number). */
export function conditionValueError(operator: Operator, value: string): string | null {
  if (value.trim() === '') return 'enter the value to compare with';
  if ((operator === 'gte' || operator === 'lte') && parseAmount(value) === null) return `enter a number for “${OPERATOR_LABEL[operator]}”, e.g. 200 or 10m`;
  if (operator === 'oneOf' && listItems(value).length === 0) return 'list the values, separated by commas';
  return null;
}

/** "Title contains 'Director'", "Company size is at least 200 employees". */
export function describeCondition(field: FitField, operator: Operator, value: string): string {
  const label = FIT_FIELD_LABEL[field];
  const op = OPERATOR_LABEL[operator];
  if (operator === 'gte' || operator === 'lte') {
    const n = parseAmount(value);
    if (n === null) return `${label} ${op} '${value.trim()}'`;
    return `${label} ${op} ${fmt.format(n)}${field === 'companySize' ? ' employees' : ''}`;
  }
  if (operator === 'oneOf') return `${label} ${op} ${listItems(value).join(', ')}`;
  return `${label} ${op} '${value.trim()}'`;
}

export const lowerFirst = (s: string) => (/^[A-Z](?![A-Z])/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
