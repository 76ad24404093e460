import { describe, expect, it, vi } from 'vitest';
import { readSeal } from '../seal/read';
import { sealPdf } from '../seal/seal';
import { plainPdf, sealedSample, testSealer } from '../seal/testSupport';
import * as content from '../sla/content';

// The real function, counted: putting the printed version together (and hashing a draft) is the
// costly part of an export, and the record must describe exactly the document that was printed.
vi.mock('../sla/content', async (original) => {
  const real = await original<typeof import('../sla/content')>();
  return { ...real, currentDocument: vi.fn(real.currentDocument) };
});

const { renderSealedSla } = await import('./renderSla');

describe('the one path to a sealed SLA PDF', () => {
  it('builds the printed version once and embeds the record of that same version', async () => {
    const sealer = await testSealer('render-once');
    const workshop = await sealedSample(sealer);
    const built = vi.mocked(content.currentDocument);
    built.mockClear();

    const sla = await renderSealedSla(
      { workshop, sealer: { subject: 'Accord seal render-once', fingerprint: 'f'.repeat(64) }, now: new Date('2027-01-04T10:00:00Z') },
      // The PDF drawing is react-pdf's job, outside this path: a plain PDF stands in for it.
      () => plainPdf(),
      (unsealed) => sealPdf(unsealed, sealer),
    );

    expect(built).toHaveBeenCalledTimes(1);
    const report = await readSeal(sla.bytes);
    expect(report.status).toBe('intact');
    const record = report.record;
    expect(record?.format).toBe(2);
    if (record?.format !== 2) return;
    expect(record.check.ok).toBe(true);
    expect(record.check.version).toBe(sla.versionNumber);
    expect(record.check.contentHash).toBe(sla.contentHash);
  });
});
