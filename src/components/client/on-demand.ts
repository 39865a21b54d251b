/**
 * A script an island needs only when the reader asks for something (a file to
 * download, a file to open): added as a classic script (it runs from disk too)
 * the first time, after which it has set `window[name]`. Rejects if it cannot
 * be loaded, so the island can say so and offer another way.
 */
const loading = new Map<string, Promise<void>>();

export async function onDemand<T>(src: string, name: string): Promise<T> {
  const w = window as unknown as Record<string, T | undefined>;
  if (w[name] === undefined) {
    let p = loading.get(src);
    if (!p) {
      p = new Promise<void>((resolve, reject) => {
        const s = Object.assign(document.createElement('script'), { src });
        s.onload = () => resolve();
        s.onerror = () => {
          loading.delete(src);
          s.remove();
          reject(new Error(`${src} could not be loaded`));
        };
        document.head.append(s);
      });
      loading.set(src, p);
    }
    await p;
  }
  const found = w[name];
  if (found === undefined) throw new Error(`${src} did not set window.${name}`);
  return found;
}
