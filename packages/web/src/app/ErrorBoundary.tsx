import { Component, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';

interface State { error: Error | null; resetKey: unknown }

/** A page that throws while rendering shows what happened and a way out instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: unknown }, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error) {
    console.error(error);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A chunk that no longer exists after a deployment: a reload fetches the new version.
    const stale = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
    return (
      <div className="state state-error" role="alert">
        <span className="state-icon"><Icon name="warning" /></span>
        <h2>{stale ? 'A new version is available' : 'Something went wrong on this page'}</h2>
        <p>{stale ? 'Reload to continue with the latest version.' : 'The error has been logged. Reloading usually helps.'}</p>
        <div className="row">
          <Button variant="primary" icon="refresh" onClick={() => window.location.reload()}>Reload</Button>
          {!stale && <Button onClick={() => this.setState({ error: null })}>Try again</Button>}
        </div>
      </div>
    );
  }
}
