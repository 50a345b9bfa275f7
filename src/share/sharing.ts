// Getting a link or a summary off this phone: the device's share sheet where there is one (Web
// Share API), else the clipboard. Both can be refused (permissions, insecure context); callers say so.

export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

/** An absolute link to `search` (`?step=card.wipe`) in this app, wherever it is hosted. */
export function appUrl(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search}`;
}

export function canShare(): boolean {
  return typeof navigator.share === 'function';
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens the share sheet with `data` where there is one, else copies `copy` to the clipboard. */
export async function shareOrCopy(data: ShareData, copy: string): Promise<ShareResult> {
  if (canShare()) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // The person closed the sheet: nothing to report. Any other refusal falls back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(copy)) ? 'copied' : 'failed';
}
