// Cross-entry rules that a per-file zod schema cannot express: twins, unique ranks,
// identical editorial data in both languages, and a ranking the default weights reproduce.
import { CONTEXT_WEIGHTS, CRITERIA, LOCALES, type Criterion, type Locale } from '../config';
import { rankAreas } from './rankAreas';

export interface LocalizedEntry<T> {
  /** Collection entry id such as "zh/areas/data". */
  id: string;
  /** Source file, used in messages. */
  filePath: string;
  data: T;
}

export interface AreaData {
  rank: number;
  scores: Record<Criterion, number>;
  related: string[];
  references: { id: string }[];
}

/** Splits "zh/areas/data" into its locale and slug. */
export function splitEntryId(id: string): { locale: Locale; slug: string } | undefined {
  const [locale, , slug] = id.split('/');
  const known = LOCALES.find((candidate) => candidate === locale);
  return known && slug ? { locale: known, slug } : undefined;
}

/** Every entry must have an entry with the same slug in each other locale. */
export function findMissingTwins<T>(entries: readonly LocalizedEntry<T>[], collectionDir: string, extension = '.mdx'): string[] {
  const present = new Set(entries.map((entry) => entry.id));
  const errors: string[] = [];
  for (const entry of entries) {
    const parts = splitEntryId(entry.id);
    if (!parts) continue;
    for (const other of LOCALES) {
      if (other === parts.locale) continue;
      const twinId = `${other}/${collectionDir}/${parts.slug}`;
      if (!present.has(twinId)) {
        errors.push(`${entry.filePath}: missing translation twin content/${twinId}${extension}`);
      }
    }
  }
  return errors;
}

/** A numeric field must be unique within each locale. */
export function findDuplicateValues<T>(
  entries: readonly LocalizedEntry<T>[],
  field: string,
  read: (data: T) => number,
): string[] {
  const seen = new Map<string, LocalizedEntry<T>>();
  const errors: string[] = [];
  for (const entry of entries) {
    const locale = splitEntryId(entry.id)?.locale ?? '';
    const key = `${locale}:${read(entry.data)}`;
    const first = seen.get(key);
    if (first) {
      errors.push(`${entry.filePath}: field \`${field}\`: ${read(entry.data)} is also used by ${first.filePath}`);
    } else {
      seen.set(key, entry);
    }
  }
  return errors;
}

export function describeList(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

/** Rank, scores, related areas and references are editorial data: both languages must agree. */
export function findAreaDisagreements(entries: readonly LocalizedEntry<AreaData>[]): string[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const errors: string[] = [];
  for (const entry of entries) {
    const parts = splitEntryId(entry.id);
    if (!parts || parts.locale === 'zh') continue;
    const source = byId.get(`zh/areas/${parts.slug}`);
    if (!source) continue;
    const where = `${entry.filePath}: field`;
    if (entry.data.rank !== source.data.rank) {
      errors.push(`${where} \`rank\` is ${entry.data.rank} but ${source.data.rank} in ${source.filePath}`);
    }
    for (const criterion of CRITERIA) {
      if (entry.data.scores[criterion] !== source.data.scores[criterion]) {
        errors.push(
          `${where} \`scores.${criterion}\` is ${entry.data.scores[criterion]} but ${source.data.scores[criterion]} in ${source.filePath}`,
        );
      }
    }
    const related = describeList(entry.data.related);
    if (related !== describeList(source.data.related)) {
      errors.push(`${where} \`related\` is ${related} but ${describeList(source.data.related)} in ${source.filePath}`);
    }
    const references = describeList(entry.data.references.map((reference) => reference.id));
    const sourceReferences = describeList(source.data.references.map((reference) => reference.id));
    if (references !== sourceReferences) {
      errors.push(`${where} \`references\` is ${references} but ${sourceReferences} in ${source.filePath}`);
    }
  }
  return errors;
}

/** A chapter must not list itself as related. */
export function findSelfReferences(entries: readonly LocalizedEntry<AreaData>[]): string[] {
  return entries.flatMap((entry) => {
    const slug = splitEntryId(entry.id)?.slug;
    return slug && entry.data.related.includes(slug)
      ? [`${entry.filePath}: field \`related\` lists the chapter itself (${slug})`]
      : [];
  });
}

/** The guide's default weights must reproduce the editorial ranks, so the ranking page and chapters agree. */
export function findRankMismatches(entries: readonly LocalizedEntry<AreaData>[]): string[] {
  const errors: string[] = [];
  for (const locale of LOCALES) {
    const areas = entries
      .filter((entry) => splitEntryId(entry.id)?.locale === locale)
      .map((entry) => ({ ...entry, slug: entry.id, rank: entry.data.rank, scores: entry.data.scores }));
    for (const { area, position } of rankAreas(areas, CONTEXT_WEIGHTS.guide)) {
      if (area.rank !== position) {
        errors.push(
          `${area.filePath}: field \`rank\` is ${area.rank}, but the default weights over \`scores\` place it #${position}`,
        );
      }
    }
  }
  return errors;
}

/** All cross-entry rules for the areas collection. */
export function validateAreas(entries: readonly LocalizedEntry<AreaData>[]): string[] {
  return [
    ...findMissingTwins(entries, 'areas'),
    ...findDuplicateValues(entries, 'rank', (data) => data.rank),
    ...findAreaDisagreements(entries),
    ...findSelfReferences(entries),
    ...findRankMismatches(entries),
  ];
}

export interface StageData {
  order: number;
  prerequisites: string[];
  feeds: string[];
  checklist: { id: string }[];
  references: { id: string }[];
}

/** Checklist ids are shared by both languages (progress is stored under them) and unique site-wide. */
export function findStageDisagreements(entries: readonly LocalizedEntry<StageData>[]): string[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const errors: string[] = [];
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const parts = splitEntryId(entry.id);
    if (!parts) continue;
    if (parts.locale === 'zh') {
      for (const { id } of entry.data.checklist) {
        const owner = owners.get(id);
        if (owner) errors.push(`${entry.filePath}: field \`checklist\`: id "${id}" is also used by ${owner}`);
        else owners.set(id, entry.filePath);
      }
      continue;
    }
    const source = byId.get(`zh/stages/${parts.slug}`);
    if (!source) continue;
    const fields: [string, (data: StageData) => string][] = [
      ['order', (data) => String(data.order)],
      ['prerequisites', (data) => describeList(data.prerequisites)],
      ['feeds', (data) => describeList(data.feeds)],
      ['checklist', (data) => describeList(data.checklist.map((item) => item.id))],
      ['references', (data) => describeList(data.references.map((reference) => reference.id))],
    ];
    for (const [field, read] of fields) {
      if (read(entry.data) !== read(source.data)) {
        errors.push(
          `${entry.filePath}: field \`${field}\` is ${read(entry.data)} but ${read(source.data)} in ${source.filePath}`,
        );
      }
    }
  }
  return errors;
}

/** All cross-entry rules for the stages collection. */
export function validateStages(entries: readonly LocalizedEntry<StageData>[]): string[] {
  return [
    ...findMissingTwins(entries, 'stages'),
    ...findDuplicateValues(entries, 'order', (data) => data.order),
    ...findStageDisagreements(entries),
  ];
}
