import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { applyStoredTheme } from './ui/theme';
import './ui/tokens.css';
import './ui/base.css';

applyStoredTheme();
// Strings load before the first paint, so no screen ever flashes in the wrong language.
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
