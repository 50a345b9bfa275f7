// What the page and the database tell the write queue: another tab's upgrade stops this tab's
// writes (after saving what it holds), the page shown again retries a failed write at once, and a
// page going away keeps what is not written yet where the next page finds it.
import type { AppDatabase } from '../db/database';
import type { WriteQueue } from './writeQueue';

/** Wires `queue` to `db` and `page`; returns a function that unwires it. */
export function watchStorage(db: AppDatabase, queue: WriteQueue, page: Window): () => void {
  // Another tab is upgrading the database: save what this tab holds, close, and ask for a reload.
  const upgrading = () => {
    void queue.flush().finally(() => {
      db.close();
      queue.halt('upgradedElsewhere');
    });
    return false;
  };
  // Dexie holds writes until the other tab lets go; meanwhile say what the person can do.
  const blocked = () => queue.report('blocked');
  const shown = () => {
    if (page.document.visibilityState === 'visible') queue.retryNow();
  };
  const leaving = () => void queue.keepUnsaved();
  db.on('versionchange', upgrading);
  db.on('blocked', blocked);
  page.document.addEventListener('visibilitychange', shown);
  page.addEventListener('pagehide', leaving);
  return () => {
    db.on('versionchange').unsubscribe(upgrading);
    db.on('blocked').unsubscribe(blocked);
    page.document.removeEventListener('visibilitychange', shown);
    page.removeEventListener('pagehide', leaving);
  };
}
