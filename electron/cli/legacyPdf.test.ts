import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeal } from '../../shared/seal/read';
import { EMPTY_TRUST, judge } from '../../shared/seal/trust';

/** A fixture sealed by the Accord of 7 Dec 2026 (record in the document information, format 1). */
describe('a PDF sealed by Accord before this version (record format 1)', () => {
  it('still verifies as intact, its sealer identified, its numbers read as recorded', async () => {
    const old = new Uint8Array(readFileSync(new URL('../../test/fixtures/sla-format1.pdf', import.meta.url)));
    const report = await readSeal(old);
    expect(report.status).toBe('intact');
    expect(report.sealer?.subject).toBe('Accord seal 1db1036a-1c6c-44a5-8cc8-69a7ae69ae55');
    expect(report.sealer?.fingerprint).toBe('ec90fd5fe0a55db675e68f799f835e5329eb009543361338c745149c4dc0c920');
    expect(report.record).toMatchObject({
      format: 1,
      facts: { slaVersion: 1, contentHash: '5063f53a0726e17c2e40bcc99f0a023a74e4c878be82a5871db20e14492f40ec' },
    });
    expect(judge(report, EMPTY_TRUST).verdict).toBe('untrusted');
    expect(judge(report, { ...EMPTY_TRUST, sealers: ['ec90fd5fe0a55db675e68f799f835e5329eb009543361338c745149c4dc0c920'] }).verdict).toBe(
      'trusted',
    );
  });
});
