// In-app navigation through the browser's own history, so Back always agrees with the browser.

/** How many in-app moves this tab's history holds behind the current entry. */
export function historyDepth(): number {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'depth' in state
    ? Number(state.depth) || 0
    : 0;
}

/** Moves to `search` as a new history entry; the app follows it like a browser back/forward. */
export function navigateTo(search: string): void {
  window.history.pushState({ depth: historyDepth() + 1 }, '', search || window.location.pathname);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
