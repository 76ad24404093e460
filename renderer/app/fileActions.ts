import { sanitizeFileNamePart } from '../../shared/documents/fileName';
import { newWorkshop } from '../../shared/workshop/factory';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import type { ExportPhase } from '../pdf/protocol';
import { platform } from '../platform';
import { i18n } from '../i18n';
import type { Language } from '../../shared/workshop/schema';
import { useExportProgress } from './exportProgress';
import { useRoute } from './route';
import { storage } from './storageContext';
import { showToast } from './toastStore';
import { useWorkshop } from './workshopStore';
import { currentDocument } from '../../shared/sla/content';
import { recordExport } from '../../shared/sla/versions';
import { auditedUpdate } from './auditedUpdate';
import { checkAudit } from './auditStatus';
import { auditProblemText } from './auditWords';
import { noticeTrail } from './trailNotice';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));


export async function createWorkshopAndOpen(): Promise<void> {
  // A new workshop's documents start in the language the facilitator works in.
  const w = newWorkshop({ language: i18n.language as Language });
  await storage().putWorkshop(w);
  useRoute.getState().navigate({ name: 'workshop', workshopId: w.id, step: 'commitment' });
}

/** Exports the SLA (a given version, or the current one) and records the export in its audit trail. */
export async function exportSlaPdf(w: Workshop, version?: number): Promise<void> {
  const progress = useExportProgress;
  if (progress.getState().busy) return;
  // Only show progress for exports that take a noticeable time (ui: > 300 ms), then each phase.
  let phase: ExportPhase = 'starting';
  let shown = false;
  const label = () => i18n.t(phase === 'sealing' ? 'topBar.sealingPdf' : 'topBar.preparingPdf');
  const timer = setTimeout(() => {
    shown = true;
    progress.setState({ busy: label() });
  }, 300);
  try {
    await storage().autosave.flush().catch(() => undefined);
    // A broken trail is never exported: the PDF would say "verified" of something that is not.
    const verdict = await checkAudit(w);
    const problem = auditProblemText(verdict);
    if (problem) {
      showToast({ tone: 'error', message: i18n.t('seal:blocked.export', { problem }) });
      return;
    }
    const { exportSlaPdf: render, ExportBlockedError } = await import('../pdf/pdfClient');
    const { bytes, fileName, contentHash } = await render(w, (p) => {
      phase = p;
      if (shown && p !== 'done') progress.setState({ busy: label() });
    }, version).catch((e: unknown) => {
      if (e instanceof ExportBlockedError) throw new Error(auditProblemText({ check: e.trail, parts: [], rolledBack: null, ok: false }) ?? e.message);
      throw e;
    });
    clearTimeout(timer);
    progress.setState({ busy: null });
    const r = await platform.saveFile(fileName, 'pdf', bytes);
    if (r.status === 'saved') {
      // The export is an event in the SLA's audit trail (which version, which fingerprint).
      const printed = version ?? currentDocument(w).versionNumber;
      if (useWorkshop.getState().workshop?.id === w.id) {
        await auditedUpdate((d, now) => recordExport(d, printed, contentHash, now)).catch((e: unknown) => showToast({ tone: 'error', message: errorText(e) }));
      }
      showToast({ message: i18n.t('files.slaSaved', { where: r.where }) });
    }
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.slaFailed', { error: errorText(e) }) });
  } finally {
    clearTimeout(timer);
    progress.setState({ busy: null });
  }
}

/** The workshop report PDF, rendered in its own worker; the button shows each phase. */
export async function exportWorkshopReport(w: Workshop): Promise<void> {
  const progress = useExportProgress;
  if (progress.getState().busy) return;
  progress.setState({ busy: i18n.t('topBar.reportPhase.preparing'), job: 'report' });
  try {
    await storage().autosave.flush().catch(() => undefined);
    const { renderWorkshopReport } = await import('../pdf/reportClient');
    const { bytes, fileName } = await renderWorkshopReport(w, (phase) => progress.setState({ busy: i18n.t(`topBar.reportPhase.${phase}`) }));
    progress.setState({ busy: null, job: null });
    const r = await platform.saveFile(fileName, 'pdf', bytes);
    if (r.status === 'saved') showToast({ message: i18n.t('files.reportSaved', { where: r.where }) });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.reportFailed', { error: errorText(e) }) });
  } finally {
    progress.setState({ busy: null, job: null });
  }
}

export async function exportWorkshopFile(w: Workshop): Promise<void> {
  try {
    await storage().autosave.flush().catch(() => undefined);
    const data = new TextEncoder().encode(serializeWorkshopFile(w));
    const r = await platform.saveFile(`${sanitizeFileNamePart(`${w.clientCompany} ${w.title}`, i18n.t('files.defaultFileName'))}.accord`, 'workshop', data);
    if (r.status === 'saved') showToast({ message: i18n.t('files.workshopSaved', { where: r.where }) });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.workshopFailed', { error: errorText(e) }) });
  }
}

/** Import always adds a workshop; it never replaces one already on this computer. */
export async function importWorkshopFile(): Promise<void> {
  let file: { name: string; data: Uint8Array } | null;
  try {
    file = await platform.openFile('workshop');
  } catch (e) {
    showToast({ tone: 'error', message: errorText(e) });
    return;
  }
  if (file) await importWorkshopBytes(file);
}

/** Files opened with Accord from the desktop: each imported as a new workshop, the last one opened. */
export async function importOpenedFiles(): Promise<void> {
  const { files, errors } = await platform.takeOpenedFiles();
  for (const error of errors) showToast({ tone: 'error', message: error });
  for (const file of files) await importWorkshopBytes(file);
}

async function importWorkshopBytes(file: { name: string; data: Uint8Array }): Promise<void> {
  const parsed = parseWorkshopFile(new TextDecoder().decode(file.data));
  if (!parsed.ok) {
    showToast({ tone: 'error', message: i18n.t('files.notImported', { name: file.name, error: parsed.error }) });
    return;
  }
  try {
    const imported = await storage().importWorkshop(parsed.workshop);
    showToast({ message: i18n.t('files.imported', { name: imported.clientCompany || imported.title || file.name }) });
    // Checked as it arrives: a broken or foreign trail is said at once (the workshop is kept as it is).
    await noticeTrail(imported, 'import').catch(() => undefined);
    useRoute.getState().navigate({ name: 'workshop', workshopId: imported.id, step: 'commitment' });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.importFailed', { name: file.name, error: errorText(e) }) });
  }
}

