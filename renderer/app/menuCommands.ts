import { useEffect } from 'react';
import { platform } from '../platform';
import { i18n } from '../i18n';
import { createWorkshopAndOpen, importOpenedFiles, exportSlaPdf, exportWorkshopReport, importWorkshopFile } from './fileCommands';
import { showToast } from './toastStore';
import { useWorkshop } from './workshopStore';

/** The desktop application menu drives the same actions as the in-app buttons. */
export function useMenuCommands() {
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const w = useWorkshop.getState().workshop;
        switch (command) {
          case 'newWorkshop':
            return void createWorkshopAndOpen();
          case 'openWorkshop':
            return void importWorkshopFile();
          case 'exportSla':
            if (w) return void exportSlaPdf(w);
            return showToast({ message: i18n.t('menu.openFirst') });
          case 'exportReport':
            if (w) return void exportWorkshopReport(w);
            return showToast({ message: i18n.t('menu.openFirstReport') });
          case 'filesOpened':
            return void importOpenedFiles();
          case 'undo':
            return void useWorkshop.getState().undo();
          case 'redo':
            return void useWorkshop.getState().redo();
          case 'about':
            return void platform.appInfo().then((i) =>
              showToast({
                message: `${i.name} ${i.version}${i.electron ? ` · Electron ${i.electron}` : ` · ${i18n.t('menu.browserMode')}`}`,
              }),
            );
        }
      }),
    [],
  );
}
