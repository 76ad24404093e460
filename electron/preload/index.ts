import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  DESKTOP_API_KEY,
  MENU_CHANNEL,
  menuCommandSchema,
  type Channel,
  type DesktopApi,
  type MenuCommand,
  type RequestOf,
  type ResponseOf,
} from '../../shared/ipc/contract';

/**
 * Exposes exactly the contract and nothing else: the page gets four functions, never
 * ipcRenderer, so it cannot reach channels the contract does not name. Main validates
 * everything again; this side is typed, not trusted.
 */
/** Electron wraps main's message as "Error invoking remote method 'x': Error: …"; the UI wants just "…". */
const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:Error: )?/;

async function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  try {
    return (await ipcRenderer.invoke(channel, request)) as ResponseOf<C>;
  } catch (error) {
    throw new Error(error instanceof Error ? error.message.replace(REMOTE_ERROR_PREFIX, '') : String(error));
  }
}

const api = {
  getAppInfo: () => invoke('app:getInfo', {}),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  takeOpenedFiles: () => invoke('file:takeOpened', {}),
  openPresenter: (request) => invoke('presenter:open', request),
  sealInfo: () => invoke('seal:info', {}),
  sealPdf: (request) => invoke('seal:sealPdf', request),
  signAuditSeal: (request) => invoke('seal:signAuditSeal', request),
  importOrganisationKey: (request) => invoke('seal:importOrganisation', request),
  removeOrganisationKey: () => invoke('seal:removeOrganisation', {}),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = menuCommandSchema.safeParse(command);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, api);
