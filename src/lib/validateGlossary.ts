// Cross-entry rules for the glossary: every name belongs to one term, names to avoid are never
// also names in use, and related terms and explaining sections exist.
import type { Locale } from '../config';

export interface TermNames {
  name: string;
  aliases: string[];
}

export interface TermData {
  zh: TermNames;
  en: TermNames;
  avoid: { name: string; lang: Locale }[];
  explainedIn?: string;
  related: string[];
}

export interface TermEntry {
  id: string;
  filePath: string;
  data: TermData;
}

/** How two spellings of a name are compared: case and runs of spaces do not count. */
export function normalizeTermName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function validateGlossary(entries: readonly TermEntry[], sections: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const owners: Record<Locale, Map<string, TermEntry>> = { zh: new Map(), en: new Map() };
  for (const entry of entries) {
    for (const locale of ['zh', 'en'] as const) {
      const names = entry.data[locale];
      const seenHere = new Set<string>();
      for (const name of [names.name, ...names.aliases]) {
        const key = normalizeTermName(name);
        if (seenHere.has(key)) {
          errors.push(`${entry.filePath}: field \`${locale}.aliases\`: "${name}" is listed twice`);
          continue;
        }
        seenHere.add(key);
        const owner = owners[locale].get(key);
        if (owner) errors.push(`${entry.filePath}: field \`${locale}.aliases\`: "${name}" is also a name of ${owner.filePath}`);
        else owners[locale].set(key, entry);
      }
    }
  }
  for (const entry of entries) {
    for (const { name, lang } of entry.data.avoid) {
      const owner = owners[lang].get(normalizeTermName(name));
      if (owner) errors.push(`${entry.filePath}: field \`avoid\`: "${name}" is a name in use by ${owner.filePath}`);
    }
    for (const related of entry.data.related) {
      if (related === entry.id) errors.push(`${entry.filePath}: field \`related\` lists the term itself`);
      else if (!ids.has(related)) errors.push(`${entry.filePath}: field \`related\`: no term "${related}" in content/glossary/`);
    }
    if (entry.data.explainedIn !== undefined && !sections.has(entry.data.explainedIn)) {
      errors.push(`${entry.filePath}: field \`explainedIn\`: "${entry.data.explainedIn}" is not a heading of a chapter or stage`);
    }
  }
  return errors;
}
