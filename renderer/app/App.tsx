import { useEffect, useState } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { Toaster } from '../ui/Toaster';
import { useRoute } from './route';
import { initStorage } from './storageContext';
import { WorkshopScreen } from './WorkshopScreen';
import { useMenuCommands } from './menuCommands';
import './shell.css';

export function App() {
  const [ready, setReady] = useState(false);
  const [bootError, setBootError] = useState<string | null>(null);
  const route = useRoute((s) => s.route);
  useMenuCommands();

  useEffect(() => {
    initStorage()
      .then(() => setReady(true))
      .catch((e: unknown) => setBootError(e instanceof Error ? e.message : String(e)));
  }, []);

  if (bootError)
    return (
      <main className="boot-error callout callout-danger" role="alert">
        <h1>Accord could not open its local storage</h1>
        <p>{bootError}</p>
        <p>Nothing was deleted. Close other Accord windows and start it again.</p>
      </main>
    );
  if (!ready) return <main className="boot" aria-busy="true">Opening Accord…</main>;
  return (
    <>
      {route.name === 'workshop' ? <WorkshopScreen workshopId={route.workshopId} step={route.step} /> : <HomeScreen />}
      <Toaster />
    </>
  );
}
