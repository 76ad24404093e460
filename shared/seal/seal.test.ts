import { beforeAll, describe, expect, it } from 'vitest';
import { latin1 } from './bytes';
import { createSealIdentity, parseSealIdentity, serializeSealIdentity, type SealIdentity } from './identity';
import { readSeal } from './read';
import { sealPdf } from './seal';
import { edited, flipped, plainPdf, sampleFacts } from './testSupport';

let identity: SealIdentity;
let sealed: Uint8Array;

beforeAll(async () => {
  identity = await createSealIdentity({ installId: 'install-42', now: new Date('2026-12-01T08:00:00Z') });
  sealed = await sealPdf(await plainPdf(), identity, sampleFacts(), { now: new Date('2026-12-01T09:30:00Z') });
});

describe('sealing an SLA PDF', () => {
  it('reads back intact, with the sealed facts, the signer certificate and the sealing time', async () => {
    const report = await readSeal(sealed);
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('intact');
    expect(report.facts).toEqual(sampleFacts());
    expect(report.certificate?.subject).toBe('Accord seal install-42');
    expect(report.certificate?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(report.sealedAt).toBe('2026-12-01T09:30:00.000Z');
  });

  it('reports one flipped byte inside the signed range as broken', async () => {
    const text = latin1(sealed);
    const stream = text.indexOf('stream\n') + 20; // inside the first page's content stream
    const tampered = flipped(sealed, stream);
    const report = await readSeal(tampered);
    expect(report.status).toBe('broken');
    expect(report.problems.join(' ')).toContain('digest mismatch');
  });

  it('reports a changed number on a page and a changed MediaBox as broken', async () => {
    for (const [from, to] of [
      ['(Marketing delivers 180 MQLs per month)', '(Marketing delivers 980 MQLs per month)'],
      ['/MediaBox [ 0 0 595 842 ]', '/MediaBox [ 0 0 595 843 ]'],
    ] as const) {
      const tampered = edited(sealed, from, to);
      expect((await readSeal(tampered)).status).toBe('broken');
    }
  });

  it('reports bytes appended after sealing, and a second signature, as broken', async () => {
    const append = (text: string) => new Uint8Array([...sealed, ...new TextEncoder().encode(text)]);
    const appended = await readSeal(append('\n% appended\n'));
    expect(appended.status).toBe('broken');
    expect(appended.problems).toContain('12 bytes were added after sealing');
    const resigned = await readSeal(append('\n9 0 obj << /Type /Sig /ByteRange [0 10 20 30] >> endobj\n'));
    expect(resigned.status).toBe('broken');
    expect(resigned.problems.join(' ')).toContain('2 signatures');
  });

  it('reports a forged RSA signature value as broken, though the digest still matches', async () => {
    const text = latin1(sealed);
    const [, b] = /\/ByteRange \[(\d+) (\d+)/.exec(text)!.slice(1).map(Number) as number[];
    // The CMS is DER "30 82 hi lo …"; its last element is the RSA signature.
    const cmsLength = 4 + parseInt(text.slice(b! + 5, b! + 9), 16);
    const at = b! + 1 + cmsLength * 2 - 8;
    const digit = text[at] === '0' ? '1' : '0';
    const report = await readSeal(edited(sealed, text.slice(at - 40, at + 1), text.slice(at - 40, at) + digit));
    expect(report.status).toBe('broken');
    expect(report.problems).toEqual(['the signature does not verify with its certificate']);
  });

  it('tells an unsealed PDF and a file that is not a PDF apart, without throwing', async () => {
    expect((await readSeal(await plainPdf())).status).toBe('unsealed');
    expect((await readSeal(new TextEncoder().encode('hello'))).status).toBe('not-pdf');
    expect((await readSeal(new Uint8Array())).status).toBe('not-pdf');
    const garbage = new TextEncoder().encode('%PDF-1.7\n/ByteRange [0 10 999999 5]\n<zz>');
    expect((await readSeal(garbage)).status).toBe('broken');
    const truncated = sealed.subarray(0, Math.floor(sealed.length / 2));
    expect((await readSeal(truncated)).status).toBe('broken');
  });
});

describe('the seal identity', () => {
  it('survives serialisation and seals the same way afterwards', async () => {
    const parsed = parseSealIdentity(serializeSealIdentity(identity));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.identity).toEqual(identity);
    const again = await sealPdf(await plainPdf(['another']), parsed.identity, sampleFacts({ slaVersion: 3 }));
    const report = await readSeal(again);
    expect(report.status).toBe('intact');
    expect(report.certificate?.fingerprint).toBe((await readSeal(sealed)).certificate?.fingerprint);
  });

  it('refuses a damaged stored identity, naming the field', () => {
    const stored = JSON.parse(serializeSealIdentity(identity)) as Record<string, unknown>;
    expect(parseSealIdentity('{')).toEqual({ ok: false, error: 'the stored seal key is not valid JSON' });
    const r = parseSealIdentity(JSON.stringify({ ...stored, privateKeyPkcs8: 'not base64!' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^the stored seal key is damaged: privateKeyPkcs8: /);
  });
});
