import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What went wrong, in the officer's terms ("This meeting could not be opened"). */
  title: string;
  children: ReactNode;
}

/** Shows a plain message instead of a blank window when a screen fails to render. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(this.props.title, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel error-panel" role="alert">
        <h2>{this.props.title}</h2>
        <p>{this.state.error.message}</p>
        <p>Nothing has been changed or deleted. Other meetings can still be opened from the list.</p>
      </div>
    );
  }
}
