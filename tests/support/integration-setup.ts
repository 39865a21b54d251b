/** An integration's `astro:config:setup` run as Astro would for `command`: what it registered. */
import type { AstroIntegration, AstroRenderer } from 'astro';

export interface ConfigSetup<P> {
  /** The Vite plugins it added (through updateConfig), in order. */
  plugins: P[];
  /** The renderers it added. */
  renderers: AstroRenderer[];
}

export async function configSetup<P>(integration: AstroIntegration, command: 'build' | 'dev'): Promise<ConfigSetup<P>> {
  const plugins: P[] = [];
  const renderers: AstroRenderer[] = [];
  const hook = integration.hooks['astro:config:setup'] as unknown as (o: unknown) => unknown;
  await hook({
    command,
    logger: { info: () => {} },
    addRenderer: (r: AstroRenderer) => renderers.push(r),
    updateConfig: (c: { vite?: { plugins?: P[] } }) => plugins.push(...(c.vite?.plugins ?? [])),
  });
  return { plugins, renderers };
}

type IdHook = ((id: string) => unknown) | { filter?: { id?: RegExp }; handler: (id: string) => unknown };

/** A plugin's resolveId and load, each returning R and L where the plugin answers an id. */
export interface BundlerCalls<R, L> {
  resolveId: (id: string) => R | undefined;
  load: (id: string) => L | undefined;
}

/** A plugin's resolveId and load as the bundler calls them: not at all for an id their filter leaves out. */
export function asBundlerCalls<R, L>(plugin: unknown): BundlerCalls<R, L> {
  const call = (hook: IdHook | undefined, id: string) => {
    if (!hook) return undefined;
    if (typeof hook === 'function') return hook(id);
    return hook.filter?.id && !hook.filter.id.test(id) ? undefined : hook.handler(id);
  };
  const p = plugin as { resolveId?: IdHook; load?: IdHook };
  return {
    resolveId: (id) => call(p.resolveId, id) as R | undefined,
    load: (id) => call(p.load, id) as L | undefined,
  };
}
