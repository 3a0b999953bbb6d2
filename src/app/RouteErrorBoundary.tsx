import { Component, type ReactNode } from 'react';
import { RouteError } from './RouteError.tsx';

/**
 * Catches anything a page throws and shows a friendly page instead of a
 * blank one (RouteError). `resetKey` (the location's key) clears the error
 * when the reader navigates on.
 */
export class RouteErrorBoundary extends Component<
  { resetKey: string; children: ReactNode },
  { error: unknown; key: string | undefined }
> {
  override state = { error: undefined as unknown, key: undefined as string | undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string | undefined }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}
