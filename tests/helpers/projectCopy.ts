import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

const PROJECT_ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies what a build reads into `dir` (replacing what was there), sharing node_modules. A build in
 * the copy has its own `.astro` directory, so it never races `astro check` or another build that
 * writes the project's own.
 */
export function copyProject(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT_ENTRIES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
