import { sanitizeFileNamePart } from '../../shared/documents/fileName';
import { newWorkshop } from '../../shared/workshop/factory';
import { parseWorkshopFile, serializeWorkshopFile } from '../../shared/workshop/file';
import type { Workshop } from '../../shared/workshop/schema';
import { platform } from '../platform';
import { useExportProgress } from './exportProgress';
import { useRoute } from './route';
import { storage } from './storageContext';
import { showToast } from './toastStore';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));


export async function createWorkshopAndOpen(): Promise<void> {
  const w = newWorkshop();
  await storage().putWorkshop(w);
  useRoute.getState().navigate({ name: 'workshop', workshopId: w.id, step: 'commitment' });
}

export async function exportSlaPdf(w: Workshop): Promise<void> {
  const progress = useExportProgress;
  if (progress.getState().busy) return;
  // Only show progress for exports that take a noticeable time (ui: > 300 ms).
  const timer = setTimeout(() => progress.setState({ busy: 'Preparing PDF…' }), 300);
  try {
    await storage().autosave.flush().catch(() => undefined);
    const { exportSlaPdf: render } = await import('../pdf/pdfClient');
    const { bytes, fileName } = await render(w);
    clearTimeout(timer);
    progress.setState({ busy: null });
    const r = await platform.saveFile(fileName, 'pdf', bytes);
    if (r.status === 'saved') showToast({ message: `SLA PDF saved: ${r.where}` });
  } catch (e) {
    showToast({ tone: 'error', message: `The SLA PDF could not be made: ${errorText(e)}` });
  } finally {
    clearTimeout(timer);
    progress.setState({ busy: null });
  }
}

export async function exportWorkshopFile(w: Workshop): Promise<void> {
  try {
    await storage().autosave.flush().catch(() => undefined);
    const data = new TextEncoder().encode(serializeWorkshopFile(w));
    const r = await platform.saveFile(`${sanitizeFileNamePart(`${w.clientCompany} ${w.title}`, 'Workshop')}.accord`, 'workshop', data);
    if (r.status === 'saved') showToast({ message: `Workshop file saved: ${r.where}` });
  } catch (e) {
    showToast({ tone: 'error', message: `The workshop file could not be saved: ${errorText(e)}` });
  }
}

/** Import always adds a workshop; it never replaces one already on this computer. */
export async function importWorkshopFile(): Promise<void> {
  const file = await platform.openFile('workshop');
  if (!file) return;
  const parsed = parseWorkshopFile(new TextDecoder().decode(file.data));
  if (!parsed.ok) {
    showToast({ tone: 'error', message: `“${file.name}” was not imported. ${parsed.error}` });
    return;
  }
  try {
    const imported = await storage().importWorkshop(parsed.workshop);
    showToast({ message: `Imported “${imported.clientCompany || imported.title || file.name}”.` });
    useRoute.getState().navigate({ name: 'workshop', workshopId: imported.id, step: 'commitment' });
  } catch (e) {
    showToast({ tone: 'error', message: `“${file.name}” was not imported: ${errorText(e)}` });
  }
}

