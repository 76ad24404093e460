/**
 * The SLA's canonical form and fingerprint, where callers have always imported them from.
 * canonicalJson lives in json.ts and the content itself in content.ts (which reads the
 * clauses), so that the pieces do not import each other in a circle.
 */
export { canonicalJson, hashCanonical } from './json';
export { draftContent as slaContent, slaContentHash, currentDocument, type CurrentDocument } from './content';
export type { SlaContent } from '../workshop/steps/sla';

/** Async SHA-256 through WebCrypto, for callers that hash bytes outside the SLA content. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
