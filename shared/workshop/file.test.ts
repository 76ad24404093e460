import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from './factory';
import { parseWorkshopFile, prepareImport, serializeWorkshopFile, validateWorkshop } from './file';
import { WORKSHOP_MIGRATIONS, type JsonRecord, type WorkshopMigration } from './migrations';
import { signedSample } from '../sla/testSupport';
import { slaFromV2 } from './migrateSlaV2';
import { migrateNumbersV5 } from './migrateV5/numbers';
import { SCHEMA_VERSION, workshopSchema, type Workshop } from './schema';

const signed = (): Workshop => signedSample(['p-maya']);

/** A valid file, edited as a person or a broken disk might. */
const fileWith = (edit: (file: JsonRecord & { workshop: JsonRecord }) => void): string => {
  const file = JSON.parse(serializeWorkshopFile(signed())) as JsonRecord & { workshop: JsonRecord };
  edit(file);
  return JSON.stringify(file);
};
const errorOf = (text: string): string => {
  const result = parseWorkshopFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('workshop file', () => {
  it('round-trips a workshop', () => {
    for (const w of [signed(), newWorkshop({ title: '中文 título' })]) {
      const text = serializeWorkshopFile(w, new Date('2027-01-01T00:00:00Z'));
      expect(text).toContain('\n  "format": "accord-workshop",\n');
      expect(JSON.parse(text)).toMatchObject({ schemaVersion: SCHEMA_VERSION, exportedAt: '2027-01-01T00:00:00.000Z' });
      expect(parseWorkshopFile(text)).toEqual({ ok: true, workshop: w });
    }
  });

  it('accepts a bare workshop object and a byte-order mark', () => {
    const w = signed();
    expect(parseWorkshopFile(JSON.stringify(w))).toEqual({ ok: true, workshop: w });
    expect(parseWorkshopFile(`\uFEFF${serializeWorkshopFile(w)}`)).toEqual({ ok: true, workshop: w });
  });

  it('refuses text that is not JSON, saying where', () => {
    const text = serializeWorkshopFile(signed());
    expect(errorOf(text.slice(0, 120))).toMatch(/^The file is not valid JSON \(.+ at position \d+\)\.$/);
    expect(errorOf('{"format": "accord-workshop", "workshop":')).toBe('The file is not valid JSON (unexpected end at position 41).');
    expect(errorOf('{"format": "accord-workshop"')).toMatch(
      /^The file is not valid JSON \(expected ',' or '}' after property value at position 28\b.*\)\.$/,
    );
    // A PDF picked by mistake: the message must not echo its bytes (line breaks included).
    expect(errorOf('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')).toBe("The file is not valid JSON (unexpected token '%').");
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf('[1, 2]')).toBe('Not an Accord workshop file: expected a JSON object at the top level, got a list.');
  });

  it('refuses a file that is not an Accord workshop', () => {
    expect(errorOf('{"name": "a playlist"}')).toBe('Not an Accord workshop file: the "format" field is missing.');
    expect(errorOf(fileWith((f) => (f.format = 'accord-sla')))).toBe(
      'Not an Accord workshop file: the "format" field is "accord-sla", expected "accord-workshop".',
    );
    expect(errorOf(fileWith((f) => delete (f as JsonRecord).workshop))).toBe('The "workshop" field is missing.');
    expect(errorOf(fileWith((f) => delete f.schemaVersion))).toBe(
      `The "schemaVersion" field is missing; expected a whole number such as ${SCHEMA_VERSION}.`,
    );
    expect(errorOf(fileWith((f) => (f.schemaVersion = '1')))).toBe(
      `The "schemaVersion" field is "1"; expected a whole number such as ${SCHEMA_VERSION}.`,
    );
  });

  it('refuses a file from a newer Accord', () => {
    expect(errorOf(fileWith((f) => (f.schemaVersion = SCHEMA_VERSION + 1)))).toBe(
      `This file was made by a newer version of Accord (schemaVersion ${SCHEMA_VERSION + 1}); this version reads up to ${SCHEMA_VERSION}.`,
    );
  });

  it('names the field and what it allows when a value has the wrong type or is missing', () => {
    const goal = (f: { workshop: JsonRecord }) => (f.workshop.goals as { goals: JsonRecord[] }).goals[0] as JsonRecord;
    expect(errorOf(fileWith((f) => (goal(f).target = '6M')))).toBe('goals.goals.0.target: expected a number, got "6M".');
    expect(errorOf(fileWith((f) => delete f.workshop.title))).toBe('title: expected text, but it is missing.');
    expect(errorOf(fileWith((f) => (f.workshop.language = 'fr')))).toBe(
      'language: expected one of "en", "pt-BR", "es", "zh-CN", got "fr".',
    );
    expect(errorOf(fileWith((f) => (goal(f).deadline = '31/12/2027')))).toBe(
      'goals.goals.0.deadline: expected a date as YYYY-MM-DD, got "31/12/2027".',
    );
    expect(errorOf(fileWith((f) => (goal(f).deadline = 20271231)))).toBe('goals.goals.0.deadline: expected text, got 20271231.');
    expect(errorOf(fileWith((f) => (f.workshop.title = 'x'.repeat(250))))).toBe(
      'title: expected at most 200 characters, got 250 characters.',
    );
    expect(errorOf(fileWith((f) => ((f.workshop.goals as JsonRecord).currency = 'euro')))).toBe(
      'goals.currency: expected a three-letter ISO currency code, got "euro".',
    );
    expect(errorOf(fileWith((f) => ((f.workshop.sla as JsonRecord).termMonths = 1.5)))).toBe(
      'sla.termMonths: expected a whole number, got 1.5.',
    );
    expect(errorOf(fileWith((f) => (f.workshop.commitment = null)))).toBe('commitment: expected an object, got null.');
    expect(errorOf(fileWith((f) => ((f.workshop.title = 7), (f.workshop.facilitator = 8))))).toBe(
      'title: expected text, got 7 (and 1 more problem).',
    );
  });

  it('migrates an older file forward through the migration steps', () => {
    // A synthetic version 0 that called the client "client" and had no currency yet.
    const v0to1: WorkshopMigration = {
      from: 0,
      change: 'client → clientCompany; goals gain a currency',
      up: ({ client, ...doc }) => ({ ...doc, clientCompany: client, goals: { ...(doc.goals as JsonRecord), currency: 'USD' } }),
    };
    // Steps 3–6, 8–10 and facilitation arrive empty with the real v1 → v2 step, so the expected result has them empty.
    const empty = newWorkshop();
    const w = {
      ...signed(),
      goals: { ...signed().goals, currency: 'USD' },
      targetBuyer: empty.targetBuyer,
      leadProcess: empty.leadProcess,
      qualifiedLead: empty.qualifiedLead,
      handOff: empty.handOff,
      metrics: empty.metrics,
      technology: empty.technology,
      feedback: empty.feedback,
      facilitation: empty.facilitation,
    };
    // Step 7 as schemaVersion 2 had it (one signature, no versions); the real v2 → v3 step reshapes it.
    const slaV2 = {
      commitments: w.sla.commitments.map(({ rhythm: _r, ...c }) => c),
      effectiveDate: w.sla.effectiveDate,
      termMonths: w.sla.termMonths,
      signerIds: w.sla.signerIds,
      signatures: w.sla.versions[0]!.signatures.map(({ consent: _c, ...s }) => s),
    };
    // … and the v4 → v5 step gives its commitments their levels and the week its first day.
    const numbersV5 = migrateNumbersV5({
      language: w.language,
      sla: { ...(slaFromV2({ ...w, sla: slaV2 }) as object), seals: [], sealers: [] },
    });
    w.sla = workshopSchema.shape.sla.parse(numbersV5.sla);
    const {
      clientCompany,
      goals,
      targetBuyer: _t,
      leadProcess: _l,
      qualifiedLead: _q,
      handOff: _h,
      metrics: _m,
      technology: _tc,
      feedback: _f,
      facilitation: _fa,
      sla: _s,
      ...rest
    } = w;
    const { currency: _dropped, ...goalsV0 } = goals;
    const v0 = { ...rest, sla: slaV2, schemaVersion: 0, client: clientCompany, goals: goalsV0 };
    const text = JSON.stringify({ format: 'accord-workshop', schemaVersion: 0, exportedAt: '2025-01-01T00:00:00Z', workshop: v0 });

    expect(parseWorkshopFile(text, [v0to1, ...WORKSHOP_MIGRATIONS])).toEqual({ ok: true, workshop: w });
    expect(errorOf(text)).toBe(`This file uses schemaVersion 0, which this version of Accord cannot upgrade (it reads ${SCHEMA_VERSION}).`);
  });

  // A signed workshop carries a frozen version (clauses, calculator, audit): ~2 s alone, more on a busy machine.
  it('never throws, and either returns a valid workshop or one sentence, whatever is changed or cut', { timeout: 20_000 }, () => {
    const text = serializeWorkshopFile(signed());
    const paths: Array<Array<string | number>> = [];
    const walk = (node: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
      }
    };
    walk(JSON.parse(text), []);

    const replaced = fc.tuple(fc.constantFrom(...paths), fc.option(fc.jsonValue(), { nil: undefined })).map(([path, value]) => {
      const file = JSON.parse(text) as unknown;
      if (path.length === 0) return JSON.stringify(value) ?? '';
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], file);
      const key = path[path.length - 1]!;
      if (value === undefined) delete (parent as Record<string | number, unknown>)[key];
      else (parent as Record<string | number, unknown>)[key] = value;
      return JSON.stringify(file);
    });
    const truncated = fc.nat({ max: text.length }).map((n) => text.slice(0, n));

    fc.assert(
      fc.property(fc.oneof(replaced, truncated), (mutated) => {
        const result = parseWorkshopFile(mutated);
        if (result.ok) expect(workshopSchema.safeParse(result.workshop).success).toBe(true);
        else expect(result.error).toMatch(/^[^\n]+\.$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validateWorkshop', () => {
  it('accepts a valid workshop and names the field of an invalid one', () => {
    expect(validateWorkshop(signed())).toEqual({ ok: true, workshop: signed() });
    expect(validateWorkshop({ ...signed(), createdAt: 'yesterday' })).toEqual({
      ok: false,
      error: 'createdAt: expected a date and time such as 2026-12-03T09:30:00Z, got "yesterday".',
    });
  });
});

describe('prepareImport', () => {
  it('keeps a workshop whose id is free as it is', () => {
    const w = signed();
    expect(prepareImport(w, new Set(['other']))).toBe(w);
  });

  it('turns a workshop whose id is taken into a copy, leaving the original alone', () => {
    const w = signed();
    const before = structuredClone(w);
    const copy = prepareImport(w, new Set([w.id]), new Date('2027-02-01T00:00:00Z'));
    expect(copy.id).not.toBe(w.id);
    expect(copy.title).toBe(`${w.title} (imported)`);
    expect(copy.sla.versions).toEqual([]); // they signed the original's id and title
    expect(copy.sla.frozen).toBe(false);
    expect(copy.createdAt).toBe('2027-02-01T00:00:00.000Z');
    expect(w).toEqual(before);
    expect(workshopSchema.safeParse(copy).success).toBe(true);
  });

  it('keeps a long title within the limit', () => {
    const w = { ...signed(), title: 'T'.repeat(200) };
    const copy = prepareImport(w, new Set([w.id]));
    expect(copy.title).toHaveLength(200);
    expect(copy.title.endsWith(' (imported)')).toBe(true);
  });
});
