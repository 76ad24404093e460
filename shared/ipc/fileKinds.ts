import type { FileKind } from './contract';

/**
 * What each kind of file the app saves or opens is: the names its Save / Open dialog offers
 * (the first extension is the one a name without any gets), and the MIME type a browser-mode
 * download carries. The one table for main's dialogs (electron/ipc/fileKinds.ts), main's check of
 * a suggested name (contract.ts) and browser mode (renderer/platform/browserPlatform.ts).
 */
export interface FileKindInfo {
  filters: { name: string; extensions: string[] }[];
  mime: string;
}

export const FILE_KIND_INFO: Record<FileKind, FileKindInfo> = {
  pdf: { filters: [{ name: 'PDF document', extensions: ['pdf'] }], mime: 'application/pdf' },
  workshop: {
    filters: [
      { name: 'Accord workshop', extensions: ['accord'] },
      { name: 'JSON', extensions: ['json'] },
    ],
    mime: 'application/json',
  },
  certificate: { filters: [{ name: 'Certificate', extensions: ['pem', 'crt', 'cer', 'der'] }], mime: 'application/x-pem-file' },
  p12: { filters: [{ name: 'PKCS#12 certificate and key', extensions: ['p12', 'pfx'] }], mime: 'application/x-pkcs12' },
  svg: { filters: [{ name: 'SVG image', extensions: ['svg'] }], mime: 'image/svg+xml' },
  ics: { filters: [{ name: 'Calendar', extensions: ['ics'] }], mime: 'text/calendar;charset=utf-8' },
  zip: { filters: [{ name: 'ZIP archive', extensions: ['zip'] }], mime: 'application/zip' },
};

export const extensionsOf = (kind: FileKind): string[] => FILE_KIND_INFO[kind].filters.flatMap((f) => f.extensions);

/** Whether a file name ends in one of its kind's extensions ("Acme.svg" for svg; not "Acme.exe"). */
export const hasKindExtension = (name: string, kind: FileKind): boolean => {
  const lower = name.toLowerCase();
  return extensionsOf(kind).some((ext) => lower.endsWith(`.${ext}`));
};
