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
    seal: {
      info: () => api.sealInfo(),
      sealPdf: async (pdf, reason) => (await api.sealPdf({ pdf: pdf as Uint8Array<ArrayBuffer>, reason })).pdf,
      signAuditSeal: (request) => api.signAuditSeal(request),
      importOrganisation: (data, password) => api.importOrganisationKey({ data: data as Uint8Array<ArrayBuffer>, password }),
      removeOrganisation: () => api.removeOrganisationKey(),
    },
  };
}
