import type { FileFilter } from 'electron';
import type { FileKind } from '../../shared/ipc/contract';
import { extensionsOf, FILE_KIND_INFO } from '../../shared/ipc/fileKinds';

/** The Save / Open dialog filters of each kind (shared/ipc/fileKinds.ts). */
export const FILE_FILTERS = Object.fromEntries(Object.entries(FILE_KIND_INFO).map(([kind, info]) => [kind, info.filters])) as Record<
  FileKind,
  FileFilter[]
>;

/** The first extension of the first filter is the one a suggested name gets when it has none. */
export function withDefaultExtension(name: string, kind: FileKind): string {
  const known = extensionsOf(kind);
  const lower = name.toLowerCase();
  if (known.some((ext) => lower.endsWith(`.${ext}`))) return name;
  return `${name}.${known[0] ?? kind}`;
}
