/**
 * Builds for the benchmark, always in a temporary copy of the project (never
 * in the project's own dist/ or .astro/): the copy has every file of the
 * project but node_modules (a symlink to the project's), dist/, .astro/ and
 * .git. A copy can have its corpus multiplied for the scaling runs.
 *
 * The temporary folder is inside the project (.bench/, ignored by git), not in
 * the system's: Astro treats a compiled .astro file whose real path shares no
 * folder but "/" with the project as a path from the project root, and the
 * Starlight twin compiles Starlight's components from the shared node_modules.
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
import { loadavg } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_ENV, GZIP_LEVEL } from './config.ts';

/** Left out of the copy: installed, generated, or not needed to build. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  'dist-offline',
  'dist-guide',
  '.astro',
  '.git',
  '.bench',
  'test-results',
  'screenshots',
  'bench-results.json',
]);

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A temporary folder for this run, under the project's .bench/; every copy goes under it. */
export function benchTempRoot(): string {
  const parent = join(PROJECT_ROOT, '.bench');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, 'run-'));
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
  publications: number;
  bytes: number;
}

/** The documents collection's files: every MDX file under content/ but content/site/ (src/content.config.ts). */
export function documentFiles(root: string): string[] {
  const content = join(root, 'content');
  return walk(content).filter(
    (f) => f.endsWith('.mdx') && !relative(content, f).split('\\').join('/').startsWith('site/'),
  );
}

/** The documents of a project and the publications they belong to. */
export function corpusOf(root: string): Corpus {
  const files = documentFiles(root);
  const publications = new Set(files.map((f) => frontmatterField(readFileSync(f, 'utf8'), 'publication') ?? ''));
  return {
    documents: files.length,
    publications: publications.size,
    bytes: files.reduce((t, f) => t + statSync(f).size, 0),
  };
}

function frontmatterField(text: string, name: string): string | undefined {
  const end = text.indexOf('\n---', 3);
  const m = new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'm').exec(text.slice(0, end));
  return m?.[1]?.replace(/^"(.*)"$/, '$1');
}

/**
 * How the scaling runs multiply the corpus:
 * - "publications" (the default): each publication gets factor − 1 copies, each
 *   a publication of its own (content/<id>-x<k>/, registered in the copy's
 *   src/lib/publications.ts as an editor registers one). DCAF's library grows
 *   this way: more publications of a few chapters each, not guides of hundreds.
 * - "documents": each document gets factor − 1 copies in its own publication
 *   ("<name>--x<k>.mdx", order + k × 1000): a publication of hundreds of
 *   chapters, the worst case for navigation that lists a publication's documents.
 */
export type MultiplyScheme = 'publications' | 'documents';

/** Multiply the documents of a project copy `factor` times. Wizard trees and the glossary stay as they are. */
export function multiplyCorpus(root: string, factor: number, scheme: MultiplyScheme = 'publications'): Corpus {
  const files = documentFiles(root);
  if (scheme === 'documents') {
    for (const file of files) {
      const { front, rest } = splitFrontmatter(file);
      const order = /^order:\s*(\d+)\s*$/m.exec(front);
      if (!order) throw new Error(`${file}: no "order:" in its frontmatter`);
      const n = Number(order[1]);
      if (n >= 1000) throw new Error(`${file}: order ${n} is too large to multiply (copies add k × 1000)`);
      for (let k = 1; k < factor; k++)
        writeFileSync(file.replace(/\.mdx$/, `--x${k}.mdx`), front.replace(order[0], `order: ${n + k * 1000}`) + rest);
    }
    return corpusOf(root);
  }
  const content = join(root, 'content');
  const added: { id: string; from: string; k: number }[] = [];
  for (const file of files) {
    const { front, rest } = splitFrontmatter(file);
    const pub = /^publication:\s*"?([a-z0-9-]+)"?\s*$/m.exec(front);
    if (!pub) throw new Error(`${file}: no "publication:" in its frontmatter`);
    const rel = relative(content, file).split('\\').join('/');
    const [folder, ...name] = rel.split('/');
    if (folder !== pub[1] || name.length !== 1)
      throw new Error(`${file}: expected content/<publication>/<name>.mdx to multiply it as publications`);
    for (let k = 2; k <= factor; k++) {
      const id = `${pub[1]}-x${k}`;
      if (!added.some((a) => a.id === id)) added.push({ id, from: pub[1]!, k });
      const out = join(content, id, name[0]!);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, front.replace(pub[0], `publication: ${id}`) + rest);
    }
  }
  registerPublications(root, added);
  return corpusOf(root);
}

