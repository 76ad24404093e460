import { MAX_FILE_BYTES, type FileKind } from '../../shared/ipc/contract';
import { extensionsOf, FILE_KIND_INFO } from '../../shared/ipc/fileKinds';
import type { Platform, SealPort } from './platform';

/** The file input's accept list: the kind's extensions (shared/ipc/fileKinds.ts), as the desktop's Open dialog offers them. */
const accept = (kind: FileKind): string =>
  extensionsOf(kind)
    .map((ext) => `.${ext}`)
    .join(',');

export function browserPlatform(): Platform {
  // Loaded on the first use of the seal only: a second connection to the app's own database.
  let port: Promise<SealPort> | null = null;
  const seal = (): Promise<SealPort> => (port ??= import('./browserSeal').then((m) => m.browserSealPort()));
  return {
    mode: 'browser',
    appInfo: async () => ({ name: 'Accord', version: __APP_VERSION__, platform: navigator.platform, electron: '' }),
    async saveFile(suggestedName, kind, data) {
      const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: FILE_KIND_INFO[kind].mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      document.body.append(a);
      a.click();
      a.remove();
      // Revoking at once can cancel the download in Chromium; a minute is ample.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', where: `Downloads/${suggestedName}` };
    },
    openFile(kind) {
      return new Promise((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept(kind);
        input.style.display = 'none';
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(null);
          // Its size first, as main does with stat: a huge file is refused before a byte of it is read.
          if (file.size > MAX_FILE_BYTES)
            return reject(
              new Error(
                `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; Accord opens files of at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
              ),
            );
          file.arrayBuffer().then((bytes) => resolve({ name: file.name, data: new Uint8Array(bytes) }), reject);
        });
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        document.body.append(input);
        input.click();
      });
    },
    // A browser cannot be asked to open a file with a page; the Import button is the way in.
    takeOpenedFiles: async () => ({ files: [], errors: [] }),
    // Browser mode has no application menu; the same commands live in the app's own toolbar.
    onMenuCommand: () => () => {},
    async openPresenter(workshopId, step) {
      // Same origin, so it shares IndexedDB and the BroadcastChannel with this window.
      const url = `${location.pathname}${location.search}#/presenter/${encodeURIComponent(workshopId)}/${step}`;
      const win = window.open(url, 'accord-presenter', 'popup,width=1280,height=720');
      win?.focus();
      return win ? { display: 'window' } : null;
    },
    seal: {
      info: async () => (await seal()).info(),
      sealPdf: async (pdf, reason) => (await seal()).sealPdf(pdf, reason),
      signAuditSeal: async (request) => (await seal()).signAuditSeal(request),
      importOrganisation: async (data, password) => (await seal()).importOrganisation(data, password),
      removeOrganisation: async () => (await seal()).removeOrganisation(),
    },
  };
}
