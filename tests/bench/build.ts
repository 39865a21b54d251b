/**
 * Builds for the benchmark, always in a temporary copy of the project (never
 * in the project's own dist/ or .astro/): the copy has every file of the
 * project but node_modules (a symlink to the project's), dist/, .astro/ and
 * .git. A copy can have its corpus multiplied for the scaling runs.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './config.ts';

/** Left out of the copy: installed, generated, or not needed to build. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  'dist-offline',
  'dist-guide',
  '.astro',
  '.git',
  'test-results',
  'screenshots',
  'bench-results.json',
]);

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A temporary folder for this run; every copy goes under it. */
export function benchTempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'site-bench-'));
}

/** Copy the project into `dest` (which must not exist), with node_modules symlinked. */
export function copyProject(dest: string, from = PROJECT_ROOT): void {
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(from)) {
    if (NOT_COPIED.has(name) || name.endsWith('.zip')) continue;
    cpSync(join(from, name), join(dest, name), { recursive: true });
  }
  symlinkSync(realpathSync(join(from, 'node_modules')), join(dest, 'node_modules'), 'dir');
}

export interface Corpus {
  documents: number;
  bytes: number;
}

/** MDX documents under content/ of a project. */
export function corpusOf(root: string): Corpus {
  let documents = 0;
  let bytes = 0;
  for (const file of walk(join(root, 'content'))) {
    if (!file.endsWith('.mdx')) continue;
    documents++;
    bytes += statSync(file).size;
  }
  return { documents, bytes };
}

/**
 * Multiply the documents of a project copy `factor` times: each MDX file gets
 * factor − 1 copies beside it ("<name>--x<k>.mdx"), the same text with the
 * frontmatter `order` moved by k × 1000 so it stays unique within its
 * publication. Wizard trees and the glossary stay as they are.
 */
export function multiplyCorpus(root: string, factor: number): Corpus {
  const files = walk(join(root, 'content')).filter((f) => f.endsWith('.mdx'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 3);
    if (!text.startsWith('---') || end < 0) throw new Error(`${file}: no frontmatter to multiply`);
    const front = text.slice(0, end);
    const order = /^order:\s*(\d+)\s*$/m.exec(front);
    if (!order) throw new Error(`${file}: no "order:" in its frontmatter`);
    const n = Number(order[1]);
    if (n >= 1000) throw new Error(`${file}: order ${n} is too large to multiply (copies add k × 1000)`);
    for (let k = 1; k < factor; k++) {
      const copy = front.replace(order[0], `order: ${n + k * 1000}`) + text.slice(end);
      writeFileSync(file.replace(/\.mdx$/, `--x${k}.mdx`), copy);
    }
  }
  return corpusOf(root);
}

export interface BuildRun {
  /** Wall time of the whole `astro build` (Astro + its integrations), s. */
  wallS: number;
  /** Astro's own part: wall time less the search indexes, s. */
  astroS: number;
  /** CPU time of the build's processes (user + system, from GNU time), s; null without /usr/bin/time. Steadier than wall time on a busy machine. */
  cpuS: number | null;
  /** The search integration (Pagefind + quick-find + search scripts), s; null if its log line was not seen. */
  searchS: number | null;
  /** `npm run build:offline`, s; null if the project has no such script. */
  offlineS: number | null;
  /** Largest resident set of the process tree summed (polled every 100 ms), MB. */
  peakTreeMB: number;
  /** Largest resident set of one process (GNU time's "Maximum resident set size"), MB; null without /usr/bin/time. */
  peakProcessMB: number | null;
  /** Offline bundle's peak, MB (tree, polled), if it ran. */
  offlinePeakMB: number | null;
  log: string;
}

export interface Timed {
  wallS: number;
  code: number | null;
  output: string;
  /** [ms since start, line] */
  lines: [number, string][];
  peakTreeMB: number;
  peakProcessMB: number | null;
  cpuS: number | null;
}

const TIME = '/usr/bin/time';

/** Run a command, recording its output lines with their times and its memory peak. */
export function timedRun(
  cmd: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Timed> {
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: [number, string][] = [];
    let output = '';
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      const text = chunk.toString('utf8');
      output += text;
      pending += text;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) lines.push([at, line]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakKB = 0;
    const poll = setInterval(() => {
      if (child.pid) peakKB = Math.max(peakKB, treeRssKB(child.pid));
    }, 100);
    child.on('error', (e) => {
      clearInterval(poll);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      const wallS = (performance.now() - started) / 1000;
      if (pending) lines.push([performance.now() - started, pending]);
      const max = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(output);
      const user = /User time \(seconds\):\s*([\d.]+)/.exec(output);
      const system = /System time \(seconds\):\s*([\d.]+)/.exec(output);
      resolve({
        wallS,
        code,
        output,
        lines,
        peakTreeMB: peakKB / 1024,
        peakProcessMB: max ? Number(max[1]) / 1024 : null,
        cpuS: user && system ? Number(user[1]) + Number(system[1]) : null,
      });
    });
  });
}

