// Reads the glossary's names at config time for the term linker. Files that do not parse are
// skipped here; the glossary collection reports them with file and field when the build loads it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { GlossaryTermNames } from './rehypeTermLinks';

function namesOf(value: unknown): { name: string; aliases: string[] } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { name, aliases = [] } = value as { name?: unknown; aliases?: unknown };
  if (typeof name !== 'string' || !Array.isArray(aliases)) return undefined;
  return { name, aliases: aliases.filter((alias): alias is string => typeof alias === 'string') };
}

export function readGlossaryNames(glossaryDir: string): GlossaryTermNames[] {
  let files: string[];
  try {
    files = readdirSync(glossaryDir).filter((file) => file.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.sort().flatMap((file) => {
    try {
      const term = yaml.load(readFileSync(join(glossaryDir, file), 'utf8')) as { zh?: unknown; en?: unknown };
      const zh = namesOf(term?.zh);
      const en = namesOf(term?.en);
      return zh && en ? [{ id: file.replace(/\.yaml$/, ''), zh, en }] : [];
    } catch {
      return [];
    }
  });
}
