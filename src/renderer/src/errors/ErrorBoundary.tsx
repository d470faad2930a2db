import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';

interface State {
  error: Error | null;
}

/** A render crash shows a readable message and a way back, not a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Landscape screen crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="centered-screen" role="alert">
        <h1>{t('errors.crashHeading')}</h1>
        <p>{t('errors.crashDetail', { message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('errors.tryAgain')}
        </button>
      </main>
    );
  }
}
