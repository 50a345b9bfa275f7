import { useEffect } from 'react';

/**
 * iOS names a home-screen icon from this meta tag when the person taps "Add to Home Screen",
 * so it follows the language on screen. (The web manifest has one name, in both languages.)
 */
export function useHomeScreenName(name: string): void {
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="apple-mobile-web-app-title"]');
    if (meta) meta.content = name;
  }, [name]);
}
