/**
 * Stable ids for paragraphs, so a wizard outcome or a reader can cite the very
 * paragraph a recommendation rests on: "<heading id>-p<n>", counting from 1
 * after each h2/h3 (and "intro-p<n>" before the first heading). The source text
 * never changes, so neither do these ids.
 */
export class ParagraphCounter {
  private section = '';
  private count = 0;

  heading(id: string | undefined): void {
    if (!id) return;
    this.section = id;
    this.count = 0;
  }

  next(): string {
    this.count += 1;
    return `${this.section || 'intro'}-p${this.count}`;
  }
}
