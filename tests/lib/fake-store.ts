import type { KeyValueStore } from '../../src/lib/storage';

/** A Map-backed store that can be told to fail the way browsers do. */
export function fakeStore(
  fail: { read?: boolean; write?: boolean } = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => {
      if (fail.read) throw new DOMException('blocked', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (fail.write) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => {
      if (fail.write) throw new DOMException('blocked', 'SecurityError');
      data.delete(k);
    },
  };
}
