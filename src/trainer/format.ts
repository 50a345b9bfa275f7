import type { TFunction } from '../i18n';

/** "2 min 05 s" / "2 分 05 秒"; under a minute, seconds only. */
export function formatDuration(ms: number, t: TFunction<'trainer'>): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes === 0
    ? t('attempt.durationSeconds', { seconds })
    : t('attempt.duration', { minutes, seconds: String(seconds).padStart(2, '0') });
}
