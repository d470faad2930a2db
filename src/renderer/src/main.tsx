import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LiveRegion } from './announce/LiveRegion';
import { call } from './bridge';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { startLocale } from './i18n';
import './styles/tokens.css';
import './styles/app.css';

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      <LiveRegion />
    </StrictMode>,
  );
}

// The words, dates and numbers follow the OS, which main reports; if it cannot, the page stays in English.
call('app:info')
  .then(startLocale)
  .catch((error: unknown) => console.error('Landscape could not learn the OS locale', error))
  .finally(render);
