import { describe, expect, it } from 'vitest';
import { safeStorage } from '../../src/lib/storage';
import { fakeStore } from './fake-store';

describe('safeStorage', () => {
  it('reads, writes and removes through the store', () => {
    const store = fakeStore();
    const s = safeStorage(() => store);
    expect(s.read('k')).toBeNull();
    expect(s.write('k', 'v')).toBe(true);
    expect(s.read('k')).toBe('v');
    expect(s.remove('k')).toBe(true);
    expect(store.data.size).toBe(0);
  });

  it('never throws where storage is blocked, full, or the store itself cannot be reached', () => {
    for (const s of [
      safeStorage(() => fakeStore({ read: true, write: true })),
      safeStorage(() => {
        throw new DOMException('localStorage is not available', 'SecurityError');
      }),
      safeStorage(() => undefined),
    ]) {
      expect(s.read('k')).toBeNull();
      expect(s.readChecked('k')).toEqual({ ok: false, value: null });
      expect(s.write('k', 'v')).toBe(false);
      expect(s.remove('k')).toBe(false);
    }
  });

  it('says whether storage could be read at all, apart from whether the key is there', () => {
    const store = fakeStore();
    const s = safeStorage(() => store);
    expect(s.readChecked('k')).toEqual({ ok: true, value: null });
    s.write('k', 'v');
    expect(s.readChecked('k')).toEqual({ ok: true, value: 'v' });
  });

  it('still reads when only writing fails (a full quota)', () => {
    const store = fakeStore({ write: true });
    store.data.set('k', 'kept');
    const s = safeStorage(() => store);
    expect(s.write('k', 'new')).toBe(false);
    expect(s.read('k')).toBe('kept');
  });
});
