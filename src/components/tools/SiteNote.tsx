/** Words of this site, never DCAF's: tagged on screen and in print, and marked data-editorial. */
import type { ComponentChildren } from 'preact';

export function SiteNote({ children }: { children: ComponentChildren }) {
  return (
    <p class="site-note" data-editorial>
      <span class="site-note__tag">Site note</span> {children}
    </p>
  );
}
