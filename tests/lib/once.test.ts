import { describe, expect, it, vi } from 'vitest';
import { once } from '../../src/lib/once';

describe('once', () => {
  it('makes its value on first use only, and returns that value after', () => {
    const make = vi.fn(() => ({ made: true }));
    const get = once(make);
    expect(make).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is undefined, not making it again', () => {
    const make = vi.fn(() => undefined);
    const get = once(make);
    get();
    get();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
