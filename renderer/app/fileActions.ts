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

/** Why an SLA cannot be exported right now (a broken audit trail), already in words. */
class SlaExportBlocked extends Error {
  override name = 'SlaExportBlocked';
}

interface SlaPdf {
  bytes: Uint8Array;
  fileName: string;
  contentHash: string;
  /** The version the PDF prints. */
  version: number;
}

/**
 * The sealed SLA PDF after the checks every export makes: saved edits first, and never from a
 * broken trail (the PDF would say "verified" of something that is not).
 */
async function makeSlaPdf(w: Workshop, version: number | undefined, onPhase: (p: ExportPhase) => void): Promise<SlaPdf> {
  await storage()
    .autosave.flush()
    .catch(() => undefined);
  const verdict = await checkAudit(w);
  const problem = auditProblemText(verdict);
  if (problem) throw new SlaExportBlocked(i18n.t('seal:blocked.export', { problem }));
  const { requestSealedSla, ExportBlockedError } = await import('../pdf/pdfClient');
  const { bytes, fileName, contentHash } = await requestSealedSla(w, onPhase, version).catch((e: unknown) => {
    if (e instanceof ExportBlockedError)
      throw new Error(auditProblemText({ check: e.trail, parts: [], rolledBack: null, ok: false }) ?? e.message);
    throw e;
  });
  return { bytes, fileName, contentHash, version: version ?? currentDocument(w).versionNumber };
}

/** The export is an event in the SLA's audit trail (which version, which fingerprint). */
async function recordSlaExport(w: Workshop, pdf: SlaPdf): Promise<void> {
  if (useWorkshop.getState().workshop?.id !== w.id) return;
  await auditedUpdate((d, now) => recordExport(d, pdf.version, pdf.contentHash, now)).catch((e: unknown) =>
    showToast({ tone: 'error', message: errorText(e) }),
  );
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
    const pdf = await makeSlaPdf(w, version, (p) => {
      phase = p;
      if (shown && p !== 'done') progress.setState({ busy: label() });
    });
    clearTimeout(timer);
    progress.setState({ busy: null });
    const r = await platform.saveFile(pdf.fileName, 'pdf', pdf.bytes);
    if (r.status === 'saved') {
      await recordSlaExport(w, pdf);
      showToast({ message: i18n.t('files.slaSaved', { where: r.where }) });
    }
  } catch (e) {
    showToast({ tone: 'error', message: e instanceof SlaExportBlocked ? e.message : i18n.t('files.slaFailed', { error: errorText(e) }) });
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
    const { bytes, fileName } = await makeReportPdf(w);
    progress.setState({ busy: null, job: null });
    const r = await platform.saveFile(fileName, 'pdf', bytes);
    if (r.status === 'saved') showToast({ message: i18n.t('files.reportSaved', { where: r.where }) });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.reportFailed', { error: errorText(e) }) });
  } finally {
    progress.setState({ busy: null, job: null });
  }
}

async function makeReportPdf(w: Workshop): Promise<{ bytes: Uint8Array; fileName: string }> {
  await storage()
    .autosave.flush()
    .catch(() => undefined);
  const { renderWorkshopReport } = await import('../pdf/reportClient');
  return renderWorkshopReport(w, (phase) => useExportProgress.setState({ busy: i18n.t(`topBar.reportPhase.${phase}`) }));
}

/** The review meetings as an .ics file, saved through the platform like every other export. */
export async function exportMeetingsCalendar(w: Workshop): Promise<void> {
  const { calendarFile } = await import('../wrapUp/files');
  try {
    const file = calendarFile(w);
    if (!file) {
      showToast({ message: i18n.t('wrapUp:files.noMeetings') });
      return;
    }
    const r = await platform.saveFile(file.name, 'ics', file.bytes);
    if (r.status === 'saved') showToast({ message: i18n.t('wrapUp:files.calendarSaved', { name: file.name }) });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('wrapUp:files.calendarFailed', { error: errorText(e) }) });
  }
}

/**
 * The three files to send after the day: the sealed SLA, the report and the calendar. Browser
 * mode: one .zip download (three downloads at once make the browser ask). Desktop: each saved in
 * turn where the facilitator chooses (the same folder, typically). All through the platform.
 */
