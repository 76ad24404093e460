import './bufferGlobal';
import { certificatesFromFile, describeCertificate } from '../../shared/seal/certificates';
import { createSealKey } from '../../shared/seal/identity';
import { parseP12 } from '../../shared/seal/p12';
import { readSeal } from '../../shared/seal/read';
import { sealPdf } from '../../shared/seal/seal';
import { cryptoKeySealer, importSigningKey } from '../../shared/seal/sealer';
import { verifyTrailParts } from '../../shared/seal/trail';
import { chainVersions } from '../../shared/sla/audit';
import { judge, judgeSegments } from '../../shared/seal/trust';
import type { SealWorkerRequest, SealWorkerResponse } from './sealProtocol';

/**
 * The seal's work off the main thread: a hostile PDF can take seconds to parse, and RSA, ASN.1
 * and PDF rewriting would block typing. Browser mode's keys are made here non-extractable and
 * handed to the page as CryptoKeys, which it stores in IndexedDB without ever seeing the bytes.
 */
const reply = (msg: SealWorkerResponse, transfer: Transferable[] = []) => self.postMessage(msg, { transfer });

self.addEventListener('message', (event: MessageEvent<SealWorkerRequest>) => {
  const request = event.data;
  handle(request).catch((err: unknown) => {
    reply({
      id: request.id,
      type: 'error',
      message: (err instanceof Error ? err.message : String(err)) || 'the seal engine failed without a message',
    });
  });
});

async function handle(r: SealWorkerRequest): Promise<void> {
  switch (r.type) {
    case 'verify': {
      const report = await readSeal(new Uint8Array(r.pdf));
      return reply({ id: r.id, type: 'verified', report, judgement: judge(report, r.trust) });
    }
    case 'trail': {
      const check = await verifyTrailParts(r.workshopId, r.sla.audit, chainVersions(r.sla.versions), r.sla.seals, r.sla.sealers);
      return reply({ id: r.id, type: 'trail', check, parts: judgeSegments(check.seals.segments, r.trust) });
    }
    case 'describe':
      return reply({ id: r.id, type: 'described', infos: await Promise.all(r.certificates.map((c) => describeCertificate(c))) });
    case 'readCertificates': {
      const certificates = certificatesFromFile(r.data);
      const infos = certificates ? await Promise.all(certificates.map((c) => describeCertificate(c))) : [];
      return reply({ id: r.id, type: 'certificates', certificates, infos });
    }
    case 'checkP12': {
      // Only whether it opens and whose certificate it holds: the key goes no further than this function.
      const parsed = parseP12(r.data, r.password);
      if (!parsed.ok) return reply({ id: r.id, type: 'p12Checked', problem: parsed.problem, infos: [] });
      return reply({
        id: r.id,
        type: 'p12Checked',
        problem: null,
        infos: await Promise.all(parsed.key.certificates.map((c) => describeCertificate(c))),
      });
    }
    case 'createKey': {
      const made = await createSealKey();
      return reply({
        id: r.id,
        type: 'key',
        key: made.privateKey,
        certificateDer: made.certificateDer,
        installId: made.installId,
        createdAt: made.createdAt,
      });
    }
    case 'parseP12': {
      const parsed = parseP12(r.data, r.password);
      if (!parsed.ok) return reply({ id: r.id, type: 'p12Problem', problem: parsed.problem });
      // Imported non-extractable at once; the PKCS#8 bytes go no further than this function.
      return reply({
        id: r.id,
        type: 'p12',
        key: await importSigningKey(parsed.key.privateKeyPkcs8),
        certificates: parsed.key.certificates,
      });
    }
    case 'seal': {
      const sealed = await sealPdf(new Uint8Array(r.pdf), cryptoKeySealer(r.key, r.certificates as Uint8Array<ArrayBuffer>[]), {
        reason: r.reason,
      });
      return reply({ id: r.id, type: 'sealed', pdf: sealed.buffer }, [sealed.buffer]);
    }
  }
}
