import type { z } from 'zod';
import { duplicateWorkshop } from './factory';
import { migrateWorkshop, WORKSHOP_MIGRATIONS, type JsonRecord, type WorkshopMigration } from './migrations';
import { SCHEMA_VERSION, workshopSchema, type Workshop } from './schema';

/**
 * The workshop file moves or backs up a workshop between laptops. It is read on a machine
 * that may run an older or newer Accord than the one that wrote it, and may have been edited
 * by hand, so reading never throws and every refusal is one sentence a facilitator can act on.
 */
export const WORKSHOP_FILE_FORMAT = 'accord-workshop';

export interface WorkshopFile {
  format: typeof WORKSHOP_FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  workshop: Workshop;
}

export type WorkshopResult = { ok: true; workshop: Workshop } | { ok: false; error: string };
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

export function serializeWorkshopFile(workshop: Workshop, now = new Date()): string {
  const file: WorkshopFile = { format: WORKSHOP_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), workshop };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a workshop file, or a bare workshop object as the CLI fixtures hold, migrating older versions. */
export function parseWorkshopFile(text: string, migrations: readonly WorkshopMigration[] = WORKSHOP_MIGRATIONS): WorkshopResult {
  try {
    return parse(text, migrations);
  } catch (err) {
    // Backstop only: a buggy migration or an engine limit must still not crash the import.
    return fail(`The file could not be read (${err instanceof Error ? err.message : String(err)}).`);
  }
}

function parse(text: string, migrations: readonly WorkshopMigration[]): WorkshopResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  const json = parseJson(text.replace(/^\uFEFF/, '')); // editors on Windows add a byte-order mark
  if (!json.ok) return json;
  const root = json.value;
  if (!isRecord(root)) return fail(`Not an Accord workshop file: expected a JSON object at the top level, got ${describe(root)}.`);

  const bare = !('format' in root) && !('workshop' in root) && 'schemaVersion' in root;
  if (!bare && root.format !== WORKSHOP_FILE_FORMAT) {
    return fail(
      root.format === undefined
        ? 'Not an Accord workshop file: the "format" field is missing.'
        : `Not an Accord workshop file: the "format" field is ${describe(root.format)}, expected "${WORKSHOP_FILE_FORMAT}".`,
    );
  }
  const version = root.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const got = version === undefined ? 'is missing' : `is ${describe(version)}`;
    return fail(`The "schemaVersion" field ${got}; expected a whole number such as ${SCHEMA_VERSION}.`);
  }
  if (version > SCHEMA_VERSION) {
    return fail(`This file was made by a newer version of Accord (schemaVersion ${version}); this version reads up to ${SCHEMA_VERSION}.`);
  }
  const doc = bare ? root : root.workshop;
  if (!isRecord(doc)) {
    return fail(doc === undefined ? 'The "workshop" field is missing.' : `The "workshop" field is ${describe(doc)}, expected an object.`);
  }
  const migrated = migrateWorkshop(doc, version, migrations);
  return migrated.ok ? validateWorkshop(migrated.doc) : migrated;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Engines word these differently; keep the position, drop the echo of the input.
    const detail = /end of JSON input/i.test(message)
      ? `unexpected end at position ${text.length}`
      : message
          .replace(/, "[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
          .replace(' in JSON', '')
          .replace(/^\w/, (c) => c.toLowerCase());
    return fail(`The file is not valid JSON (${detail}).`);
  }
}

/** Checks a workshop against the schema; the error names the first wrong field and what it allows. */
export function validateWorkshop(value: unknown): WorkshopResult {
  const result = workshopSchema.safeParse(value);
  if (result.success) return { ok: true, workshop: result.data };
  const [first, ...rest] = result.error.issues;
  if (!first) return fail('The workshop is not valid.');
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
  return fail(`${describeIssue(first, value)}${more}.`);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'workshop';
  if (issue.code === 'invalid_key') return `${where}: this key is not allowed, ${expectation(issue.issues[0] ?? issue)}`;
  const actual = valueAt(input, issue.path);
  if (actual === undefined) return `${where}: ${expectation(issue)}, but it is missing`;
  const sized = (issue.code === 'too_big' || issue.code === 'too_small') && (typeof actual === 'string' || Array.isArray(actual));
  const got = sized ? `${actual.length} ${typeof actual === 'string' ? 'characters' : 'items'}` : describe(actual);
  return `${where}: ${expectation(issue)}, got ${got}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `expected ${literal(issue.values[0])}` : `expected one of ${issue.values.map(literal).join(', ')}`;
    case 'invalid_format':
      return `expected ${formatName(issue)}`;
    case 'too_big':
    case 'too_small':
      return `expected ${bound(issue)}`;
    case 'invalid_union': {
      const options = new Set(
        issue.errors.map((branch) => (branch[0] ? expectation(branch[0]).replace(/^expected /, '') : 'another shape')),
      );
      if (options.has('text')) options.delete('empty text'); // "empty text or text" says nothing more than "text"
      return options.size > 0 ? `expected ${[...options].join(' or ')}` : 'expected only one matching shape';
    }
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function formatName(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'date') return 'a date as YYYY-MM-DD';
  if (issue.format === 'datetime') return 'a date and time such as 2026-12-03T09:30:00Z';
  if (issue.format === 'starts_with' && 'prefix' in issue) return `text starting with ${literal(issue.prefix)}`;
  // A pattern given a human message in the schema says it better than the pattern does.
  if (issue.format === 'regex')
    return issue.message.startsWith('Invalid') ? `text matching ${issue.pattern ?? 'the pattern'}` : issue.message;
  return `a valid ${issue.format}`;
}

function bound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  if (issue.origin === 'string' || issue.origin === 'array') {
    return `${big ? 'at most' : 'at least'} ${limit} ${issue.origin === 'string' ? 'characters' : 'items'}`;
  }
  if (issue.inclusive === false) return `a number ${big ? 'less' : 'greater'} than ${limit}`;
  return `a number ${big ? 'no more' : 'no less'} than ${limit}`;
}

const literal = (v: unknown): string => (v === '' ? 'empty text' : (JSON.stringify(v) ?? String(v)));

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const isRecord = (v: unknown): v is JsonRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

const SUFFIX = '(imported)';
const TITLE_MAX = workshopSchema.shape.title.maxLength ?? Number.POSITIVE_INFINITY;

/**
 * An import must never replace a workshop already on this laptop: when the id is taken the
 * import becomes a copy. The copy drops signatures, as every copy does, because they signed
 * the original's id and title (shared/sla/canonical.ts).
 */
export function prepareImport(workshop: Workshop, existingIds: ReadonlySet<string>, now = new Date()): Workshop {
  if (!existingIds.has(workshop.id)) return workshop;
  const title = workshop.title.slice(0, Math.max(0, TITLE_MAX - SUFFIX.length - 1));
  return duplicateWorkshop({ ...workshop, title }, SUFFIX, now);
}