export async function exportSendReady(w: Workshop): Promise<void> {
  const progress = useExportProgress;
  if (progress.getState().busy) return;
  progress.setState({ busy: i18n.t('wrapUp:files.preparing'), job: 'sendReady' });
  const saved: string[] = [];
  try {
    const { calendarFile, sendReadyZip } = await import('../wrapUp/files');
    const sla = await makeSlaPdf(w, undefined, () => undefined);
    const report = await makeReportPdf(w);
    progress.setState({ busy: i18n.t('wrapUp:files.preparing') });
    const calendar = calendarFile(w);
    progress.setState({ busy: null, job: null });
    if (platform.mode === 'browser') {
      const zip = sendReadyZip(w, [
        { name: sla.fileName, bytes: sla.bytes },
        { name: report.fileName, bytes: report.bytes },
        ...(calendar ? [calendar] : []),
      ]);
      const r = await platform.saveFile(zip.name, 'zip', zip.bytes);
      if (r.status !== 'saved') return;
      await recordSlaExport(w, sla);
      showToast({ message: i18n.t(calendar ? 'wrapUp:files.zipSaved' : 'wrapUp:files.zipSavedNoCalendar', { name: zip.name }) });
      return;
    }
    const r1 = await platform.saveFile(sla.fileName, 'pdf', sla.bytes);
    if (r1.status !== 'saved') return;
    saved.push(r1.where);
    await recordSlaExport(w, sla);
    const r2 = await platform.saveFile(report.fileName, 'pdf', report.bytes);
    if (r2.status === 'saved') saved.push(r2.where);
    if (calendar) {
      const r3 = await platform.saveFile(calendar.name, 'ics', calendar.bytes);
      if (r3.status === 'saved') saved.push(r3.where);
    }
    showToast({ message: i18n.t('wrapUp:files.saved', { files: saved.join(', ') }) });
  } catch (e) {
    showToast({
      tone: 'error',
      message: e instanceof SlaExportBlocked ? e.message : i18n.t('wrapUp:files.failed', { error: errorText(e) }),
    });
  } finally {
    progress.setState({ busy: null, job: null });
  }
}

export async function exportWorkshopFile(w: Workshop): Promise<void> {
  try {
    await storage()
      .autosave.flush()
      .catch(() => undefined);
    const data = new TextEncoder().encode(serializeWorkshopFile(w));
    const r = await platform.saveFile(
      `${sanitizeFileNamePart(`${w.clientCompany} ${w.title}`, i18n.t('files.defaultFileName'))}.accord`,
      'workshop',
      data,
    );
    if (r.status === 'saved') showToast({ message: i18n.t('files.workshopSaved', { where: r.where }) });
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.workshopFailed', { error: errorText(e) }) });
  }
}

/**
 * Opens a workshop file. A workshop new to this computer is added; one already here is offered
 * side by side (importWorkshopBytes): nothing is replaced without the facilitator's choice.
 */
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

/**
 * A workshop file, read and checked. New here: added. The same content as here: said so, and
 * nothing changes. Different: both versions side by side, to replace (after a snapshot, with
 * Undo), keep both (a renamed copy) or cancel; replacing a signed state the file does not hold
 * needs a second, explicit confirmation that names what would be lost.
 */
async function importWorkshopBytes(file: { name: string; data: Uint8Array }): Promise<void> {
  const parsed = parseWorkshopFile(new TextDecoder().decode(file.data));
  if (!parsed.ok) {
    showToast({ tone: 'error', message: i18n.t('files.notImported', { name: file.name, error: parsed.error }) });
    return;
  }
  const incoming = parsed.workshop;
  const nameOf = (w: Workshop) => w.clientCompany || w.title || file.name;
  try {
    // What is here is compared as saved: an edit still waiting for autosave is written first.
    await storage()
      .autosave.flush()
      .catch(() => undefined);
    const comparison = await storage().compareImport(incoming);
    if (comparison.status === 'identical') {
      showToast({ message: i18n.t('files.identical', { name: nameOf(comparison.existing) }) });
      openImported(comparison.existing.id);
      return;
    }
    let imported: Workshop;
    if (comparison.status === 'differs') {
      const { askImportChoice } = await import('./importChoiceStore');
      const choice = await askImportChoice({ fileName: file.name, existing: comparison.existing, incoming });
      if (choice === 'cancel') {
        showToast({ message: i18n.t('files.importCanceled', { name: file.name }) });
        return;
      }
      imported = choice === 'replace' ? await replaceWith(comparison.existing, incoming) : await storage().importWorkshop(incoming);
      if (choice === 'keepBoth') showToast({ message: i18n.t('files.importedCopy', { name: nameOf(imported) }) });
    } else {
      imported = await storage().importWorkshop(incoming);
      showToast({ message: i18n.t('files.imported', { name: nameOf(imported) }) });
    }
    // Checked as it arrives: a broken or foreign trail is said at once (the workshop is kept as it is).
    await noticeTrail(imported, 'import').catch(() => undefined);
    openImported(imported.id);
  } catch (e) {
    showToast({ tone: 'error', message: i18n.t('files.importFailed', { name: file.name, error: errorText(e) }) });
  }
}

/** Replace: a snapshot of what is here first (History), then the file's workshop in its place, with Undo. */
async function replaceWith(existing: Workshop, incoming: Workshop): Promise<Workshop> {
  await storage().snapshots.take(existing, 'beforeImport');
  const replaced = await storage().replaceWorkshop(incoming);
  useWorkshop.getState().adopt(replaced);
  showToast({
    message: i18n.t('files.replaced', { name: replaced.clientCompany || replaced.title }),
    action: {
      label: i18n.t('common.undo'),
      undo: true,
      run: () =>
        void storage()
          .restoreWorkshop(existing)
          .then(() => useWorkshop.getState().adopt(existing))
          .catch((e: unknown) => showToast({ tone: 'error', message: errorText(e) })),
    },
  });
  return replaced;
}

/** The imported workshop on screen: opened at step 1, or left where the facilitator is when it is already open. */
function openImported(id: string) {
  const route = useRoute.getState().route;
  if ((route.name === 'workshop' || route.name === 'wrapUp') && route.workshopId === id) return;
  useRoute.getState().navigate({ name: 'workshop', workshopId: id, step: 'commitment' });
}
