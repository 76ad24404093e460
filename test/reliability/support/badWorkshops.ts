import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { WORKSHOP_FILE_FORMAT } from '../../../shared/workshop/file';
import { sampleWorkshop } from '../../../shared/workshop/sample';
import { SCHEMA_VERSION } from '../../../shared/workshop/schema';
import { accepted, allPaths, JSON_TYPES, maxLength, optional, parentIsObject, schemaAt, type JsonType, type Path } from './schemaWalk';

/**
 * Bad workshop files, each wrong by construction, as the bytes a user would pick in the
 * import dialog. Field-level cases carry the path they broke (the refusal must name it) and
 * the broken document (the repository's own guard must refuse it too).
 */
export type BadKind = 'wrongType' | 'missingField' | 'hugeString' | 'deepNesting' | 'wrongVersion' | 'truncated' | 'notJson';
export interface BadFile {
  kind: BadKind;
  bytes: Uint8Array;
  /** What the refusal must mention: the broken field's path, or words naming a file-level problem. */
  mustName: string | RegExp;
  /** The broken workshop document, for field-level cases. */
  doc?: unknown;
}

const enc = new TextEncoder();
const BASE = JSON.parse(JSON.stringify(sampleWorkshop(new Date('2026-11-20T10:00:00Z')))) as Record<string, unknown>;
const V1_TEXT = readFileSync(new URL('../../fixtures/workshop-v1.json', import.meta.url), 'utf8');
const file = (workshop: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    { format: WORKSHOP_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: '2026-11-20T10:00:00.000Z', workshop, ...extra },
    null,
    2,
  );
const V2_TEXT = file(BASE);

const PATHS = allPaths(BASE);
const TYPED = PATHS.filter((p) => {
  const n = schemaAt(p);
  return n !== undefined && accepted(n).size < JSON_TYPES.length;
});
const REQUIRED = PATHS.filter((p) => typeof p.at(-1) === 'string' && parentIsObject(p) && !optional(schemaAt(p)!));
const STRINGS = TYPED.filter((p) => typeof valueAt(BASE, p) === 'string' && accepted(schemaAt(p)!).has('string'));
const NOT_ARRAYS = TYPED.filter((p) => !accepted(schemaAt(p)!).has('array'));
if (REQUIRED.length < 20 || STRINGS.length < 20) throw new Error('bad-file generator: the sample workshop has too few fields to mutate');

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}
function withValue(path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(BASE);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}
function without(path: Path): Record<string, unknown> {
  const copy = structuredClone(BASE);
  delete (valueAt(copy, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1) as string];
  return copy;
}
const dotted = (p: Path) => p.map(String).join('.');

const valueOf: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 30 }),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
};

const fieldCase = (kind: BadKind, path: Path, doc: unknown, text = file(doc)): BadFile => ({
  kind,
  bytes: enc.encode(text),
  mustName: dotted(path),
  doc,
});

const wrongType = fc.constantFrom(...TYPED).chain((path) => {
  const ok = accepted(schemaAt(path)!);
  return fc
    .constantFrom(...JSON_TYPES.filter((t) => !ok.has(t)))
    .chain((t) => valueOf[t].map((v) => fieldCase('wrongType', path, withValue(path, v))));
});

const missingField = fc.constantFrom(...REQUIRED).map((path) => fieldCase('missingField', path, without(path)));

const hugeString = fc.tuple(fc.constantFrom(...STRINGS), fc.constantFrom(1, 1000, 100_000, 1_000_000, 3_000_000)).map(([path, extra]) => {
  const max = maxLength(schemaAt(path)!) ?? 2_000_000;
  return fieldCase('hugeString', path, withValue(path, 'x'.repeat(max + extra)));
});

// JSON text is built by hand: nesting 100 000 deep is beyond what JSON.stringify recurses through.
const deepNesting = fc.tuple(fc.constantFrom(...NOT_ARRAYS), fc.integer({ min: 50, max: 100_000 })).map(([path, depth]) => {
  const marker = '\u0000deep\u0000';
  const text = file(withValue(path, marker)).replace(JSON.stringify(marker), '['.repeat(depth) + ']'.repeat(depth));
  return { kind: 'deepNesting' as const, bytes: enc.encode(text), mustName: dotted(path) };
});

const wrongVersion = fc.oneof(
  fc.constantFrom(-1, 0, 1.5, SCHEMA_VERSION + 1, 99, 2 ** 31, '2', null, true, [], {}).map((v) => ({
    kind: 'wrongVersion' as const,
    bytes: enc.encode(file(BASE, { schemaVersion: v })),
    mustName: /schemaVersion/,
  })),
  fc.constant({ kind: 'wrongVersion' as const, bytes: enc.encode(file(BASE, { schemaVersion: undefined })), mustName: /schemaVersion/ }),
  fc
    .constantFrom(1, SCHEMA_VERSION + 1, '2', null, -1)
    .map((v) => fieldCase('wrongVersion', ['schemaVersion'], { ...BASE, schemaVersion: v })),
  fc
    .constantFrom('accord', 'Accord-Workshop', 1, null, undefined)
    .map((v) => ({ kind: 'wrongVersion' as const, bytes: enc.encode(file(BASE, { format: v })), mustName: /format/ })),
);

/** Cut anywhere before the closing brace, in bytes (so possibly inside a multi-byte character). */
const truncated = fc.constantFrom(V2_TEXT, V1_TEXT).chain((text) => {
  const bytes = enc.encode(text);
  const end = bytes.lastIndexOf('}'.charCodeAt(0));
  return fc
    .integer({ min: 0, max: end - 1 })
    .map((at) => ({ kind: 'truncated' as const, bytes: bytes.slice(0, at), mustName: /JSON|empty/ }));
});

const FILE_LEVEL = /JSON|empty|format|schemaVersion|workshop|object/;
const notJson = fc
  .oneof(
    fc.string({ maxLength: 200 }).map((s) => enc.encode(s)),
    fc.uint8Array({ maxLength: 2000 }),
    fc.json({ maxDepth: 3 }).map((s) => enc.encode(s)),
    fc
      .constantFrom(
        '%PDF-1.7\n%âãÏÓ\n1 0 obj',
        '<?xml version="1.0"?><workshop/>',
        'id,title\n1,Acme',
        "{'format': 'accord-workshop'}",
        '{"format":"accord-workshop",}',
        'NaN',
        '\uFEFF',
        '\uFEFF{}',
        '  \n\t ',
      )
      .map((s) => enc.encode(s)),
  )
  .map((bytes) => ({ kind: 'notJson' as const, bytes, mustName: FILE_LEVEL }));

export const badFile: fc.Arbitrary<BadFile> = fc.oneof(
  { arbitrary: wrongType, weight: 5 },
  { arbitrary: missingField, weight: 4 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: wrongVersion, weight: 2 },
  { arbitrary: truncated, weight: 3 },
  { arbitrary: notJson, weight: 3 },
);

/** A refusal a facilitator can act on: one line, one sentence, ending with a full stop. */
export function isOneSentence(message: string): boolean {
  return (
    message.trim().length > 0 &&
    !/[\n\r]/.test(message) &&
    /[.…]$/.test(message) &&
    !/[.!?]\s+[A-Z]/.test(message.replace(/"[^"]*"/g, '""'))
  );
}
