import type { DesktopApi } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function desktopPlatform(api: DesktopApi): Platform {
  return {
    mode: 'desktop',
    appInfo: () => api.getAppInfo(),
    async saveFile(suggestedName, kind, data) {
      const r = await api.saveFile({ suggestedName, kind, data: data as Uint8Array<ArrayBuffer> });
      return r.status === 'saved' ? { status: 'saved', where: r.path } : { status: 'canceled' };
    },
    async openFile(kind) {
      const r = await api.openFile({ kind });
      return r.status === 'opened' ? { name: r.name, data: r.data } : null;
    },
    takeOpenedFiles: () => api.takeOpenedFiles(),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    openPresenter: async (workshopId, step) => ({ display: (await api.openPresenter({ workshopId, step })).display }),
    async loadSealIdentity() {
      const r = await api.getSealIdentity();
      return r.status === 'found' ? r.identity : null;
    },
    storeSealIdentity: async (identity) => (await api.storeSealIdentity({ identity })).identity,
  };
}
