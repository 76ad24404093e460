import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../main/atomicWrite';
import { createAppInfoHandler } from './appInfo';
import { createFileOpenHandler } from './fileOpen';
import { createFileSaveHandler } from './fileSave';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accord-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe('app:getInfo', () => {
  it('reports name, version, platform and Electron version', async () => {
    const handler = createAppInfoHandler({
      getName: () => 'Accord',
      getVersion: () => '0.1.0',
      platform: 'darwin',
      electronVersion: '45.4.1',
    });
    await expect(handler({})).resolves.toEqual({ name: 'Accord', version: '0.1.0', platform: 'darwin', electron: '45.4.1' });
  });
});

describe('file:save', () => {
  const saveWith = (filePath: string | undefined) => {
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: filePath === undefined, filePath: filePath ?? '' }));
    const handler = createFileSaveHandler({ showSaveDialog, writeFile: writeFileAtomic, documentsDir: '/home/ana/Documents' });
    return { handler, showSaveDialog };
  };

  it('suggests the name in Documents with PDF filters, then writes the chosen file', async () => {
    const target = join(dir, 'Acme SLA.pdf');
    const { handler, showSaveDialog } = saveWith(target);
    await expect(handler({ suggestedName: 'Acme SLA', kind: 'pdf', data: bytes('%PDF-1.7') })).resolves.toEqual({
      status: 'saved',
      path: target,
    });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join('/home/ana/Documents', 'Acme SLA.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    expect(readdirSync(dir)).toEqual(['Acme SLA.pdf']);
  });

  it('offers Accord workshop and JSON filters for workshops, keeping a name that already has its extension', async () => {
    const { handler, showSaveDialog } = saveWith(join(dir, 'acme.accord'));
    await handler({ suggestedName: 'acme.json', kind: 'workshop', data: bytes('{}') });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      defaultPath: join('/home/ana/Documents', 'acme.json'),
      filters: [
        { name: 'Accord workshop', extensions: ['accord'] },
        { name: 'JSON', extensions: ['json'] },
      ],
    });
  });

  it('writes nothing when the user cancels', async () => {
    const { handler } = saveWith(undefined);
    await expect(handler({ suggestedName: 'x', kind: 'pdf', data: bytes('x') })).resolves.toEqual({ status: 'canceled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the existing file intact when the write fails', async () => {
    const target = join(dir, 'acme.accord');
    writeFileSync(target, 'last good copy');
    const handler = createFileSaveHandler({
      showSaveDialog: async () => ({ canceled: false, filePath: target }),
      writeFile: (path, data) => writeFileAtomic(path, data, { ...fsp, rename: async () => Promise.reject(new Error('disk full')) }),
      documentsDir: dir,
    });
    await expect(handler({ suggestedName: 'acme', kind: 'workshop', data: bytes('new') })).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('last good copy');
    expect(readdirSync(dir)).toEqual(['acme.accord']);
  });
});

describe('file:open', () => {
  const openWith = (filePaths: string[], overrides: { size?: number } = {}) => {
    const showOpenDialog = vi.fn(async (_options: OpenDialogOptions) => ({ canceled: filePaths.length === 0, filePaths }));
    const readSpy = vi.fn((path: string) => readFile(path));
    const handler = createFileOpenHandler({
      showOpenDialog,
      stat: async (path) => {
        const info = await stat(path);
        return { size: overrides.size ?? info.size, isFile: () => info.isFile() };
      },
      readFile: readSpy,
      documentsDir: dir,
    });
    return { handler, showOpenDialog, readSpy };
  };

  it('returns the picked file as a plain Uint8Array with its name', async () => {
    const file = join(dir, 'acme.accord');
    writeFileSync(file, '{"schemaVersion":1}');
    const { handler, showOpenDialog } = openWith([file]);
    const result = await handler({ kind: 'workshop' });
    expect(result).toEqual({ status: 'opened', name: 'acme.accord', data: bytes('{"schemaVersion":1}') });
    expect(result.status === 'opened' && Object.getPrototypeOf(result.data)).toBe(Uint8Array.prototype);
    expect(showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['accord'] }, { extensions: ['json'] }],
    });
  });

  it('returns canceled when the user closes the dialog', async () => {
    await expect(openWith([]).handler({ kind: 'pdf' })).resolves.toEqual({ status: 'canceled' });
  });

  it('refuses a file over the size limit with a clear message, without reading it', async () => {
    const file = join(dir, 'huge.accord');
    writeFileSync(file, 'x');
    const { handler, readSpy } = openWith([file], { size: MAX_FILE_BYTES + 1 });
    await expect(handler({ kind: 'workshop' })).rejects.toThrow('"huge.accord" is 51 MB; Accord opens files of at most 50 MB.');
    expect(readSpy).not.toHaveBeenCalled();
  });

  it('refuses a folder', async () => {
    await expect(openWith([dir]).handler({ kind: 'workshop' })).rejects.toThrow('is not a file');
  });
});
