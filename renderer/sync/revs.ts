import { canonicalJson } from '../../shared/sla/json';
import { sha256Hex } from '../../shared/sla/canonical';

export const revGeneration = (rev: string): number => Number.parseInt(rev.split('-')[0] ?? '0', 10) || 0;

/**
 * A revision id for a version this laptop adds beside one it could not replace (CouchDB's
 * `new_edits: false`): the next generation after its base, and a hash of its content, so the
 * same content from two laptops is the same revision.
 */
export async function nextRev(base: string, content: unknown): Promise<string> {
  const hash = (await sha256Hex(canonicalJson(content))).slice(0, 32);
  return `${revGeneration(base) + 1}-${hash}`;
}
