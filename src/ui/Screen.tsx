import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenProps {
  /** Changes whenever the person moves on, so focus and the tab title follow. */
  screenKey: string;
  title: string;
  appName: string;
  topBar: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame every screen shares: a top bar, the question as the page's h1, then the rest. */
export function Screen({ screenKey, title, appName, topBar, children, footer }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);

  useEffect(() => {
    // Screen readers announce the new question, and Tab starts from the top of the screen.
    heading.current?.focus();
  }, [screenKey]);

  return (
    <div className="screen">
      <header className="top-bar">{topBar}</header>
      <main className="screen-main">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
      {footer && <footer className="screen-footer">{footer}</footer>}
    </div>
  );
}
