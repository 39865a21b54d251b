/**
 * V8 CPU profiles of a build (node --cpu-prof, one file per Node process or
 * worker) summed into where the time went: self time by area (a package of
 * node_modules, a file of the project, Node's internals, garbage collection)
 * and the functions that cost most. `npm run bench -- --profile` writes one
 * summary per corpus size; README "Benchmark" says how to read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileEntry {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  files: number;
  /** Sampled time of all profiles, ms. */
  totalMs: number;
  areas: ProfileEntry[];
  functions: ProfileEntry[];
  /**
   * Time under the project's own code: each sample counted once, for the
   * innermost frame on its stack that is a file of src/ or content/ or a chunk
   * Astro bundled them into (so a component's figure includes the libraries it
   * calls).
   */
  project: ProfileEntry[];
}

/** "astro", "@astrojs/mdx", "src/site/manifest.ts", "node:internal", "(garbage collector)". */
export function areaOf(url: string, functionName: string, projectRoot: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  if (path.startsWith(projectRoot)) {
    const rel = path.slice(projectRoot.length).replace(/^\//, '').replace(/\?.*$/, '');
    // Astro bundles the pages and what they import into chunks named after a module: "search-index_B3BL.mjs".
    const chunk = /^dist\/\.prerender\/(?:chunks\/)?(.+?)(?:_[\w-]{8})?\.mjs$/.exec(rel);
    return chunk ? `build chunk: ${chunk[1]}` : rel;
  }
  // Astro's compiled pages and chunks of the build live in dist/ or .astro/ of the project.
  return path.replace(/\?.*$/, '');
}

/** Sum the profiles in `dir` (all *.cpuprofile files). */
export function summariseProfiles(dir: string, projectRoot: string, top = 15): ProfileSummary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  const project = new Map<string, number>();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const own = new Map<number, string | null>();
    /** The innermost project file on the stack of a node (memoised per node). */
    const ownerOf = (id: number): string | null => {
      const known = own.get(id);
      if (known !== undefined) return known;
      const node = byId.get(id);
      const area = node ? areaOf(node.callFrame.url, node.callFrame.functionName, projectRoot) : '';
      const up = parent.get(id);
      const owner = /^(src|content)\/|^build chunk: /.test(area) ? area : up === undefined ? null : ownerOf(up);
      own.set(id, owner);
      return owner;
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    for (const [id, ms] of self) {
      const node = byId.get(id);
      if (!node) continue;
      totalMs += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const area = areaOf(url, functionName, projectRoot);
      areas.set(area, (areas.get(area) ?? 0) + ms);
      const fn = `${functionName || '(anonymous)'} ${area}${url ? `:${lineNumber + 1}` : ''}`;
      functions.set(fn, (functions.get(fn) ?? 0) + ms);
      const owner = ownerOf(id);
      if (owner) project.set(owner, (project.get(owner) ?? 0) + ms);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { files: files.length, totalMs, areas: sorted(areas), functions: sorted(functions), project: sorted(project) };
}
