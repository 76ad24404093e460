import { beforeAll, describe, expect, it } from 'vitest';
import { latin1 } from './bytes';
import { certificateFingerprint } from './certificates';
import { readSeal } from './read';
import { recordFor } from './record';
import { attachRecord, sealPdf } from './seal';
import type { Sealer } from './sealer';
import { edited, flipped, plainPdf, sealedSample, testSealer } from './testSupport';
import { judge, EMPTY_TRUST } from './trust';

let sealer: Sealer;
let fingerprint: string;
let sealed: Uint8Array;
let recordSealed: Uint8Array;

beforeAll(async () => {
  sealer = await testSealer('install-42');
  fingerprint = await certificateFingerprint(sealer.certificates[0]!);
  sealed = await sealPdf(await plainPdf(), sealer, { now: new Date('2026-12-01T09:30:00Z') });
  const w = await sealedSample(sealer);
  recordSealed = await sealPdf(await attachRecord(await plainPdf(), recordFor(w)), sealer);
});

describe('sealing a PDF', () => {
  it('reads back intact, naming the sealer by certificate subject and fingerprint, with the sealing time', async () => {
    const report = await readSeal(sealed);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('intact');
    expect(report.sealer?.subject).toBe('Accord seal install-42');
    expect(report.sealer?.fingerprint).toBe(fingerprint);
    expect(report.sealedAt).toBe('2026-12-01T09:30:00.000Z');
    // No record: intact bytes, but not an Accord SLA, so never a trusted verdict.
    expect(report.record).toEqual({ format: null, problem: { code: 'none' } });
    expect(judge(report, { ...EMPTY_TRUST, own: [fingerprint] }).verdict).toBe('broken');
  });

  it('carries the record: the fingerprint is recomputed from the content, the trail and its seals verified', async () => {
    const report = await readSeal(recordSealed);
    expect(report.status).toBe('intact');
    const record = report.record;
    expect(record?.format).toBe(2);
    if (record?.format !== 2) return;
    expect(record.check.ok).toBe(true);
    expect(record.check.version).toBe(1);
    expect(record.check.signers.map((s) => s.typedName)).toEqual(['Maya Chen', 'Diego Alvarez']);
    expect(record.check.trail.seals.ok && record.check.trail.seals.segments).toMatchObject([
      { from: 0, to: 4, kind: 'recorded', sealer: fingerprint },
    ]);
    expect(judge(report, { ...EMPTY_TRUST, own: [fingerprint] })).toMatchObject({ verdict: 'trusted', sealerTrust: 'thisInstall' });
    // The same file read by someone who does not know this install: intact, but never green.
    expect(judge(report, EMPTY_TRUST)).toMatchObject({
      verdict: 'untrusted',
      sealerTrust: 'unknown',
      untrusted: [{ code: 'unknownSealer' }, { code: 'unknownTrailSealer', from: 1, to: 4, sealer: fingerprint }],
    });
  });

  it('reports one flipped byte inside the signed range, and a changed number or MediaBox, as broken', async () => {
    const stream = latin1(sealed).indexOf('stream\n') + 20;
    expect((await readSeal(flipped(sealed, stream))).problems).toEqual([{ code: 'cms', problem: { code: 'digestMismatch' } }]);
    for (const [from, to] of [
      ['(Marketing delivers 180 MQLs per month)', '(Marketing delivers 980 MQLs per month)'],
      ['/MediaBox [ 0 0 595 842 ]', '/MediaBox [ 0 0 595 843 ]'],
    ] as const) {
      expect((await readSeal(edited(sealed, from, to))).status).toBe('broken');
    }
  });

  it('reports bytes appended after sealing by their number, never their content, and allows one trailing newline', async () => {
    const append = (text: string) => new Uint8Array([...recordSealed, ...new TextEncoder().encode(text)]);
    expect((await readSeal(append('\n'))).status).toBe('intact');
    expect((await readSeal(append('\r\n'))).status).toBe('intact');
    const forgedRecord = '\n1 0 obj << /AccordSla <feff007b> /Note (Version 9 signed by Mallory) >> endobj\n%%EOF\n';
    const appended = await readSeal(append(forgedRecord));
    expect(appended.status).toBe('broken');
    expect(appended.problems).toContainEqual({ code: 'bytesAppended', bytes: forgedRecord.length });
    expect(JSON.stringify(appended)).not.toContain('Mallory');
    // The record is still the one that was sealed.
    expect(appended.record?.format === 2 && appended.record.check.version).toBe(1);
  });

  it('reports a forged RSA signature value as broken though the digest still matches', async () => {
    const text = latin1(sealed);
    const b = Number(/\/ByteRange \[\s*0\s+(\d+)/.exec(text)![1]);
    // The CMS is DER "30 82 hi lo …"; its last element is the RSA signature.
    const cmsLength = 4 + parseInt(text.slice(b + 5, b + 9), 16);
    const at = b + 1 + cmsLength * 2 - 8;
    const digit = text[at] === '0' ? '1' : '0';
    const report = await readSeal(edited(sealed, text.slice(at - 40, at + 1), text.slice(at - 40, at) + digit));
    expect(report.problems).toEqual([{ code: 'cms', problem: { code: 'badSignature' } }]);
  });

  it('tells an unsealed PDF and a file that is not a PDF apart, without throwing', async () => {
    expect((await readSeal(await plainPdf())).status).toBe('unsealed');
    expect((await readSeal(new TextEncoder().encode('hello'))).status).toBe('not-pdf');
    expect((await readSeal(new Uint8Array())).status).toBe('not-pdf');
    expect((await readSeal(new TextEncoder().encode('%PDF-1.7\n/ByteRange [0 10 999999 5]\n<zz>'))).status).not.toBe('intact');
    expect((await readSeal(sealed.subarray(0, Math.floor(sealed.length / 2)))).status).toBe('broken');
  });

  it('is not fooled by signature syntax in the file: a decoy ByteRange in a string, or a second signature field', async () => {
    // A decoy written before the real signature dictionary, as a client name in the info dictionary would be.
    const decoy = await sealPdf(await plainPdf(['Acme /ByteRange [0 1 2 3] endobj %%EOF stream (']), sealer);
    expect((await readSeal(decoy)).status).toBe('intact');
    const twice = await sealPdf(sealed, sealer);
    const report = await readSeal(twice);
    expect(report.status).toBe('broken');
    expect(report.problems).toContainEqual({ code: 'severalSignatures', count: 2 });
  });
});
