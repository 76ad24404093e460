import { canonicalJson } from '../../shared/sla/json';

/**
 * The content of a workshop as one string, whatever its key order and save time: two copies
 * with the same key are the same workshop (a file brought back untouched, a snapshot of a state
 * already kept). Takes stored docs of any schema version.
 */
export const contentKey = (doc: unknown): string =>
  canonicalJson(doc && typeof doc === 'object' ? { ...(doc as Record<string, unknown>), updatedAt: '' } : doc);
