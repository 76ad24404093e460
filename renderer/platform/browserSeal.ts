import { askSealWorker } from '../pdf/sealClient';
import { i18n } from '../i18n';
import { openAccordDb } from '../storage/db';
import { createBrowserSealPort } from '../storage/sealKeyStore';
import { createTrustStore } from '../storage/trustStore';
import type { SealPort } from './platform';
import type { P12Problem } from '../../shared/seal/p12';

/** Browser mode's seal: keys in IndexedDB as non-extractable CryptoKeys, the work in the seal worker. */
export function browserSealPort(): SealPort {
  const db = openAccordDb();
  return createBrowserSealPort(
    db,
    createTrustStore(db),
    {
      async createKey() {
        const r = await askSealWorker({ type: 'createKey' });
        if (r.type !== 'key') throw new Error('the seal engine did not make a key');
        return { key: r.key, certificateDer: r.certificateDer, installId: r.installId, createdAt: r.createdAt };
      },
      async parseP12(data, password) {
        const r = await askSealWorker({ type: 'parseP12', data, password });
        if (r.type === 'p12Problem') return { problem: r.problem.code };
        if (r.type !== 'p12') throw new Error('the seal engine did not read the file');
        return { key: r.key, certificates: r.certificates };
      },
      async seal(pdf, key, certificates, reason) {
        const r = await askSealWorker({ type: 'seal', pdf: pdf.slice().buffer, key, certificates, reason });
        if (r.type !== 'sealed') throw new Error('the seal engine did not seal the PDF');
        return new Uint8Array(r.pdf);
      },
    },
    (code) => i18n.t(`seal:p12Problem.${code as P12Problem['code']}`),
  );
}
