import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { applyStoredTheme } from './ui/theme';
import { useHome } from './home/homeStore';
import { useRoute } from './app/route';
import { installInputClock } from './app/inputClock';
import './ui/tokens.css';
import './ui/base.css';
import { installSyncCsp } from './sync/syncCsp';

// First: the page may connect to the configured team server only, or to nothing but itself.
installSyncCsp();
applyStoredTheme();
installInputClock();
// The home list is read while the strings load (boot/early.ts began it at parse time); App
// starts storage, and shows a failed start with its reason. A window opened on a workshop
// reads the list when it goes home, and never uses the early read.
if (useRoute.getState().route.name === 'home')
  void useHome
    .getState()
    .loadAtStart()
    .catch(() => undefined);
// Strings load before the first paint, so no screen ever flashes in the wrong language.
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
