import { z } from 'zod';
import { fromBase64, toBase64 } from './bytes';

/**
 * How a seal identity is stored: JSON text, in safeStorage (desktop), IndexedDB (browser mode)
 * or a file (CLI). Kept apart from identity.ts (which needs forge) so that the IPC contract and
 * main can validate stored text without bundling the crypto.
 */
export interface SealIdentity {
  installId: string;
  /** PKCS#8 DER of the RSA private key. */
  privateKeyPkcs8: Uint8Array<ArrayBuffer>;
  /** DER of the self-signed X.509 certificate. */
  certificateDer: Uint8Array<ArrayBuffer>;
  createdAt: string;
}

const IDENTITY_FORMAT = 'accord-seal-identity';
const base64 = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9+/]+=*$/, 'base64 text');

const storedIdentitySchema = z
  .object({
    format: z.literal(IDENTITY_FORMAT),
    version: z.literal(1),
    installId: z.string().min(1).max(100),
    privateKeyPkcs8: base64,
    certificateDer: base64,
    createdAt: z.iso.datetime(),
  })
  .strict();

/** The JSON text that is stored. */
export function serializeSealIdentity(identity: SealIdentity): string {
  return JSON.stringify({
    format: IDENTITY_FORMAT,
    version: 1,
    installId: identity.installId,
    privateKeyPkcs8: toBase64(identity.privateKeyPkcs8),
    certificateDer: toBase64(identity.certificateDer),
    createdAt: identity.createdAt,
  });
}

export type ParsedIdentity = { ok: true; identity: SealIdentity } | { ok: false; error: string };

/** Reads a stored identity; a damaged one is refused with the field that is wrong. */
export function parseSealIdentity(text: string): ParsedIdentity {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the stored seal key is not valid JSON' };
  }
  const r = storedIdentitySchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `the stored seal key is damaged: ${issue?.path.join('.') || 'key'}: ${issue?.message ?? 'invalid'}` };
  }
  const d = r.data;
  return {
    ok: true,
    identity: {
      installId: d.installId,
      privateKeyPkcs8: fromBase64(d.privateKeyPkcs8),
      certificateDer: fromBase64(d.certificateDer),
      createdAt: d.createdAt,
    },
  };
}

/** For the IPC contract: is this text a stored identity (without decoding the key)? */
export const isStoredSealIdentity = (text: string): boolean => {
  try {
    return storedIdentitySchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};
