/**
 * The file actions behind the home screen's buttons, the top bar and the desktop menu, loaded
 * at first use (and prefetched while idle): they carry the schema, the workshop factory and
 * the SLA's export trail, none of which the home list needs in order to appear.
 */
import { initStorage } from './storageContext';
import { withStrings } from '../i18n/withStrings';

type FileActions = typeof import('./fileActions');
let loading: Promise<FileActions> | undefined;
// Their messages (toasts, progress) come from every namespace, so they wait for all strings.
export const loadFileActions = (): Promise<FileActions> => (loading ??= withStrings(import('./fileActions')));

type Action = { [K in keyof FileActions]: FileActions[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof FileActions];

function lazily<K extends Action>(name: K): FileActions[K] {
  const run = async (...args: unknown[]) => {
    // The home screen can be up before storage is (boot/earlySummaries.ts).
    const [actions] = await Promise.all([loadFileActions(), initStorage()]);
    return (actions[name] as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  return run as FileActions[K];
}

export const createWorkshopAndOpen = lazily('createWorkshopAndOpen');
export const importWorkshopFile = lazily('importWorkshopFile');
export const importOpenedFiles = lazily('importOpenedFiles');
export const exportWorkshopFile = lazily('exportWorkshopFile');
export const exportSlaPdf = lazily('exportSlaPdf');
export const exportWorkshopReport = lazily('exportWorkshopReport');
export const exportMeetingsCalendar = lazily('exportMeetingsCalendar');
export const exportSendReady = lazily('exportSendReady');
