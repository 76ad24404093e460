import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { FileKind } from '../../shared/ipc/contract';
import { hasKindExtension } from '../../shared/ipc/fileKinds';

/**
 * Every file the app hands the user goes through the platform adapter (a Save dialog on the
 * desktop, a download in browser mode), with its own file kind; the adapter is the true edge.
 */
const saved: { name: string; kind: FileKind; data: Uint8Array }[] = [];
const fake = vi.hoisted(() => ({ mode: 'desktop' as 'desktop' | 'browser' }));
vi.mock('./index', () => ({
  platform: {
    get mode() {
      return fake.mode;
    },
    saveFile: async (name: string, kind: FileKind, data: Uint8Array) => {
      saved.push({ name, kind, data });
      return { status: 'saved', where: `/home/ana/Documents/${name}` };
    },
  },
}));
// The PDFs themselves come from their workers (renderer/pdf/sla.worker.test.ts covers the SLA's).
vi.mock('../pdf/pdfClient', () => ({
  ExportBlockedError: class extends Error {},
  requestSealedSla: async () => ({
    bytes: new TextEncoder().encode('%PDF sla'),
    contentHash: 'a'.repeat(64),
    fileName: 'SLA - Northwind Analytics - v1.pdf',
  }),
}));
vi.mock('../pdf/reportClient', () => ({
  renderWorkshopReport: async () => ({
    bytes: new TextEncoder().encode('%PDF report'),
    fileName: 'Workshop report - Northwind Analytics.pdf',
  }),
}));
vi.mock('../app/storageContext', () => ({ storage: () => ({ autosave: { flush: async () => undefined } }) }));
vi.mock('../app/auditStatus', () => ({ checkAudit: async () => ({ ok: true }) }));
vi.mock('../app/auditWords', () => ({ auditProblemText: () => null }));
vi.mock('../app/route', () => ({ useRoute: { getState: () => ({ navigate: () => undefined }) } }));

const { exportLeadProcessSvg } = await import('../steps/04-lead-process/exportSvg');
const { exportMeetingsCalendar, exportSendReady } = await import('../app/fileActions');

const workshop = () => sampleWorkshop(new Date('2026-12-03T09:00:00Z'));

beforeEach(() => {
  saved.length = 0;
  fake.mode = 'desktop';
});

describe('exports through the platform adapter', () => {
  it('saves the lead-process diagram as an svg file', async () => {
    vi.stubGlobal('document', { documentElement: {} });
    vi.stubGlobal('getComputedStyle', () => ({ getPropertyValue: () => '' }));
    const r = await exportLeadProcessSvg(workshop());
    vi.unstubAllGlobals();
    expect(r).toEqual({ status: 'saved', name: 'Northwind Analytics lead process.svg' });
    expect(saved.map((f) => [f.name, f.kind])).toEqual([['Northwind Analytics lead process.svg', 'svg']]);
    expect(new TextDecoder().decode(saved[0]!.data)).toMatch(/^<svg|^<\?xml/);
  });

  it('saves the review meetings as an ics file', async () => {
    await exportMeetingsCalendar(workshop());
    expect(saved.map((f) => [f.name, f.kind])).toEqual([['Northwind Analytics - review meetings.ics', 'ics']]);
    expect(new TextDecoder().decode(saved[0]!.data)).toContain('BEGIN:VCALENDAR');
  });

  it('saves the send-ready files one by one on the desktop, each with its kind', async () => {
    await exportSendReady(workshop());
    expect(saved.map((f) => f.kind)).toEqual(['pdf', 'pdf', 'ics']);
    for (const f of saved) expect(hasKindExtension(f.name, f.kind), f.name).toBe(true);
  });

  it('saves the send-ready files as one zip in browser mode', async () => {
    fake.mode = 'browser';
    await exportSendReady(workshop());
    expect(saved.map((f) => f.kind)).toEqual(['zip']);
    expect(saved[0]!.name).toMatch(/\.zip$/);
    expect(
      Object.keys(unzipSync(saved[0]!.data))
        .filter((n) => !n.endsWith('/'))
        .map((n) => n.split('/').at(-1)),
    ).toEqual([
      'SLA - Northwind Analytics - v1.pdf',
      'Workshop report - Northwind Analytics.pdf',
      'Northwind Analytics - review meetings.ics',
    ]);
  });

  it('leaves downloads to the adapter alone: no other code makes a download link', () => {
    const root = join(import.meta.dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [path] : [];
      });
    const downloading = files(root).filter((f) => /\.download\s*=|createObjectURL\(/.test(readFileSync(f, 'utf8')));
    expect(downloading.map((f) => relative(root, f))).toEqual(['platform/browserPlatform.ts']);
  });
});
