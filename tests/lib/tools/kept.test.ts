import { describe, expect, it } from 'vitest';
import { kept, type StorageLike } from '../../../src/lib/tools/kept';

const memory = (): StorageLike & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
};

describe('kept', () => {
  it('reads and writes when storage works', () => {
    const store = memory();
    const k = kept(() => store);
    expect(k.read('a')).toEqual({ ok: true, value: null });
    expect(k.write('a', '1')).toBe(true);
    expect(k.read('a')).toEqual({ ok: true, value: '1' });
  });

  it('reports, without throwing, storage that is missing, blocked on access, or full', () => {
    const missing = kept(() => null);
    expect(missing.read('a')).toEqual({ ok: false, value: null });
    expect(missing.write('a', '1')).toBe(false);

    const blocked = kept(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(blocked.read('a')).toEqual({ ok: false, value: null });
    expect(blocked.write('a', '1')).toBe(false);

    const full = kept(() => ({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    }));
    expect(full.read('a')).toEqual({ ok: true, value: null });
    expect(full.write('a', '1')).toBe(false);
  });
});