/** Sum of VmRSS over a process and all its descendants, from /proc (0 where /proc is missing). */
function treeRssKB(rootPid: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? -1);
      const kb = Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0);
      const pid = Number(name);
      rss.set(pid, kb);
      const list = children.get(ppid) ?? [];
      list.push(pid);
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Whether the project defines `npm run build:offline`. */
export function hasOfflineScript(root: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.['build:offline'] === 'string';
}

/**
 * Build a project copy into its own dist/ as `npm run build` does (astro build,
 * run with this Node), then `npm run build:offline` if the project has it.
 * A build that fails because another build touched the cache at the same time
 * is retried once.
 */
export async function buildProject(root: string, options: { offline?: boolean } = {}): Promise<BuildRun> {
  const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  let run = await timedRun(process.execPath, [astroBin, 'build'], { cwd: root });
  if (run.code !== 0 && /\.astro[/\\]/.test(run.output))
    run = await timedRun(process.execPath, [astroBin, 'build'], { cwd: root });
  if (run.code !== 0) throw new Error(`astro build failed in ${root} (exit ${run.code}):\n${tail(run.output)}`);

  const searchS = searchSeconds(run.lines);
  let offlineS: number | null = null;
  let offlinePeakMB: number | null = null;
  let log = run.output;
  if (options.offline !== false && hasOfflineScript(root)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const off = await timedRun(npm, ['run', 'build:offline'], { cwd: root });
    if (off.code !== 0)
      throw new Error(`npm run build:offline failed in ${root} (exit ${off.code}):\n${tail(off.output)}`);
    offlineS = off.wallS;
    offlinePeakMB = off.peakTreeMB;
    log += `\n--- build:offline ---\n${off.output}`;
  }
  return {
    wallS: run.wallS,
    astroS: run.wallS - (searchS ?? 0),
    cpuS: run.cpuS,
    searchS,
    offlineS,
    peakTreeMB: run.peakTreeMB,
    peakProcessMB: run.peakProcessMB,
    offlinePeakMB,
    log,
  };
}

/**
 * The search integration's time: the "in N ms" it logs, or else the time
 * between its log line and the line before it.
 */
function searchSeconds(lines: [number, string][]): number | null {
  const i = lines.findIndex(([, l]) => l.includes('[site-search]'));
  if (i < 0) return null;
  const own = /\bin (\d+) ms\b/.exec(lines[i]![1]);
  if (own) return Number(own[1]) / 1000;
  return i > 0 ? (lines[i]![0] - lines[i - 1]![0]) / 1000 : null;
}

const tail = (text: string) => text.split('\n').slice(-30).join('\n');

export interface DistStats {
  pages: number;
  documents: number;
  htmlBytes: number;
  /** Mean size of a document page's HTML, bytes. */
  documentHtmlMean: number;
  pagefindBytes: number;
  pagefindFiles: number;
  quickfindBytes: number;
  quickfindGzip: number;
  distBytes: number;
}

/** Sizes of a built site. */
export function distStats(dist: string): DistStats {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const docs = html.filter((f) =>
    /^(booklets|ppp-guide)\/[^/]+\/index\.html$/.test(relative(dist, f).split('\\').join('/')),
  );
  const size = (f: string) => statSync(f).size;
  const sum = (list: string[]) => list.reduce((t, f) => t + size(f), 0);
  const pagefind = files.filter((f) => relative(dist, f).startsWith('pagefind'));
  const qfFile = join(dist, '_search', 'quickfind.js');
  const qf = existsSync(qfFile) ? readFileSync(qfFile) : Buffer.alloc(0);
  return {
    pages: html.filter((f) => basename(f) === 'index.html').length,
    documents: docs.length,
    htmlBytes: sum(html),
    documentHtmlMean: docs.length ? sum(docs) / docs.length : 0,
    pagefindBytes: sum(pagefind),
    pagefindFiles: pagefind.length,
    quickfindBytes: qf.length,
    quickfindGzip: qf.length ? gzipSync(qf, { level: GZIP_LEVEL }).length : 0,
    distBytes: sum(files),
  };
}

export function walk(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const go = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) go(full);
      else out.push(full);
    }
  };
  go(dir);
  return out;
}

export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