function splitFrontmatter(file: string): { front: string; rest: string } {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) throw new Error(`${file}: no frontmatter to multiply`);
  return { front: text.slice(0, end), rest: text.slice(end) };
}

/**
 * Register the copies as publications in the copy's src/lib/publications.ts:
 * appended code that adds each to PUBLICATION_ORDER and PUBLICATIONS (the
 * content schema reads them when it is loaded, after this module).
 */
function registerPublications(root: string, added: { id: string; from: string; k: number }[]) {
  const file = join(root, 'src', 'lib', 'publications.ts');
  const text = readFileSync(file, 'utf8');
  if (!/export const PUBLICATION_ORDER\b/.test(text) || !/export const PUBLICATIONS\b/.test(text))
    throw new Error(`${file}: no PUBLICATION_ORDER or PUBLICATIONS to register the multiplied publications in`);
  writeFileSync(
    file,
    `${text}
// Added by the benchmark (tests/bench/build.ts): each copy of a publication is a publication of its own.
for (const [id, from, k] of ${JSON.stringify(added.map((a) => [a.id, a.from, a.k]))} as [string, string, number][]) {
  const source = (PUBLICATIONS as Record<string, Publication>)[from]!;
  (PUBLICATION_ORDER as unknown as string[]).push(id);
  (PUBLICATIONS as Record<string, Publication>)[id] = {
    ...source,
    id: id as PublicationId,
    title: \`\${source.title} (copy \${k})\`,
    shortTitle: \`\${source.shortTitle} (copy \${k})\`,
  };
}
`,
  );
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
  /** `npm run build:offline`, s; null if the project has no such script or it was not run. */
  offlineS: number | null;
  /** Largest resident set of the process tree summed (polled every 100 ms), MB. */
  peakTreeMB: number;
  /** Largest resident set of one process (GNU time's "Maximum resident set size"), MB; null without /usr/bin/time. */
  peakProcessMB: number | null;
  /** Offline bundle's peak, MB (tree, polled), if it ran. */
  offlinePeakMB: number | null;
  /** The machine's 1-minute load average when the build started and when it ended. */
  load: [number, number];
  /** Where the time went, from Astro's own log lines (see PHASES), s. */
  phases: Record<PhaseName, number | null>;
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
  load: [number, number];
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
    const loadBefore = loadavg()[0] ?? 0;
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
        load: [loadBefore, loadavg()[0] ?? 0],
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

/**
 * Phases of `astro build`, from the log lines Astro prints for any site (this
 * one and the twin alike), each from the line that starts it to the next:
 * start-up (config, integrations' setup, Vite's dependency scan), content
 * (sync and types), bundling (Vite), pages (rendering every route), after
 * (the integrations' astro:build:done: search indexes, checks, sitemap).
 */
export const PHASES = [
  { name: 'startup', label: 'Start-up (config, integrations, Vite)', until: /\[content\] Syncing content/ },
  { name: 'content', label: 'Content layer (sync, types)', until: /\[build\] Building static entrypoints/ },
  { name: 'bundle', label: 'Bundling (Vite)', until: /generating static routes/ },
  { name: 'pages', label: 'Rendering pages', until: /^\S*\s*\[build\] ✓ Completed in|^\S+ ✓ Completed in/ },
  { name: 'after', label: 'After the pages (search index, checks)', until: /\[build\] \d+ page\(s\) built in/ },
] as const;
export type PhaseName = (typeof PHASES)[number]['name'];

/** Each phase's duration from a build's timed log lines (null where a marker is missing). */
export function phasesOf(lines: [number, string][], wallS: number): Record<PhaseName, number | null> {
  const out = {} as Record<PhaseName, number | null>;
  let from = 0;
  let i = 0;
  for (const phase of PHASES) {
    // The "pages" marker also follows "Collecting build info": look only after the previous phase's marker.
    let j = i;
    while (j < lines.length && !phase.until.test(lines[j]![1])) j++;
    if (j >= lines.length) {
      out[phase.name] = null;
      continue;
    }
    const at = lines[j]![0];
    out[phase.name] = (at - from) / 1000;
    from = at;
    i = j + 1;
  }
  if (out.after !== null) out.after = (out.after ?? 0) + (wallS * 1000 - from) / 1000;
  return out;
}

/** Whether the project defines `npm run build:offline`. */
export function hasOfflineScript(root: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.['build:offline'] === 'string';
}

export interface BuildOptions {
  /** Also run `npm run build:offline` after it (the site only). */
  offline?: boolean;
  /** Write V8 CPU profiles of the build's Node processes into this folder (node --cpu-prof). */
  cpuProfileDir?: string;
}

/**
 * Build a project (this site's copy or the Starlight twin) into its own dist/
 * as `npm run build` does (astro build, run with this Node, in BUILD_ENV), cold: its dist/
 * and .astro/ (Astro's caches) are removed first. The site's offline bundle
 * follows if asked for. A build that fails because another build touched the
 * cache at the same time is retried once.
 */
export async function buildProject(root: string, options: BuildOptions = {}): Promise<BuildRun> {
  for (const dir of ['dist', 'dist-offline', '.astro']) rmSync(join(root, dir), { recursive: true, force: true });
  const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const env: NodeJS.ProcessEnv = { ...BUILD_ENV };
  if (options.cpuProfileDir)
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${options.cpuProfileDir}`.trim();
  let run = await timedRun(process.execPath, [astroBin, 'build'], { cwd: root, env });
  if (run.code !== 0 && /\.astro[/\\]/.test(run.output))
    run = await timedRun(process.execPath, [astroBin, 'build'], { cwd: root, env });
  if (run.code !== 0) throw new Error(`astro build failed in ${root} (exit ${run.code}):\n${tail(run.output)}`);

  const searchS = searchSeconds(run.lines);
  let offlineS: number | null = null;
  let offlinePeakMB: number | null = null;
  let log = run.output;
  if (options.offline && hasOfflineScript(root)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const off = await timedRun(npm, ['run', 'build:offline'], { cwd: root, env: { ...BUILD_ENV } });
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
    load: run.load,
    phases: phasesOf(run.lines, run.wallS),
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
  const own = [...lines[i]![1].matchAll(/\bin (\d+) ms\b/g)].reduce((t, m) => t + Number(m[1]), 0);
  if (own) return own / 1000;
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
  distFiles: number;
}

/** The site's document pages, from the manifest the build wrote (src/lib/manifest.ts): paths inside the site. */
export function builtDocumentUrls(dist: string): string[] {
  const file = join(dist, '_data', 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: the bench finds the pages from the built manifest`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { documents: { url: string }[] };
  return manifest.documents.map((d) => d.url);
}

/** Sizes of a built site; `documentUrls` are its document pages (paths inside the site, "booklets/x/"). */
export function distStats(dist: string, documentUrls: string[]): DistStats {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const docs = documentUrls.map((u) => join(dist, u, 'index.html')).filter((f) => existsSync(f));
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
    distFiles: files.length,
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
