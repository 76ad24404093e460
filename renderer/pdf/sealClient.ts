import type { TrustList } from '../../shared/seal/trust';
import type { SlaStep } from '../../shared/workshop/steps/sla';
import type { SealWorkerRequest, SealWorkerResponse } from './sealProtocol';
import { createWorkerChannel } from './workerChannel';

/** The seal worker, created on first use and kept. */
export const askSealWorker = createWorkerChannel<SealWorkerRequest, SealWorkerResponse, never>(
  () => new Worker(new URL('./seal.worker.ts', import.meta.url), { type: 'module', name: 'accord-seal' }),
);

function expect<T extends SealWorkerResponse['type']>(r: SealWorkerResponse, type: T): Extract<SealWorkerResponse, { type: T }> {
  if (r.type !== type) throw new Error(`the seal engine answered ${r.type} where ${type} was expected`);
  return r as Extract<SealWorkerResponse, { type: T }>;
}

/** Checks a PDF in the worker: the page never parses a file it was handed. */
export async function verifyPdf(bytes: Uint8Array, trust: TrustList) {
  const copy = bytes.slice().buffer;
  return expect(await askSealWorker({ type: 'verify', pdf: copy, trust }), 'verified');
}

export async function checkTrail(workshopId: string, sla: SlaStep, trust: TrustList) {
  return expect(await askSealWorker({ type: 'trail', workshopId, sla, trust }), 'trail');
}

export async function describeCertificates(certificates: Uint8Array[]) {
  return expect(await askSealWorker({ type: 'describe', certificates }), 'described').infos;
}

/** Certificates from a file (PEM or DER), read in the worker; `certificates` null when there is none. */
export async function readCertificates(data: Uint8Array) {
  const r = expect(await askSealWorker({ type: 'readCertificates', data: data.slice() }), 'certificates');
  return { certificates: r.certificates, infos: r.infos };
}

/** Whether a .p12 / .pfx opens with `password` (the key is not kept): a problem code, or the certificates it holds. */
export async function checkP12(data: Uint8Array, password: string) {
  const r = expect(await askSealWorker({ type: 'checkP12', data: data.slice(), password }), 'p12Checked');
  return { problem: r.problem, infos: r.infos };
}
