import { useTranslation } from '../i18n';
import { Banner } from '../ui';

/**
 * Stands in for a part that could not load (most often its code, on a first visit whose connection
 * dropped before the app was cached): it says so, and the rest of the screen stays as it is.
 */
export function NotLoaded({ part }: { part: 'log' | 'outcomeParts' }) {
  const { t } = useTranslation();
  // Not logging is a failed write that has not happened yet: an alert, as a failed save is.
  return <Banner tone={part === 'log' ? 'alert' : 'status'}>{t(`unloaded.${part}`)}</Banner>;
}
