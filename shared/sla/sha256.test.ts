import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256HexSync } from './sha256';

const webCrypto = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

describe('sha256HexSync', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with WebCrypto on any text, including multi-byte and block-boundary lengths', async () => {
    for (const len of [55, 56, 63, 64, 65, 119, 120, 1000]) expect(sha256HexSync('x'.repeat(len))).toBe(await webCrypto('x'.repeat(len)));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (s) => {
        expect(sha256HexSync(s)).toBe(await webCrypto(s));
      }),
      { numRuns: 60 },
    );
  });
});
