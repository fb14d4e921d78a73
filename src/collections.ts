// Typed access to the content collections, with the cross-entry rules enforced once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { AreaSlug, Locale, StageSlug } from './config';
import { splitEntryId, validateAreas, validateStages } from './lib/validateContent';

export type Area = CollectionEntry<'areas'> & { slug: AreaSlug; locale: Locale };
export type Stage = CollectionEntry<'stages'> & { slug: StageSlug; locale: Locale };

function withLocale<T extends { id: string }, S extends string>(entry: T) {
  const parts = splitEntryId(entry.id);
  if (!parts) throw new Error(`Unexpected content entry id "${entry.id}"`);
  return { ...entry, slug: parts.slug as S, locale: parts.locale };
}

function assertValid(collection: string, errors: string[]): void {
  if (errors.length > 0) {
    throw new Error(`Invalid content in collection "${collection}":\n  - ${errors.join('\n  - ')}`);
  }
}

function toLocalized<T extends { id: string; filePath?: string; data: unknown }>(entries: T[]) {
  return entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
}

let validatedAreas: Promise<Area[]> | undefined;
let validatedStages: Promise<Stage[]> | undefined;

async function loadAreas(): Promise<Area[]> {
  const entries = await getCollection('areas');
  assertValid('areas', validateAreas(toLocalized(entries).map((entry) => ({ ...entry, data: entry.data as CollectionEntry<'areas'>['data'] }))));
  return entries.map((entry) => withLocale<typeof entry, AreaSlug>(entry));
}

async function loadStages(): Promise<Stage[]> {
  const entries = await getCollection('stages');
  const localized = toLocalized(entries).map((entry) => ({ ...entry, data: entry.data as CollectionEntry<'stages'>['data'] }));
  assertValid('stages', validateStages(localized));
  return entries.map((entry) => withLocale<typeof entry, StageSlug>(entry));
}

/** Directions in one language, in rank order. */
export async function getAreas(locale: Locale): Promise<Area[]> {
  validatedAreas ??= loadAreas();
  return (await validatedAreas).filter((area) => area.locale === locale).sort((a, b) => a.data.rank - b.data.rank);
}

/** Roadmap stages in one language, in learning order. */
export async function getStages(locale: Locale): Promise<Stage[]> {
  validatedStages ??= loadStages();
  return (await validatedStages).filter((stage) => stage.locale === locale).sort((a, b) => a.data.order - b.data.order);
}
