// The trainee practising in this tab. Kept for the tab only (sessionStorage): the next person
// to pick up the device starts without a name.
const storageKey = 'e1.trainee';

export function currentTrainee(): string {
  try {
    return sessionStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

export function setCurrentTrainee(name: string): void {
  try {
    if (name.trim() === '') sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, name);
  } catch {
    // Storage refused (a private window): the attempt is saved without a name.
  }
}
