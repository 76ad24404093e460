import { renderToBuffer } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderSealedSla } from '../../shared/documents/renderSla';
import { describeCertificate } from '../../shared/seal/certificates';
import { createSealKey } from '../../shared/seal/identity';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { PdfRequest, SlaResponse } from './protocol';

/**
 * The SLA worker runs here as in the browser, with `self` as a message port and the fonts read
 * from node_modules (the build's asset URLs are the only difference from the CLI's fonts).
 */
vi.mock('./workerFonts', async () => {
  const { registerPdfFonts } = await import('../../shared/documents/fonts');
  const require = createRequire(import.meta.url);
  return {
    registerWorkerFonts: () =>
      registerPdfFonts({
        interRegular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
        interBold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
        notoScRegular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
        notoScBold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
      }),
  };
});

const NOW = new Date('2026-12-04T09:30:00Z');
const port = new EventTarget();
const sent: SlaResponse[] = [];
let onSent: (() => void) | null = null;

/** The worker's next message other than progress. */
async function next(): Promise<SlaResponse> {
  for (;;) {
    const i = sent.findIndex((m) => m.type !== 'progress');
    if (i >= 0) return sent.splice(0, i + 1).at(-1)!;
    await new Promise<void>((resolve) => (onSent = resolve));
  }
}
const post = (data: PdfRequest) => port.dispatchEvent(new MessageEvent('message', { data }));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  vi.stubGlobal('self', {
    location: { href: 'http://127.0.0.1/assets/sla.worker.js' },
    addEventListener: port.addEventListener.bind(port),
    postMessage: (msg: SlaResponse) => {
      sent.push(msg);
      onSent?.();
    },
  });
  await import('./sla.worker');
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the SLA worker', () => {
  it('renders what the CLI renders, byte for byte, and has it sealed by the page', { timeout: 120_000 }, async () => {
    const workshop = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
    const key = await createSealKey({ now: NOW });
    const certificate = (await describeCertificate(key.certificateDer))!;

    post({ id: 1, type: 'sla', workshop, sealerCertificate: key.certificateDer });
    const question = await next();
    if (question.type !== 'seal') throw new Error(`the worker answered ${question.type}`);
    const fromWorker = new Uint8Array(question.bytes);
    expect(question.reason).toMatch(/^Sealed by Accord: SLA version 1, content SHA-256 [0-9a-f]{64}$/);

    // What the page's sealer returns is what the worker hands back as the PDF.
    const sealed = new Uint8Array([...fromWorker, ...new TextEncoder().encode('%sealed\n')]);
    post({ id: 1, type: 'sealed', bytes: sealed.slice().buffer });
    const done = await next();
    if (done.type !== 'done') throw new Error(`the worker answered ${done.type}`);
    expect(new Uint8Array(done.bytes)).toEqual(sealed);

    // The CLI's way (electron/cli/exportSla.ts): renderToBuffer, the same clock and sealer.
    let fromCli: Uint8Array | null = null;
    const cli = await renderSealedSla(
      { workshop, sealer: { subject: certificate.subject, fingerprint: certificate.fingerprint }, now: new Date() },
      (doc) => renderToBuffer(doc),
      async (unsealed, reason) => {
        fromCli = unsealed;
        expect(reason).toBe(question.reason);
        return unsealed;
      },
    );
    expect(done.contentHash).toBe(cli.contentHash);
    expect(Buffer.from(fromWorker).equals(Buffer.from(fromCli!))).toBe(true);
  });

  it('reports a seal the page could not make as the export’s error', { timeout: 120_000 }, async () => {
    const key = await createSealKey({ now: NOW });
    post({ id: 2, type: 'sla', workshop: sampleWorkshop(new Date('2026-12-03T09:00:00Z')), sealerCertificate: key.certificateDer });
    expect((await next()).type).toBe('seal');
    post({ id: 2, type: 'sealFailed', message: 'the seal key is locked' });
    expect(await next()).toEqual({ id: 2, type: 'error', message: 'the seal key is locked' });
  });
});
