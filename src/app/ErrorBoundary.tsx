// Catches render errors so a bug shows a clear message instead of a blank page.
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-screen">
        <h1>{i18n.t('errors.title')}</h1>
        <p>{i18n.t('errors.body')}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {i18n.t('errors.reload')}
        </button>
      </div>
    );
  }
}
