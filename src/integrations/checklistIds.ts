// `virtual:checklist-ids`: each stage's checklist ids, from the stages' frontmatter, for the progress
// scripts. Pages need not carry them: in the sidebar's progress badges they were 0.4 KB of every page.
// The Chinese and English checklists share their ids (the content rules check it), so one language is read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Plugin } from 'vite';
import { STAGE_SLUGS } from '../config';

const MODULE_ID = 'virtual:checklist-ids';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function checklistIds(stagesDir: string): Plugin {
  return {
    name: 'checklist-ids',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const ids = Object.fromEntries(
        STAGE_SLUGS.map((slug) => {
          const file = join(stagesDir, `${slug}.mdx`);
          this.addWatchFile(file);
          const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
          const { checklist } = yaml.load(frontmatter) as { checklist?: { id: string }[] };
          if (!checklist?.length) throw new Error(`${file}: no checklist`);
          return [slug, checklist.map((item) => item.id)];
        }),
      );
      return `export default ${JSON.stringify(ids)};`;
    },
  };
}
