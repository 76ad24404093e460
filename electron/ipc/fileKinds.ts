import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc/contract';

/** The first extension of the first filter is the one a suggested name gets when it has none. */
export const FILE_FILTERS: Record<FileKind, FileFilter[]> = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  workshop: [
    { name: 'Accord workshop', extensions: ['accord'] },
    { name: 'JSON', extensions: ['json'] },
  ],
  certificate: [{ name: 'Certificate', extensions: ['pem', 'crt', 'cer', 'der'] }],
  p12: [{ name: 'PKCS#12 certificate and key', extensions: ['p12', 'pfx'] }],
};

export function withDefaultExtension(name: string, kind: FileKind): string {
  const known = FILE_FILTERS[kind].flatMap((filter) => filter.extensions);
  const lower = name.toLowerCase();
  if (known.some((ext) => lower.endsWith(`.${ext}`))) return name;
  return `${name}.${known[0] ?? kind}`;
}
