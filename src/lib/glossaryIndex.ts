// Orders and groups glossary terms for the glossary page: by topic, and by initial letter (pinyin
// for Chinese names, so readers find 投机解码 under T).
import { pinyin } from 'pinyin-pro';
import { TERM_GROUPS, type Locale, type TermGroup } from '../config';

export interface IndexableTerm {
  id: string;
  data: { group: TermGroup; zh: { name: string }; en: { name: string } };
}

/** The letter a name files under: its first Latin letter, or the pinyin initial of its first Han character; "#" otherwise. */
export function initialOf(name: string): string {
  const first = name.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (/\p{Script=Han}/u.test(first)) {
    const letter = pinyin(first, { pattern: 'first', toneType: 'none' }).charAt(0).toUpperCase();
    if (/[A-Z]/.test(letter)) return letter;
  }
  return '#';
}

/** A key that sorts Chinese names by pinyin and Latin names alphabetically, case-insensitively. */
export function sortKeyOf(name: string): string {
  return pinyin(name, { toneType: 'none', nonZh: 'consecutive', type: 'string' }).toLowerCase();
}

export function sortTerms<T extends IndexableTerm>(terms: readonly T[], locale: Locale): T[] {
  return [...terms].sort(
    (a, b) => sortKeyOf(a.data[locale].name).localeCompare(sortKeyOf(b.data[locale].name)) || a.id.localeCompare(b.id),
  );
}

/** Terms by topic group, in the site's group order, each sorted; empty groups left out. */
export function groupByTopic<T extends IndexableTerm>(terms: readonly T[], locale: Locale): { group: TermGroup; terms: T[] }[] {
  return TERM_GROUPS.map((group) => ({
    group,
    terms: sortTerms(
      terms.filter((term) => term.data.group === group),
      locale,
    ),
  })).filter((entry) => entry.terms.length > 0);
}

/** Terms by the initial of their name in one language, letters in order, "#" last. */
export function groupByInitial<T extends IndexableTerm>(terms: readonly T[], locale: Locale): { letter: string; terms: T[] }[] {
  const byLetter = new Map<string, T[]>();
  for (const term of sortTerms(terms, locale)) {
    const letter = initialOf(term.data[locale].name);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), term]);
  }
  return [...byLetter.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, entries]) => ({ letter, terms: entries }));
}
