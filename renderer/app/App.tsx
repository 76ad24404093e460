import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../home/HomeScreen';
import { useHome } from '../home/homeStore';
import { useRoute } from './route';
import { initStorage } from './storageContext';
import { useMenuCommands } from './menuCommands';
import { importOpenedFiles, loadFileActions } from './fileCommands';
import { loadWorkshopFiles } from '../storage/workshopFiles';
import { withStrings } from '../i18n/withStrings';
import { allStrings } from '../i18n';
import { useImportChoice } from './importChoiceStore';
import './shell.css';

/**
 * The workshop shell (rail, step frame, step checks, facilitation) is its own chunk, off the path
 * to the home list; the home screen fetches it while idle, so opening a workshop does not wait.
 */
const loadWorkshopScreen = () => withStrings(import('./WorkshopScreen'));
const WorkshopScreen = lazy(() => loadWorkshopScreen().then((m) => ({ default: m.WorkshopScreen })));

/** Toasts come only after an action: radix's toast code need not hold up the first screen. */
const Toaster = lazy(() => import('../ui/Toaster').then((m) => ({ default: m.Toaster })));

/** Asked only when an imported workshop is already here: its own chunk. */
const ImportChoiceDialog = lazy(() => withStrings(import('./ImportChoiceDialog')).then((m) => ({ default: m.ImportChoiceDialog })));

/** Only the presenter window needs it: its own chunk, off the path to the home list. */
const PresenterScreen = lazy(() => withStrings(import('../facilitation/PresenterScreen')).then((m) => ({ default: m.PresenterScreen })));

export function App() {
  const [ready, setReady] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const route = useRoute((s) => s.route);
  // The home list may be on screen before storage has opened (boot/earlySummaries.ts); its
  // actions wait for storage themselves. Every other screen waits here.
  const homeListed = useHome((s) => s.summaries !== null);
  const earlyReadSettled = useHome((s) => s.earlyReadSettled);
  const { t } = useTranslation();
  useMenuCommands();

  // Once the first screen is up and storage is open: fetching earlier competes with both.
  useEffect(() => {
    if (!ready) return;
    const prefetch = () =>
      void Promise.all([allStrings(), loadWorkshopFiles(), loadWorkshopScreen(), import('./WorkshopTools'), loadFileActions()]).catch(
        () => undefined,
      );
    const idle = window.requestIdleCallback(prefetch, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, [ready]);

  // On the home route storage starts once the early read has answered, i.e. with its list on
  // screen (boot/earlySummaries.ts): loading and opening Dexie would otherwise compete with the
  // list's first render. Without early rows, homeStore has started it by then.
  const storageWanted = route.name !== 'home' || earlyReadSettled;
  useEffect(() => {
    if (!storageWanted) return;
    initStorage()
      .then(({ addedSample }) => {
        setReady(true);
        // A list shown from the early read could not have had it.
        if (addedSample) void useHome.getState().load();
        // A workshop file double-clicked to launch Accord waits in main until now.
        void importOpenedFiles();
      })
      .catch((e: unknown) => setBootError(e instanceof Error ? e.message : String(e)));
  }, [storageWanted]);

  if (bootError)
    return (
      <main className="boot-error callout callout-danger" role="alert">
        <h1>{t('boot.storageFailed')}</h1>
        <p>{bootError}</p>
        <p>{t('boot.nothingDeleted')}</p>
      </main>
    );
  if (!ready && !(route.name === 'home' && homeListed))
    return (
      <main className="boot" aria-busy="true">
        {t('boot.opening')}
      </main>
    );
  // The presenter window shows the room's view only: no toasts, no menus, nothing to click.
  if (route.name === 'presenter')
    return (
      <Suspense fallback={null}>
        <PresenterScreen workshopId={route.workshopId} step={route.step} />
      </Suspense>
    );
  return (
    <>
      {route.name === 'workshop' || route.name === 'wrapUp' ? (
        <Suspense
          fallback={
            <main className="boot" aria-busy="true">
              {t('boot.opening')}
            </main>
          }
        >
          <WorkshopScreen workshopId={route.workshopId} step={route.name === 'wrapUp' ? 'wrapUp' : route.step} />
        </Suspense>
      ) : (
        <HomeScreen />
      )}
      <ImportChoiceHost />
      <Suspense fallback={null}>
        <Toaster />
      </Suspense>
    </>
  );
}

/** The import question, while one is asked (fileActions.ts importWorkshopBytes). */
function ImportChoiceHost() {
  const pending = useImportChoice((s) => s.pending);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ImportChoiceDialog key={`${pending.fileName}|${pending.existing.id}|${pending.incoming.updatedAt}`} pending={pending} />
    </Suspense>
  );
}
