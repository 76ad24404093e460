import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { createOpenedFilesQueue } from '../main/openedFiles';
import { createTakeOpenedFilesHandler } from './fileTakeOpened';

const disk: Record<string, Uint8Array | 'folder' | 'huge'> = {
  '/home/ana/Northwind.accord': new TextEncoder().encode('{"format":"accord-workshop"}'),
  '/home/ana/Folder.accord': 'folder',
  '/home/ana/Huge.accord': 'huge',
};

function handler() {
  const queue = createOpenedFilesQueue();
  const take = createTakeOpenedFilesHandler({
    queue,
    stat: async (path) => {
      const f = disk[path];
      if (!f) throw new Error(`ENOENT: no such file, stat '${path}'`);
      return { size: f === 'huge' ? MAX_FILE_BYTES + 1 : f === 'folder' ? 0 : f.byteLength, isFile: () => f !== 'folder' };
    },
    readFile: async (path) => disk[path] as Uint8Array,
  });
  return { queue, take };
}

describe('file:takeOpened', () => {
  it('hands over the queued files once, with their names', async () => {
    const { queue, take } = handler();
    queue.add(['/home/ana/Northwind.accord']);
    const r = await take({});
    expect(r.errors).toEqual([]);
    expect(r.files.map((f) => [f.name, new TextDecoder().decode(f.data)])).toEqual([['Northwind.accord', '{"format":"accord-workshop"}']]);
    expect(await take({})).toEqual({ files: [], errors: [] });
  });

  it('names each file it could not read and still delivers the rest', async () => {
    const { queue, take } = handler();
    queue.add(['/home/ana/Gone.accord', '/home/ana/Folder.accord', '/home/ana/Huge.accord', '/home/ana/Northwind.accord']);
    const r = await take({});
    expect(r.files.map((f) => f.name)).toEqual(['Northwind.accord']);
    expect(r.errors).toHaveLength(3);
    expect(r.errors[0]).toMatch(/^"Gone\.accord" could not be read/);
    expect(r.errors[1]).toBe('"Folder.accord" is not a file.');
    expect(r.errors[2]).toMatch(/^"Huge\.accord" is \d+ MB; Accord opens files of at most/);
  });
});
