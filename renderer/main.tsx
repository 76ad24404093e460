import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { applyStoredTheme } from './ui/theme';
import { initStorage } from './app/storageContext';
import { useHome } from './home/homeStore';
import { installInputClock } from './app/inputClock';
import './ui/tokens.css';
import './ui/base.css';

applyStoredTheme();
installInputClock();
// Storage opens (and the home list is read) while the strings load; App waits for the same start.
void initStorage()
  .then(() => useHome.getState().load())
  .catch(() => undefined); // App shows a failed start, with its reason
// Strings load before the first paint, so no screen ever flashes in the wrong language.
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
