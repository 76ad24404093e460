import { useEffect } from 'react';
import { platform } from '../platform';
import { createWorkshopAndOpen, exportSlaPdf, importWorkshopFile } from './fileActions';
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
            return showToast({ message: 'Open a workshop first, then export its SLA.' });
          case 'about':
            return void platform.appInfo().then((i) => showToast({ message: `${i.name} ${i.version}${i.electron ? ` · Electron ${i.electron}` : ' · browser mode'}` }));
        }
      }),
    [],
  );
}
