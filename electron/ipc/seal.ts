import { auditSealMessage } from '../../shared/seal/trail';
import { toBase64 } from '../../shared/seal/bytes';
import { certificateFingerprint } from '../../shared/seal/certificates';
import { createSealIdentity, identitySealer } from '../../shared/seal/identity';
import { parseP12, type P12Problem } from '../../shared/seal/p12';
import { sealPdf } from '../../shared/seal/seal';
import { cryptoKeySealer, importSigningKey, type Sealer } from '../../shared/seal/sealer';
import { parseSealIdentity, serializeSealIdentity } from '../../shared/seal/storedIdentity';
import type { SealInfo } from '../../shared/ipc/contract';
import type { Handler } from './registerHandlers';

/**
 * The seal keys live in main and nowhere else: the per-install key (made here on first use)
 * and, when the user imported one, an organisation's certificate and key. Both are kept
 * encrypted by the OS keyring through safeStorage. The page asks main to seal PDF bytes or to
 * sign an audit-trail seal (whose message main builds itself) and gets certificates back,
 * never a key.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means a fixed password, not the keyring. */
  getSelectedStorageBackend?(): string;
}

export interface SealDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** Resolves null when the file does not exist. */
  readFile(path: string): Promise<Buffer | null>;
  /** Atomic and private (0600): a half-written key would lose the install's identity. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  removeFile(path: string): Promise<void>;
  /** userData/seal-key.bin and userData/seal-organisation.bin */
  installFile: string;
  organisationFile: string;
  now?: () => Date;
}

const ORGANISATION_FORMAT = 'accord-organisation-key';

const P12_WORDS: Record<P12Problem['code'], string> = {
  notP12: 'the file is not a PKCS#12 (.p12 / .pfx) file',
  wrongPassword: 'the password does not open this file',
  noKey: 'the file holds no private key',
  noCertificate: 'the file holds no certificate',
  notRsa: 'the key is not an RSA key (Accord seals with RSA keys)',
  keyMismatch: 'the file holds no certificate for its private key',
};

export function createSealHandlers(deps: SealDeps) {
  const protection = (): SealInfo['protection'] =>
    deps.platform === 'linux' && deps.safeStorage.getSelectedStorageBackend?.() === 'basic_text' ? 'basicText' : 'keyring';
  const requireEncryption = () => {
    if (!deps.safeStorage.isEncryptionAvailable()) {
      throw new Error('this computer offers no encrypted storage (safeStorage), so the seal key cannot be kept safely');
    }
  };
  const decrypt = async (file: string): Promise<string | null> => {
    const encrypted = await deps.readFile(file);
    if (!encrypted) return null;
    requireEncryption();
    try {
      return deps.safeStorage.decryptString(encrypted);
    } catch {
      throw new Error('the stored seal key cannot be decrypted (was it copied from another computer or user?)');
    }
  };

  interface Loaded {
    sealer: Sealer;
    view: { fingerprint: string; certificates: string[] };
  }
  const view = async (certificates: readonly Uint8Array[]) => ({
    fingerprint: await certificateFingerprint(certificates[0]!),
    certificates: certificates.map(toBase64),
  });

  let install: Promise<Loaded> | null = null;
  const loadInstall = (): Promise<Loaded> =>
    (install ??= (async () => {
      const stored = await decrypt(deps.installFile);
      let identity;
      if (stored !== null) {
        const parsed = parseSealIdentity(stored);
        // Never silently replace a damaged key: PDFs sealed with it would no longer trace to this install.
        if (!parsed.ok) throw new Error(`${parsed.error}; move ${deps.installFile} away to let Accord make a new key`);
        identity = parsed.identity;
      } else {
        requireEncryption();
        identity = await createSealIdentity({ now: deps.now?.() });
        await deps.writeFile(deps.installFile, deps.safeStorage.encryptString(serializeSealIdentity(identity)));
      }
      return { sealer: await identitySealer(identity), view: await view([identity.certificateDer]) };
    })().catch((err: unknown) => {
      install = null;
      throw err;
    }));

  let organisation: Promise<Loaded | null> | null = null;
  const loadOrganisation = (): Promise<Loaded | null> =>
    (organisation ??= (async () => {
      const stored = await decrypt(deps.organisationFile);
      if (stored === null) return null;
      const json = JSON.parse(stored) as { format?: unknown; privateKeyPkcs8?: unknown; certificates?: unknown };
      if (json.format !== ORGANISATION_FORMAT || typeof json.privateKeyPkcs8 !== 'string' || !Array.isArray(json.certificates)) {
        throw new Error(`the stored organisation certificate is damaged; remove it in Settings or move ${deps.organisationFile} away`);
      }
      const certificates = (json.certificates as string[]).map((c) => new Uint8Array(Buffer.from(c, 'base64')));
      const key = await importSigningKey(new Uint8Array(Buffer.from(json.privateKeyPkcs8, 'base64')));
      return { sealer: cryptoKeySealer(key, certificates), view: await view(certificates) };
    })().catch((err: unknown) => {
      organisation = null;
      throw err;
    }));

  /** The organisation certificate when there is one: it is what the user chose to seal with. */
  const active = async (): Promise<Loaded> => (await loadOrganisation()) ?? (await loadInstall());
  const info = async (): Promise<SealInfo> => ({
    install: (await loadInstall()).view,
    organisation: (await loadOrganisation())?.view ?? null,
    protection: protection(),
  });

  const sealPdfHandler: Handler<'seal:sealPdf'> = async ({ pdf, reason }) => {
    const { sealer } = await active();
    return { pdf: await sealPdf(pdf, sealer, { reason, now: deps.now?.() }) };
  };
  const signAuditSeal: Handler<'seal:signAuditSeal'> = async ({ workshopId, ...unsigned }) => {
    const { sealer, view: sealerView } = await active();
    const signature = await sealer.sign(auditSealMessage(workshopId, unsigned));
    return { signature: toBase64(signature), sealer: sealerView };
  };
  const importOrganisation: Handler<'seal:importOrganisation'> = async ({ data, password }) => {
    const parsed = parseP12(data, password);
    if (!parsed.ok) throw new Error(P12_WORDS[parsed.problem.code]);
    requireEncryption();
    const text = JSON.stringify({
      format: ORGANISATION_FORMAT,
      privateKeyPkcs8: toBase64(parsed.key.privateKeyPkcs8),
      certificates: parsed.key.certificates.map(toBase64),
    });
    await deps.writeFile(deps.organisationFile, deps.safeStorage.encryptString(text));
    organisation = null;
    return info();
  };
  const removeOrganisation: Handler<'seal:removeOrganisation'> = async () => {
    await deps.removeFile(deps.organisationFile);
    organisation = null;
    return info();
  };
  return {
    'seal:info': (() => info()) as Handler<'seal:info'>,
    'seal:sealPdf': sealPdfHandler,
    'seal:signAuditSeal': signAuditSeal,
    'seal:importOrganisation': importOrganisation,
    'seal:removeOrganisation': removeOrganisation,
  };
}
