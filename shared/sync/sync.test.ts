import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signedSample } from '../sla/testSupport';
import { recordExport } from '../sla/versions';
import { verifyAuditChain } from '../sla/audit';
import { canonicalJson, hashCanonical } from '../sla/json';
import type { Workshop } from '../workshop/schema';
import { workshopToDocs, sameDocContent } from './mapping';
import { mergeIntoWorkshop } from './merge';
import { checkIncoming } from './validate';
import { mergeAuditTrails } from './auditMerge';
import type { SyncDoc } from './docs';

const ME = { by: 'Ana', at: '2026-12-04T10:00:00.000Z' };
const THEM = { by: 'Ben', at: '2026-12-04T10:05:00.000Z' };
const sortById = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

function checkAll(docs: readonly unknown[], known?: Map<number, string>): SyncDoc[] {
  return docs.map((d) => {
    const c = checkIncoming(structuredClone(d), known);
    if (!c.ok) throw new Error(`${c.docId}: ${c.code} ${c.path ?? ''}`);
    return c.doc;
  });
}

function decision(w: Workshop, id: string, text: string, at: string) {
  w.facilitation.decisions.push({ id, text, stepId: null, at });
}
function period(w: Workshop, id: string, start: string) {
  w.feedback.periods.push({ id, label: id, start, end: start, actuals: {} });
}

describe('a workshop as CouchDB documents', () => {
  it('arrives on a laptop that never held it exactly as it was shared, signed versions and trail intact', () => {
    const w = signedSample();
    const got = mergeIntoWorkshop(undefined, checkAll(workshopToDocs(w, ME)));
    expect(got.quarantined).toEqual([]);
    expect(got.trail?.ok).toBe(true);
    // Items arrive in the order they were made (the sample lists two action items otherwise).
    const byTime = structuredClone(w);
    byTime.facilitation.actionItems.sort((x, y) => (x.createdAt < y.createdAt ? -1 : 1));
    expect(canonicalJson(got.workshop)).toBe(canonicalJson({ ...byTime, updatedAt: ME.at }));
  });

  it('waits for every unit before building a workshop it does not hold', () => {
    const docs = checkAll(workshopToDocs(signedSample(), ME)).filter((d) => !(d.type === 'unit' && d.unit === 'goals'));
    expect(mergeIntoWorkshop(undefined, docs).workshop).toBeNull();
  });

  it('only writes what changed: an edit to one step changes one document', () => {
    const w = signedSample();
    const before = workshopToDocs(w, ME);
    const edited = structuredClone(w);
    edited.handOff.routingDetail = 'Call within the hour';
    const after = workshopToDocs(edited, THEM);
    const changed = after.filter((d, i) => !sameDocContent(d, before[i]!)).map((d) => d._id);
    expect(changed).toEqual([`w:${w.id}:unit:handOff`]);
  });

  it('two laptops editing different steps, adding decisions, compliance periods and audit events offline converge with nothing lost', () => {
    const base = signedSample();
    const a = structuredClone(base);
    const b = structuredClone(base);
    a.goals.currency = 'BRL';
    b.title = 'Renamed on the other laptop';
    decision(a, 'd-a', 'Weekly triage on Mondays', '2026-12-04T09:00:00.000Z');
    decision(b, 'd-b', 'Leads scored twice a day', '2026-12-04T09:30:00.000Z');
    period(a, 'p-a', '2026-11-01');
    period(b, 'p-b', '2026-12-01');
    recordExport(a, 1, a.sla.versions[0]!.contentHash, new Date('2026-12-04T09:10:00Z'));
    recordExport(b, 1, b.sla.versions[0]!.contentHash, new Date('2026-12-04T09:20:00Z'));

    const onA = mergeIntoWorkshop(a, checkAll(workshopToDocs(b, THEM).filter((d) => d.type !== 'unit' || d.unit === 'meta')));
    const onB = mergeIntoWorkshop(b, checkAll(workshopToDocs(a, ME).filter((d) => d.type !== 'unit' || d.unit === 'goals')));
    for (const r of [onA, onB]) {
      expect(r.quarantined).toEqual([]);
      expect(r.trail?.ok).toBe(true);
      const w = r.workshop!;
      expect(w.goals.currency).toBe('BRL');
      expect(w.title).toBe('Renamed on the other laptop');
      expect(w.facilitation.decisions.map((d) => d.id)).toEqual(expect.arrayContaining(['d-a', 'd-b']));
      expect(w.facilitation.decisions).toHaveLength(base.facilitation.decisions.length + 2);
      expect(w.feedback.periods.map((p) => p.id)).toEqual(expect.arrayContaining(['p-a', 'p-b']));
      expect(w.feedback.periods).toHaveLength(base.feedback.periods.length + 2);
      expect(w.sla.audit.filter((e) => e.type === 'exported').map((e) => e.at)).toEqual([
        '2026-12-04T09:10:00.000Z',
        '2026-12-04T09:20:00.000Z',
      ]);
    }
    // Both laptops hold the same trail, link for link.
    expect(onA.workshop!.sla.audit).toEqual(onB.workshop!.sla.audit);
    expect(sortById(onA.workshop!.facilitation.decisions)).toEqual(sortById(onB.workshop!.facilitation.decisions));
  });

  it('signatures given on two laptops offline both end up on the version', () => {
    const both = signedSample(['p-maya', 'p-diego']);
    const a = structuredClone(both);
    a.sla.versions[0]!.signatures = [both.sla.versions[0]!.signatures[0]!];
    const b = structuredClone(both);
    b.sla.versions[0]!.signatures = [both.sla.versions[0]!.signatures[1]!];
    const got = mergeIntoWorkshop(a, checkAll(workshopToDocs(b, THEM))).workshop!;
    expect(got.sla.versions[0]!.signatures).toEqual(both.sla.versions[0]!.signatures);
  });

  it('removes an item someone deleted on the server', () => {
    const w = signedSample();
    decision(w, 'd-x', 'Dropped later', '2026-12-04T09:00:00.000Z');
    const got = mergeIntoWorkshop(w, [], [`w:${w.id}:decision:d-x`]).workshop!;
    expect(got.facilitation.decisions.map((d) => d.id)).not.toContain('d-x');
  });
});

