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
