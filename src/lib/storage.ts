/**
 * localStorage that never throws. Reading `localStorage` itself throws where
 * storage is blocked (SecurityError), setItem throws when the quota is full or
 * in some private modes: saving is always a convenience here, never a
 * failure, so every call returns instead. Pure enough to test with a fake.
 */

/** The part of the Web Storage API this site uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SafeStorage {
  /** The stored text, or null if there is none or storage cannot be read. */
  read(key: string): string | null;
  /** The same, saying whether storage could be read at all (`ok` false: missing or blocked). */
  readChecked(key: string): { ok: boolean; value: string | null };
  /** true if the value was stored. */
  write(key: string, value: string): boolean;
  remove(key: string): boolean;
}

/** `open` returns the store (e.g. `() => localStorage`); it is called on each use, inside the guard. */
export function safeStorage(open: () => KeyValueStore | undefined): SafeStorage {
  const attempt = <T>(use: (store: KeyValueStore) => T, fallback: T): T => {
    try {
      const store = open();
      return store ? use(store) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    read: (key) => attempt((s) => s.getItem(key), null),
    readChecked: (key) =>
      attempt<{ ok: boolean; value: string | null }>((s) => ({ ok: true, value: s.getItem(key) }), {
        ok: false,
        value: null,
      }),
    write: (key, value) =>
      attempt((s) => {
        s.setItem(key, value);
        return true;
      }, false),
    remove: (key) =>
      attempt((s) => {
        s.removeItem(key);
        return true;
      }, false),
  };
}

/** The browser's localStorage, guarded; in Node (builds, tests) simply nothing. */
export const browserStorage = (): SafeStorage =>
  safeStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage));
