// Catches a crash in one screen so the header, nav and stored progress stay untouched.
// The app keys it by route, so going elsewhere starts clean.
import { Component } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { PageTitle } from '../components/page-title';
import { paths } from '../config/paths';

interface RouteErrorBoundaryProps {
  children: ReactNode;
}

interface RouteErrorBoundaryState {
  error: Error | null;
}

const asError = (thrown: unknown) => (thrown instanceof Error ? thrown : new Error(String(thrown)));

export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): RouteErrorBoundaryState {
    return { error: asError(thrown) };
  }

  private readonly retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="screen container narrow" role="alert">
        <PageTitle title="Something went wrong" />
        <h1>Something went wrong on this screen</h1>
        <p>Nothing is lost: your notes and your study progress are kept. You can go back home or try this screen again.</p>
        <div className="actions">
          <Link href={paths.home.href()} className="button button-primary">
            Back to home
          </Link>
          <button type="button" className="button" onClick={this.retry}>
            Try again
          </button>
        </div>
        <details className="error-details">
          <summary>Details for a bug report</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    );
  }
}
