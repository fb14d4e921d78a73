// Puts a page's reading time into its frontmatter as `readingMinutes`, which Astro's render() hands
// back as remarkPluginFrontmatter; runs after remark-math, so formulas are already their own nodes.
import type { Root } from 'mdast';
import { proseText, readingMinutes } from './readingTime';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkReadingTime() {
  return (tree: Root, file: { data: AstroData }) => {
    const frontmatter = ((file.data.astro ??= {}).frontmatter ??= {});
    frontmatter.readingMinutes = readingMinutes(proseText(tree));
  };
}
