import { createElement, lazy, useState, type ComponentType } from 'react';

export type PreloadableComponent<Props extends object> = ComponentType<Props> & {
  /** Starts loading the code; the returned promise settles when it is ready. */
  preload: () => Promise<unknown>;
};

/**
 * A lazily loaded component that can be loaded ahead of its first render. Once loaded it draws at
 * once: React.lazy alone always suspends on first render, and React then shows the fallback for
 * at least 300 ms even when the code is already there.
 */
export function preloadable<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
): PreloadableComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Preloadable(props: Props) {
    // Chosen once per mount: switching from Lazy to the loaded type later would remount it.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(Preloadable, { preload });
}
