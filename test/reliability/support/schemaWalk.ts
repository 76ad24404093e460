import { workshopSchema } from '../../../shared/workshop/schema';

/**
 * Just enough of zod's schema tree to know, for any path of a workshop document, which JSON
 * types the field accepts and whether it may be left out. The bad-file generator uses it to
 * make files that are wrong by construction (a type the field never takes, a required key
 * removed), so that a refusal is the only correct answer, without asking the code under test.
 */
interface Def {
  type: string;
  shape?: Record<string, Node>;
  element?: Node;
  valueType?: Node;
  innerType?: Node;
  options?: Node[];
  values?: unknown[];
  in?: Node;
}
interface Node {
  _zod: { def: Def };
  maxLength?: number | null;
}

export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
export const JSON_TYPES: readonly JsonType[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];
export type Path = (string | number)[];

const WRAPPERS = new Set(['nullable', 'optional', 'default', 'readonly', 'catch', 'prefault', 'nonoptional']);

export const root = workshopSchema as unknown as Node;

/** The schema node for a path, looking through wrappers; undefined where a union makes it ambiguous. */
export function schemaAt(path: Path, node: Node = root): Node | undefined {
  let n: Node | undefined = node;
  for (const key of path) {
    n = n && unwrap(n);
    const def: Def | undefined = n?._zod.def;
    if (!def) return undefined;
    if (def.type === 'object') n = def.shape?.[String(key)];
    else if (def.type === 'array') n = def.element;
    else if (def.type === 'record') n = def.valueType;
    else return undefined;
  }
  return n;
}

function unwrap(n: Node): Node {
  let cur = n;
  while (WRAPPERS.has(cur._zod.def.type) && cur._zod.def.innerType) cur = cur._zod.def.innerType;
  if (cur._zod.def.type === 'pipe' && cur._zod.def.in) return unwrap(cur._zod.def.in);
  return cur;
}

/** JSON types a field accepts; all of them when the schema is too loose to say. */
export function accepted(n: Node): Set<JsonType> {
  const def = n._zod.def;
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      return new Set(['string']);
    case 'number':
    case 'int':
    case 'bigint':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'null':
      return new Set(['null']);
    case 'array':
    case 'tuple':
      return new Set(['array']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'literal':
      return new Set((def.values ?? []).map((v) => (v === null ? 'null' : (typeof v as JsonType))));
    case 'nullable':
      return new Set([...accepted(def.innerType!), 'null']);
    case 'union':
      return new Set((def.options ?? []).flatMap((o) => [...accepted(o)]));
    default:
      if (WRAPPERS.has(def.type) && def.innerType) return accepted(def.innerType);
      if (def.type === 'pipe' && def.in) return accepted(def.in);
      return new Set(JSON_TYPES);
  }
}

/** Whether a key may be missing from its object. */
export const optional = (n: Node): boolean => ['optional', 'default', 'prefault', 'catch'].includes(n._zod.def.type);

/** Whether the node's container is a plain object (so a key there is a named field, not a record entry). */
export function parentIsObject(path: Path): boolean {
  const parent = schemaAt(path.slice(0, -1));
  return parent !== undefined && unwrap(parent)._zod.def.type === 'object';
}

/** The declared maximum length of a string field, if any. */
export const maxLength = (n: Node): number | null => unwrap(n).maxLength ?? null;

/** Every path of a JSON value, containers and leaves, depth first. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push([...prefix, i], ...allPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...allPaths(v, [...prefix, k]));
  }
  return out;
}

export function jsonType(v: unknown): JsonType {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as JsonType;
}
