import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../home/HomeScreen';
import { Toaster } from '../ui/Toaster';
import { useRoute } from './route';
import { initStorage } from './storageContext';
import { WorkshopScreen } from './WorkshopScreen';
import { useMenuCommands } from './menuCommands';
import { importOpenedFiles } from './fileActions';
import './shell.css';

/** Only the presenter window needs it: its own chunk, off the path to the home list. */
const PresenterScreen = lazy(() => import('../facilitation/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));

export function App() {
  const [ready, setReady] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const route = useRoute((s) => s.route);
  const { t } = useTranslation();
  useMenuCommands();

  useEffect(() => {
    initStorage()
      .then(() => {
        setReady(true);
        // A workshop file double-clicked to launch Accord waits in main until now.
        void importOpenedFiles();
      })
      .catch((e: unknown) => setBootError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (bootError)
    return (
      <main className="boot-error callout callout-danger" role="alert">
        <h1>{t('boot.storageFailed')}</h1>
        <p>{bootError}</p>
        <p>{t('boot.nothingDeleted')}</p>
      </main>
    );
  if (!ready) return <main className="boot" aria-busy="true">{t('boot.opening')}</main>;
  // The presenter window shows the room's view only: no toasts, no menus, nothing to click.
  if (route.name === 'presenter')
    return (
      <Suspense fallback={null}>
        <PresenterScreen workshopId={route.workshopId} step={route.step} />
      </Suspense>
    );
  return (
    <>
      {route.name === 'workshop' ? <WorkshopScreen workshopId={route.workshopId} step={route.step} /> : <HomeScreen />}
      <Toaster />
    </>
  );
}
