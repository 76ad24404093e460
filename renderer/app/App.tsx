import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../home/HomeScreen';
import { Toaster } from '../ui/Toaster';
import { useRoute } from './route';
import { initStorage } from './storageContext';
import { useMenuCommands } from './menuCommands';
import { importOpenedFiles } from './fileActions';
import './shell.css';

/**
 * The workshop shell (rail, step frame, step checks, facilitation) is its own chunk, off the path
 * to the home list; the home screen fetches it while idle, so opening a workshop does not wait.
 */
const loadWorkshopScreen = () => import('./WorkshopScreen');
const WorkshopScreen = lazy(() => loadWorkshopScreen().then((m) => ({ default: m.WorkshopScreen })));

/** Only the presenter window needs it: its own chunk, off the path to the home list. */
const PresenterScreen = lazy(() => import('../facilitation/PresenterScreen').then((m) => ({ default: m.PresenterScreen })));

export function App() {
  const [ready, setReady] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const route = useRoute((s) => s.route);
  const { t } = useTranslation();
  useMenuCommands();

  useEffect(() => {
    const prefetch = () => void Promise.all([loadWorkshopScreen(), import('./WorkshopTools')]).catch(() => undefined);
    const idle = window.requestIdleCallback(prefetch, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, []);

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
      {route.name === 'workshop' ? (
        <Suspense fallback={<main className="boot" aria-busy="true">{t('boot.opening')}</main>}>
          <WorkshopScreen workshopId={route.workshopId} step={route.step} />
        </Suspense>
      ) : (
        <HomeScreen />
      )}
      <Toaster />
    </>
  );
}