describe('documents from the server are not trusted', () => {
  const w = signedSample();
  const docs = workshopToDocs(w, THEM);
  const find = (pred: (d: SyncDoc) => boolean) => structuredClone(docs.find(pred)!) as Record<string, unknown> & SyncDoc;
  const known = new Map(w.sla.versions.map((v) => [v.number, v.contentHash]));

  it.each([
    [
      'a number where text belongs',
      () => ({ ...find((d) => d.type === 'unit' && d.unit === 'meta'), data: { ...(docs[0]! as { data: object }).data, title: 42 } }),
      'invalid',
    ],
    [
      'a string past its limit',
      () => ({
        ...find((d) => d.type === 'decision' || d.type === 'unit'),
        data: { ...(docs[0]! as { data: object }).data, title: 'x'.repeat(201) },
      }),
      'invalid',
    ],
    ['a document larger than any Accord writes', () => ({ ...find((d) => d.type === 'unit'), junk: 'x'.repeat(3_000_000) }), 'tooLarge'],
    ['an unknown kind of document', () => ({ _id: 'w:x:evil', type: 'script', workshopId: 'x' }), 'invalid'],
  ] as const)('%s is quarantined', (_name, make, code) => {
    const r = checkIncoming(make(), known);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe(code);
  });

  it('a forged signed version (content changed, fingerprint kept) is quarantined', () => {
    const v = find((d) => d.type === 'version') as Extract<SyncDoc, { type: 'version' }>;
    v.version.content.title = 'Nobody';
    expect(checkIncoming(v, known)).toMatchObject({ ok: false, code: 'forgedVersion' });
  });

  it('a version that would take the number of one this laptop holds is quarantined, and the merge never replaces it', () => {
    // Self-consistent (its fingerprint matches its content): only the number clashes.
    const clash = structuredClone(find((d) => d.type === 'version')) as Extract<SyncDoc, { type: 'version' }>;
    const fake = { ...clash.version, content: { ...clash.version.content, title: 'Someone else' } };
    fake.contentHash = hashCanonical(fake.content);
    const doc = { ...clash, _id: `w:${w.id}:version:1:${fake.contentHash}`, version: fake };
    expect(checkIncoming(doc, known)).toMatchObject({ ok: false, code: 'rewritesSignedVersion' });
    const merged = mergeIntoWorkshop(w, [checkIncoming(doc).ok ? (checkIncoming(doc) as { doc: SyncDoc }).doc : (null as never)]);
    expect(merged.quarantined).toMatchObject([{ code: 'rewritesSignedVersion' }]);
    expect(merged.workshop!.sla.versions).toEqual(w.sla.versions);
  });

  it('an audit event whose hash does not match its fields is quarantined', () => {
    const e = find((d) => d.type === 'audit') as Extract<SyncDoc, { type: 'audit' }>;
    e.event.actor = 'Mallory';
    expect(checkIncoming(e, known)).toMatchObject({ ok: false, code: 'forgedEvent' });
  });

  it('a document whose id does not match its content is quarantined', () => {
    const d = find((x) => x.type === 'decision' || (x.type === 'unit' && x.unit === 'goals'));
    expect(checkIncoming({ ...d, _id: `w:${w.id}:unit:handOff` }, known)).toMatchObject({ ok: false, code: 'idMismatch' });
  });

  it('leaves the local workshop byte-identical when everything that arrived was quarantined', () => {
    const local = signedSample();
    const before = canonicalJson(local);
    const hostile = [
      { ...find((d) => d.type === 'unit'), data: { evil: true } },
      { _id: 'x', type: 'audit' },
    ];
    const accepted = hostile.map((h) => checkIncoming(h, known)).filter((r) => r.ok);
    expect(accepted).toEqual([]);
    const merged = mergeIntoWorkshop(local, []);
    expect(canonicalJson(local)).toBe(before);
    expect(canonicalJson(merged.workshop)).toBe(before);
  });
});

describe('merging audit trails', () => {
  it('gives the same verified trail whatever the order events arrive in, and keeps every event', () => {
    const base = signedSample();
    const forks = [0, 1].map((k) => {
      const w = structuredClone(base);
      for (let i = 0; i < 3; i++) recordExport(w, 1, w.sla.versions[0]!.contentHash, new Date(Date.UTC(2026, 11, 4, 9, k * 7 + i * 13)));
      return w.sla.audit;
    });
    const all = [...new Map([...forks[0]!, ...forks[1]!].map((e) => [e.hash, e])).values()];
    const reference = mergeAuditTrails(forks[0]!, forks[1]!);
    expect(reference.events).toHaveLength(base.sla.audit.length + 6);
    expect(verifyAuditChain(reference.events, base.sla.versions).ok).toBe(true);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        const again = mergeAuditTrails(order);
        expect(again.events).toEqual(reference.events);
        // Merging the merged trail with the originals again changes nothing: laptops converge.
        expect(mergeAuditTrails(again.events, order).events).toEqual(reference.events);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps an unforked trail exactly as recorded', () => {
    const w = signedSample();
    expect(mergeAuditTrails(w.sla.audit, w.sla.audit.slice(0, 2))).toMatchObject({ events: w.sla.audit, relinked: 0, waiting: 0 });
  });
});
