/**
 * Build work run in a child process of its own, alongside Astro's thread
 * (busy loading modules at start-up, waiting on Vite while it bundles): the
 * child answers once, with a value or with its error's message, and exits,
 * handing back all of its memory. (A worker thread left 10–20 MB behind in
 * the build's own process, measured at the peak, docs/arch/0009.)
 */
import { fork } from 'node:child_process';
import { getCompileCacheDir } from 'node:module';
import { fileURLToPath } from 'node:url';

type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

/** Run the module `file` (which calls `answer`) with `data`: its answer, or its error. */
export function askChild<T>(file: URL, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    // Node's compile cache (TypeScript stripped and compiled once), where Astro's CLI turned it on for the build
    // (astro/bin/astro.mjs: not in CI): the wizard check's child answered 0.15 s sooner with it, and the build waits
    // for that answer.
    const cache = getCompileCacheDir();
    const child = fork(fileURLToPath(file), {
      // Advanced serialisation: a Map comes back as a Map.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      ...(cache ? { env: { ...process.env, NODE_COMPILE_CACHE: cache } } : {}),
    });
    let answered = false;
    child.once('message', (a: Answer<T>) => {
      answered = true;
      if (a.ok) resolve(a.value);
      else reject(new Error(a.message));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!answered) reject(new Error(`${fileURLToPath(file)} stopped (exit ${code}) without an answer`));
    });
    child.send({ data });
  });
}

/** In a module run by askChild: answer with what `work` makes of the data it was sent, then end. */
export function answer<T>(work: (data: never) => T | Promise<T>): void {
  process.once('message', async ({ data }: { data: never }) => {
    let reply: Answer<T>;
    try {
      reply = { ok: true, value: await work(data) };
    } catch (e) {
      reply = { ok: false, message: (e as Error).message };
    }
    process.send?.(reply, () => process.disconnect());
  });
}
