import forge from 'node-forge';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, CHANNELS, type Channel } from '../../shared/ipc/contract';
import { fromBinaryString, toBinaryString } from '../../shared/seal/bytes';
import { readSeal } from '../../shared/seal/read';
import { parseSealIdentity } from '../../shared/seal/storedIdentity';
import { plainPdf, issueCertificate } from '../../shared/seal/testSupport';
import { auditSealMessage } from '../../shared/seal/trail';
import { verifyWithSpki } from '../../shared/seal/sealer';
import { spkiOf } from '../../shared/seal/certificates';
import { createSealHandlers, type SafeStorageLike } from './seal';

/** A stand-in for the OS keychain: reversible, but visibly not the plain text. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`),
    decryptString: (data) => {
      const s = data.toString();
      if (!s.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(s.slice(4), 'base64').toString();
    },
    getSelectedStorageBackend: () => backend,
  };
}

function setup(files = new Map<string, Buffer>(), backend?: string) {
  const writeFile = vi.fn(async (path: string, data: Uint8Array) => void files.set(path, Buffer.from(data)));
  const handlers = createSealHandlers({
    safeStorage: fakeSafeStorage(backend),
    platform: 'linux',
    readFile: async (path) => files.get(path) ?? null,
    writeFile,
    removeFile: async (path) => void files.delete(path),
    installFile: '/user/seal-key.bin',
    organisationFile: '/user/seal-organisation.bin',
  });
  return { handlers, files, writeFile };
}

/** The stored install key, as only main can read it. */
const storedKey = (files: Map<string, Buffer>) => {
  const text = Buffer.from(files.get('/user/seal-key.bin')!.toString().slice(4), 'base64').toString();
  const parsed = parseSealIdentity(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.identity;
};

let p12: Uint8Array;
beforeAll(async () => {
  const root = await issueCertificate({ subject: 'Test Org CA', ca: true });
  const key = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  cert.setSubject([{ name: 'commonName', value: 'Jane Facilitator' }]);
  cert.setIssuer([
    { name: 'commonName', value: 'Test Org CA' },
    { name: 'organizationName', value: 'Test Org' },
  ]);
  cert.sign(key.privateKey, forge.md.sha256.create());
  const ca = forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinaryString(root.certificateDer)));
  p12 = fromBinaryString(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key.privateKey, [cert, ca], 'pw', { algorithm: 'aes256' })).getBytes());
});

