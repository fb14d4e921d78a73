// Compiles MDX files the way the site does (MDX + remark-math) and reports syntax errors with
// file and line, without running a full site build. Usage: node scripts/check-mdx.mjs FILE...
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import yaml from 'js-yaml';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const source = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  try {
    if (!match) throw new Error('no frontmatter block at the top');
    yaml.load(match[1]);
    await compile(source.slice(match[0].length), { remarkPlugins: [remarkMath] });
    console.log(`ok    ${file}`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
