import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSealIdentity } from './identity';
import { readSeal } from './read';
import { sealPdf } from './seal';
import { byteRange, plainPdf, sampleFacts } from './testSupport';

/**
 * readSeal reads files from anywhere: whatever the bytes, it answers with a report, never an
 * exception, and no change inside the signed bytes ever reads as intact.
 */
let sealed: Uint8Array;
beforeAll(async () => {
  sealed = await sealPdf(await plainPdf(), await createSealIdentity(), sampleFacts());
});

const STATUSES = ['intact', 'broken', 'unsealed', 'not-pdf'];

describe('readSeal on hostile input', () => {
  it('answers every random or truncated file with a report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.nat().map((n) => sealed.subarray(0, n % sealed.length)),
          fc.tuple(fc.string({ maxLength: 200 }), fc.array(fc.nat({ max: 99999 }), { minLength: 4, maxLength: 4 }), fc.string({ maxLength: 300 })).map(
            ([a, r, b]) => new TextEncoder().encode(`%PDF-1.7\n${a}/ByteRange [${r.join(' ')}]${b}/Contents <3082>`),
          ),
        ),
        async (bytes) => {
          const report = await readSeal(bytes);
          expect(STATUSES).toContain(report.status);
          if (report.status !== 'intact') expect(report.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reads a file with a changed signed byte as intact', async () => {
    const [, b, c, d] = byteRange(sealed);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: b + d - 1 }), fc.integer({ min: 1, max: 255 }), async (k, mask) => {
        const offset = k < b ? k : c + (k - b);
        const copy = new Uint8Array(sealed);
        copy[offset] = copy[offset]! ^ mask;
        expect((await readSeal(copy)).status).not.toBe('intact');
      }),
      { numRuns: 300 },
    );
  });
});