describe('the seal keys in main', () => {
  it('makes the install key on first use, keeps it encrypted, and finds the same one after a restart', async () => {
    const first = setup();
    const info = await first.handlers['seal:info']({});
    expect(info).toMatchObject({ organisation: null, protection: 'keyring' });
    expect(first.files.get('/user/seal-key.bin')!.toString()).not.toContain('accord-seal-identity');
    const again = setup(first.files);
    expect((await again.handlers['seal:info']({})).install.fingerprint).toBe(info.install.fingerprint);
    expect(first.writeFile).toHaveBeenCalledTimes(1);
  });

  it('says when safeStorage falls back to a fixed password (basic_text) instead of the keyring', async () => {
    expect((await setup(new Map(), 'basic_text').handlers['seal:info']({})).protection).toBe('basicText');
  });

  it('seals PDF bytes the page sends, with the install certificate', async () => {
    const { handlers } = setup();
    const info = await handlers['seal:info']({});
    const { pdf } = await handlers['seal:sealPdf']({ pdf: new Uint8Array(await plainPdf()), reason: 'Sealed by Accord' });
    const report = await readSeal(pdf);
    expect(report.status).toBe('intact');
    expect(report.sealer?.fingerprint).toBe(info.install.fingerprint);
  });

  it('signs only audit-seal messages it builds itself', async () => {
    const { handlers } = setup();
    const unsigned = { from: 0, to: 3, head: 'c'.repeat(64), kind: 'recorded' as const, at: '2026-12-07T10:00:00.000Z' };
    const { signature, sealer } = await handlers['seal:signAuditSeal']({ workshopId: 'w-1', ...unsigned });
    const spki = spkiOf(new Uint8Array(Buffer.from(sealer.certificates[0]!, 'base64')));
    const sig = new Uint8Array(Buffer.from(signature, 'base64'));
    expect(await verifyWithSpki(spki, sig, auditSealMessage('w-1', unsigned))).toBe(true);
    expect(await verifyWithSpki(spki, sig, auditSealMessage('w-2', unsigned))).toBe(false);
  });

  it('imports an organisation certificate (refusing a wrong password by name), seals with it, and removes it', async () => {
    const { handlers, files } = setup();
    await expect(handlers['seal:importOrganisation']({ data: p12 as Uint8Array<ArrayBuffer>, password: 'wrong' })).rejects.toThrow(
      'the password does not open this file',
    );
    const info = await handlers['seal:importOrganisation']({ data: p12 as Uint8Array<ArrayBuffer>, password: 'pw' });
    expect(info.organisation?.certificates).toHaveLength(2);
    expect(files.get('/user/seal-organisation.bin')!.toString()).not.toContain('PRIVATE');
    const { pdf } = await handlers['seal:sealPdf']({ pdf: new Uint8Array(await plainPdf()), reason: 'r' });
    expect((await readSeal(pdf)).sealer?.subject).toBe('Jane Facilitator');
    const after = await handlers['seal:removeOrganisation']({});
    expect(after.organisation).toBeNull();
    expect(
      (await readSeal((await handlers['seal:sealPdf']({ pdf: new Uint8Array(await plainPdf()), reason: 'r' })).pdf)).sealer?.fingerprint,
    ).toBe(after.install.fingerprint);
  });

  it('never hands the page key material: every seal response passes its strict contract schema and holds no part of a key', async () => {
    const { handlers, files } = setup();
    const responses: unknown[] = [];
    const call = async <C extends Channel>(channel: C, request: unknown) => {
      const response = await (handlers as unknown as Record<string, (r: unknown) => Promise<unknown>>)[channel]!(request);
      // What registerHandlers sends: parsed by the response schema (strict objects drop nothing silently: they refuse).
      responses.push(contract[channel].response.parse(response));
    };
    await call('seal:info', {});
    await call('seal:importOrganisation', { data: p12, password: 'pw' });
    await call('seal:sealPdf', { pdf: new Uint8Array(await plainPdf()), reason: 'r' });
    await call('seal:signAuditSeal', {
      workshopId: 'w',
      from: 0,
      to: 1,
      head: 'a'.repeat(64),
      kind: 'recorded',
      at: '2026-12-07T10:00:00.000Z',
    });
    await call('seal:removeOrganisation', {});
    // The private parts of the install key (d, p, q), as the raw bytes a leak would carry.
    const key = forge.pki.privateKeyFromAsn1(
      forge.asn1.fromDer(toBinaryString(storedKey(files).privateKeyPkcs8)),
    ) as forge.pki.rsa.PrivateKey;
    const secrets = [key.d, key.p, key.q].map((n) => Buffer.from(n.toString(16).padStart(2, '0'), 'hex').subarray(0, 32));
    const blobs: Buffer[] = [];
    JSON.stringify(responses, (_k, v: unknown) => {
      if (v instanceof Uint8Array) blobs.push(Buffer.from(v));
      else if (typeof v === 'string') blobs.push(Buffer.from(v, 'latin1'), Buffer.from(v, 'base64'));
      return v instanceof Uint8Array ? null : v;
    });
    for (const blob of blobs) for (const secret of secrets) expect(blob.includes(secret)).toBe(false);
    expect(JSON.stringify(responses)).not.toMatch(/PRIVATE KEY|privateKey|pkcs8/i);
    expect(CHANNELS.filter((c) => c.startsWith('seal:'))).toEqual([
      'seal:info',
      'seal:sealPdf',
      'seal:signAuditSeal',
      'seal:importOrganisation',
      'seal:removeOrganisation',
    ]);
  });
});
