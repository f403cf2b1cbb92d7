// Render errors become a readable panel with a retry, never a blank window. Wrapped around
// the whole app and, separately, around each view so one broken view leaves the frame usable.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  where: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.where}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>{this.props.where} hit a problem</h2>
        <p>{error.message || 'Unknown error'}</p>
        <p className="muted">Your workspace is safe: nothing is lost when a view fails to draw.</p>
        <div className="error-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload window
          </button>
        </div>
      </div>
    );
  }
}
