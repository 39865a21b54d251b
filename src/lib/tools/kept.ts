/**
 * What the tools keep in the reader's browser. localStorage may be missing,
 * blocked (cookies off, some private modes: even reading the property throws)
 * or full; the tools must keep working and say so, so every access goes
 * through here and reports whether it worked. Pure: the storage is passed in.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export interface Kept {
  /** The stored text, null when there is none; `ok` is false when storage could not be read. */
  read(key: string): { ok: boolean; value: string | null };
  /** Whether the value was saved. */
  write(key: string, value: string): boolean;
}

/** `storage` is a function because merely touching window.localStorage can throw. */
export function kept(storage: () => StorageLike | null | undefined): Kept {
  return {
    read(key) {
      try {
        const s = storage();
        return s ? { ok: true, value: s.getItem(key) } : { ok: false, value: null };
      } catch {
        return { ok: false, value: null };
      }
    },
    write(key, value) {
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
  };
}
