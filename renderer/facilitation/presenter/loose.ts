/** Reading workshop fields whose shape is still moving (presenter adapters, adapters.ts). */

/** A field read where its shape is moving: absent in one schema version, present in another. */
export type Loose<T> = { [K in keyof T]?: unknown };
export const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
