import { z } from 'zod';

export const id = z.string().min(1).max(64);
export const text = (max = 2000) => z.string().max(max);
/** ISO calendar date (YYYY-MM-DD) or empty while not chosen yet. */
export const isoDateOrEmpty = z.union([z.literal(''), z.iso.date()]);
export const isoDateTime = z.iso.datetime({ offset: true });
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in 64 lower-case hex digits');
