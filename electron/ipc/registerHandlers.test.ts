import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { registerHandlers, type Handlers, type InvokeEventLike, type IpcMainLike } from './registerHandlers';
import { isTrustedSender } from './trustedSender';

type Listener = Parameters<IpcMainLike['handle']>[1];

const ourContents = { id: 1 };
const appFrame = { url: 'app://accord/index.html', parent: null };
const trustedEvent: InvokeEventLike = { sender: ourContents, senderFrame: appFrame };

const SEALER = { fingerprint: 'a'.repeat(64), certificates: ['AAAA'] };

function setup(overrides: Partial<Handlers> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => listeners.set(channel, listener),
    removeHandler: (channel) => listeners.delete(channel),
  };
  const handlers = {
    'app:getInfo': vi.fn(async () => ({ name: 'Accord', version: '0.1.0', platform: 'linux', electron: '45.4.1' })),
    'file:save': vi.fn(async () => ({ status: 'saved' as const, path: '/home/ana/Documents/sla.pdf' })),
    'file:open': vi.fn(async () => ({ status: 'canceled' as const })),
    'file:takeOpened': vi.fn(async () => ({ files: [], errors: [] })),
    'seal:info': vi.fn(async () => ({ install: SEALER, organisation: null, protection: 'keyring' as const })),
    'seal:sealPdf': vi.fn(async ({ pdf }: { pdf: Uint8Array<ArrayBuffer> }) => ({ pdf })),
    'seal:signAuditSeal': vi.fn(async () => ({ signature: 'AAAA', sealer: SEALER })),
    'seal:importOrganisation': vi.fn(async () => ({ install: SEALER, organisation: SEALER, protection: 'keyring' as const })),
    'seal:removeOrganisation': vi.fn(async () => ({ install: SEALER, organisation: null, protection: 'keyring' as const })),
    'presenter:open': vi.fn(async () => ({ display: 'secondary' as const, reused: false })),
    ...overrides,
  };
  const log = vi.fn();
  const unregister = registerHandlers(ipcMain, handlers, (event) => isTrustedSender(event, ourContents), { log });
  const invoke = (channel: string, payload: unknown, event: InvokeEventLike = trustedEvent) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, payload);
  };
  return { invoke, handlers, listeners, unregister, log };
}

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('registerHandlers', () => {
  it('registers every contract channel, and removes them again', () => {
    const { listeners, unregister } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('hands a valid request to its handler and returns the response', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('file:save', { suggestedName: 'Acme SLA v2.pdf', kind: 'pdf', data: pdf })).resolves.toEqual({
      status: 'saved',
      path: '/home/ana/Documents/sla.pdf',
    });
    expect(handlers['file:save']).toHaveBeenCalledWith({ suggestedName: 'Acme SLA v2.pdf', kind: 'pdf', data: pdf });
    await expect(invoke('app:getInfo', {})).resolves.toMatchObject({ name: 'Accord' });
  });

  it.each([
    ['a file name with a folder', { suggestedName: '../../.bashrc', kind: 'pdf', data: pdf }, 'suggestedName'],
    ['a file name with a backslash', { suggestedName: 'a\\b.pdf', kind: 'pdf', data: pdf }, 'suggestedName'],
    ['a missing kind', { suggestedName: 'sla.pdf', data: pdf }, 'kind'],
    ['an unknown kind', { suggestedName: 'sla.pdf', kind: 'exe', data: pdf }, 'kind'],
    ['data that is not a Uint8Array', { suggestedName: 'sla.pdf', kind: 'pdf', data: [37, 80, 68, 70] }, 'data'],
    ['an extra field', { suggestedName: 'sla.pdf', kind: 'pdf', data: pdf, path: '/etc/passwd' }, 'path'],
    ['no payload at all', undefined, 'request'],
  ])('refuses file:save with %s, naming the field, without calling the handler', async (_what, payload, field) => {
    const { invoke, handlers } = setup();
    const error = await invoke('file:save', payload).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^file:save refused: invalid request: /);
    expect((error as Error).message).toContain(field);
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['the diagram', 'Acme lead process.svg', 'svg'],
    ['the review meetings', 'Acme - review meetings.ics', 'ics'],
    ['the send-ready files', 'Acme - send-ready.zip', 'zip'],
  ])('saves %s as its own kind of file', async (_what, suggestedName, kind) => {
    const { invoke, handlers } = setup();
    await invoke('file:save', { suggestedName, kind, data: pdf });
    expect(handlers['file:save']).toHaveBeenCalledWith({ suggestedName, kind, data: pdf });
  });

  it.each([
    ['an unknown kind', { suggestedName: 'Acme.exe', kind: 'exe', data: pdf }, 'kind'],
    ['a kind the app never saves from the page', { suggestedName: 'leads.csv', kind: 'csv', data: pdf }, 'kind'],
    ['an extension that is not its kind’s', { suggestedName: 'Acme lead process.exe', kind: 'svg', data: pdf }, 'suggestedName'],
    ['a PDF name saved as a calendar', { suggestedName: 'SLA.pdf', kind: 'ics', data: pdf }, 'suggestedName'],
    ['no extension at all', { suggestedName: 'Acme', kind: 'zip', data: pdf }, 'suggestedName'],
  ])('refuses file:save with %s', async (_what, payload, field) => {
    const { invoke, handlers } = setup();
    const error = (await invoke('file:save', payload).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^file:save refused: invalid request: /);
    expect(error.message).toContain(field);
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign page', { sender: ourContents, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike host', { sender: ourContents, senderFrame: { url: 'app://accord.evil/index.html', parent: null } }],
    ['a subframe of our page', { sender: ourContents, senderFrame: { url: 'app://accord/index.html', parent: appFrame } }],
    ['another webContents', { sender: { id: 2 }, senderFrame: appFrame }],
    ['a destroyed frame', { sender: ourContents, senderFrame: null }],
  ])('refuses %s without calling the handler', async (_what, event) => {
    const { invoke, handlers, log } = setup();
    await expect(invoke('file:open', { kind: 'workshop' }, event)).rejects.toThrow('file:open refused: untrusted sender');
    expect(handlers['file:open']).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('refuses a sender whose frame was disposed mid-call (reading it throws)', async () => {
    const { invoke, handlers } = setup();
    const disposed = {
      sender: ourContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(invoke('app:getInfo', {}, disposed)).rejects.toThrow('app:getInfo refused: untrusted sender');
    expect(handlers['app:getInfo']).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a rejected invoke with its message and no stack', async () => {
    const failing = new Error('EACCES: permission denied');
    const { invoke, log } = setup({ 'file:open': vi.fn(async () => Promise.reject(failing)) });
    const error = (await invoke('file:open', { kind: 'pdf' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('file:open failed: EACCES: permission denied');
    expect(error.message).not.toContain(failing.stack?.split('\n')[1] ?? 'at ');
    expect(log).toHaveBeenCalledWith('Accord: file:open failed', failing);
    // Still serving afterwards: one bad call does not take the channel down.
    await expect(invoke('app:getInfo', {})).resolves.toMatchObject({ name: 'Accord' });
  });

  it('survives a handler that throws a non-Error', async () => {
    const { invoke } = setup({ 'app:getInfo': vi.fn(async () => Promise.reject('boom')) });
    await expect(invoke('app:getInfo', {})).rejects.toThrow('app:getInfo failed: boom');
  });

  it('refuses to pass on a response that breaks the contract', async () => {
    const { invoke, log } = setup({ 'file:open': vi.fn(async () => ({ status: 'opened', name: 'x', data: 'not bytes' }) as never) });
    await expect(invoke('file:open', { kind: 'pdf' })).rejects.toThrow('file:open failed: internal error');
    expect(log).toHaveBeenCalled();
  });
});
