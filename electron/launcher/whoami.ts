import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How a launcher tells its own kind on the fixed port from a squatter. Any local program can
 * bind a port and copy our headers, so a running server counts as "ours" only if it proves it
 * holds this user's launcher secret: it answers a fresh nonce with an HMAC of it.
 *
 * The proof also covers the port the answering server is bound to. Otherwise a squatter on
 * the fixed port could relay our nonce to a genuine launcher that fell back to a random port
 * and pass that launcher's answer off as its own.
 */
export const WHOAMI_PATH = '/.accord/whoami';

const NONCE = /^[0-9a-f]{32,128}$/;
const PROOF = /^[0-9a-f]{64}$/;
/** A real answer is ~80 bytes; a squatter streaming more only wastes our memory. */
const MAX_ANSWER_BYTES = 1024;

export const newNonce = (): string => randomBytes(32).toString('hex');

export function whoamiProof(secret: Uint8Array, port: number, nonce: string): string {
  return createHmac('sha256', secret).update(`accord-launcher-whoami-v1\n${port}\n${nonce}`).digest('hex');
}

export interface WhoamiAnswer {
  status: number;
  contentType: string;
  body: string;
}

const plain = (status: number, body: string): WhoamiAnswer => ({ status, contentType: 'text/plain; charset=utf-8', body });

/** The server's side. Without a secret (tests, bench) it is nobody's launcher: 404. */
export function whoamiAnswer(secret: Uint8Array | undefined, port: number, nonce: string | null): WhoamiAnswer {
  if (!secret) return plain(404, 'Not found');
  if (!nonce || !NONCE.test(nonce)) return plain(400, 'Bad request: nonce must be 32 to 128 lowercase hex digits');
  return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ proof: whoamiProof(secret, port, nonce) }) };
}

/** Constant-time, so a squatter learns nothing from how quickly a guess is turned down. */
export function isValidProof(secret: Uint8Array, port: number, nonce: string, proof: unknown): boolean {
  if (typeof proof !== 'string' || !PROOF.test(proof)) return false;
  return timingSafeEqual(Buffer.from(proof, 'hex'), Buffer.from(whoamiProof(secret, port, nonce), 'hex'));
}

async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

const portOf = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));

/** The launcher's side: is the server at `url` this user's own Accord launcher? */
export async function isOwnLauncherAt(url: string, secret: Uint8Array, timeoutMs = 1500): Promise<boolean> {
  const nonce = newNonce();
  const target = new URL(`${WHOAMI_PATH}?nonce=${nonce}`, url);
  try {
    // No redirects: the proof has to come from the server on this very port.
    const res = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (res.status !== 200) {
      await res.body?.cancel();
      return false;
    }
    const text = await readCapped(res, MAX_ANSWER_BYTES);
    if (text === null) return false;
    const answer: unknown = JSON.parse(text);
    if (typeof answer !== 'object' || answer === null || !('proof' in answer)) return false;
    return isValidProof(secret, portOf(target), nonce, answer.proof);
  } catch {
    return false;
  }
}
