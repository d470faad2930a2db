import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { LiveRegion } from './announce/LiveRegion';
import { ErrorBoundary } from './errors/ErrorBoundary';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <LiveRegion />
  </StrictMode>,
);
