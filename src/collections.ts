// Typed access to the content collections, with the cross-entry rules enforced once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { AREA_SLUGS, QUESTION_LEVELS, type AreaSlug, type Locale, type StageSlug } from './config';
import { englishTwinSource } from './lib/englishTwinSource';
import { headingIdsFromMdx } from './lib/rehypeSharedHeadingIds';
import { chapterSections, compareSections, stageSections } from './lib/sections';
import { splitEntryId, validateAreas, validateStages } from './lib/validateContent';
import { validateGlossary } from './lib/validateGlossary';
import { validateQuestions, validateTopicFiles } from './lib/validateQuestions';
import { validateSkills } from './lib/validateSkills';

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

/** The h2 headings of each entry against the fixed outline of its kind, read from the MDX source. */
function outlineProblems<T extends { filePath?: string; id: string; body?: string }>(
  entries: T[],
  kind: string,
  expected: (entry: T, locale: Locale) => string[],
): string[] {
  return entries.flatMap((entry) => {
    const { locale } = withLocale(entry);
    const headings = headingIdsFromMdx(entry.body ?? '').filter((heading) => heading.depth === 2);
    const problems = compareSections(
      headings.map((heading) => heading.text),
      expected(entry, locale),
    );
    return problems.length > 0 ? [`${entry.filePath ?? entry.id}: ${kind} outline does not match: ${problems.join('; ')}`] : [];
  });
}

function toLocalized<T extends { id: string; filePath?: string; data: unknown }>(entries: T[]) {
  return entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
}

let validatedAreas: Promise<Area[]> | undefined;
let validatedStages: Promise<Stage[]> | undefined;

async function loadAreas(): Promise<Area[]> {
  const entries = await getCollection('areas');
  assertValid('areas', [
    ...validateAreas(toLocalized(entries).map((entry) => ({ ...entry, data: entry.data as CollectionEntry<'areas'>['data'] }))),
    ...outlineProblems(entries, 'chapter', (entry, locale) => chapterSections(locale, entry.data.rank)),
  ]);
  return entries.map((entry) => withLocale<typeof entry, AreaSlug>(entry));
}

async function loadStages(): Promise<Stage[]> {
  const entries = await getCollection('stages');
  const localized = toLocalized(entries).map((entry) => ({ ...entry, data: entry.data as CollectionEntry<'stages'>['data'] }));
  assertValid('stages', [
    ...validateStages(localized),
    ...outlineProblems(entries, 'stage', (_, locale) => stageSections(locale)),
  ]);
  return entries.map((entry) => withLocale<typeof entry, StageSlug>(entry));
}

let contentChecked: Promise<void> | undefined;

/**
 * Runs every collection's cross-entry rules together before any page uses one, so a build with
 * several broken files reports all of them at once instead of the first.
 */
function checkAllContent(): Promise<void> {
  contentChecked ??= (async () => {
    validatedAreas ??= loadAreas();
    validatedStages ??= loadStages();
    validatedQuestions ??= loadQuestions();
    validatedGlossary ??= loadGlossary();
    validatedSkills ??= loadSkills();
    const results = await Promise.allSettled([
      validatedAreas,
      validatedStages,
      validatedQuestions,
      validatedGlossary,
      validatedSkills,
    ]);
    const problems = results.flatMap((result) =>
      result.status === 'rejected' ? [String((result.reason as Error).message ?? result.reason)] : [],
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
  })();
  return contentChecked;
}

/** Directions in one language, in rank order. */
export async function getAreas(locale: Locale): Promise<Area[]> {
  await checkAllContent();
  return (await validatedAreas!).filter((area) => area.locale === locale).sort((a, b) => a.data.rank - b.data.rank);
}

/** Roadmap stages in one language, in learning order. */
export async function getStages(locale: Locale): Promise<Stage[]> {
  await checkAllContent();
  return (await validatedStages!).filter((stage) => stage.locale === locale).sort((a, b) => a.data.order - b.data.order);
}

export type Question = CollectionEntry<'questions'> & { slug: string; locale: Locale };
export type Term = CollectionEntry<'glossary'>;
export type TopicLabels = Map<string, { zh: string; en: string }>;

let sections: Promise<Set<string>> | undefined;
let validatedQuestions: Promise<Question[]> | undefined;
let validatedGlossary: Promise<Term[]> | undefined;

/** Every linkable chapter and stage section, from the English sources whose heading ids both languages share. */
export function getSectionLinks(): Promise<Set<string>> {
  sections ??= Promise.all([getCollection('areas'), getCollection('stages')]).then(([areas, stages]) => {
    const links = new Set<string>();
    for (const [route, entries] of [
      ['areas', areas],
      ['roadmap', stages],
    ] as const) {
      for (const entry of entries) {
        const parts = splitEntryId(entry.id);
        if (parts?.locale !== 'en') continue;
        for (const { id } of headingIdsFromMdx(entry.body ?? '')) links.add(`${route}/${parts.slug}#${id}`);
      }
    }
    return links;
  });
  return sections;
}

export interface SectionTitle {
  /** Site route without locale, e.g. "areas/inference/". */
  route: string;
  page: string;
  heading: string;
}

let sectionTitles: Promise<Map<string, SectionTitle>>[] | undefined;

/** Page title and heading text of every linkable section, in one language, keyed like `getSectionLinks`. */
export function getSectionTitles(locale: Locale): Promise<Map<string, SectionTitle>> {
  sectionTitles ??= [];
  const index = locale === 'zh' ? 0 : 1;
  sectionTitles[index] ??= Promise.all([getAreas(locale), getStages(locale)]).then(([areas, stages]) => {
    const titles = new Map<string, SectionTitle>();
    for (const [route, entries] of [
      ['areas', areas],
      ['roadmap', stages],
    ] as const) {
      for (const entry of entries) {
        const own = headingIdsFromMdx(entry.body ?? '');
        const twin = locale === 'en' ? own : headingIdsFromMdx(readEnglishBody(entry.filePath));
        own.forEach((heading, position) => {
          const id = twin[position]?.id ?? heading.id;
          titles.set(`${route}/${entry.slug}#${id}`, {
            route: `${route}/${entry.slug}/`,
            page: entry.data.title,
            heading: heading.text,
          });
        });
      }
    }
    return titles;
  });
  return sectionTitles[index];
}

function readEnglishBody(filePath: string | undefined): string {
  const source = filePath ? englishTwinSource(filePath) : undefined;
  if (source === undefined) throw new Error(`${filePath}: no English twin to share heading ids with`);
  return source;
}

/** Topic labels per direction. */
export async function getTopicLabels(): Promise<Map<string, TopicLabels>> {
  const files = await getCollection('interviewTopics');
  assertValid('interviewTopics', validateTopicFiles(files.map((file) => file.id)));
  return new Map(files.map((file) => [file.id, new Map(Object.entries(file.data))]));
}

async function loadQuestions(): Promise<Question[]> {
  const entries = await getCollection('questions');
  const topics = await getTopicLabels();
  const context = {
    topics: new Map([...topics].map(([area, labels]) => [area, new Set(labels.keys())])),
    sections: await getSectionLinks(),
  };
  const localized = toLocalized(entries).map((entry) => ({ ...entry, data: entry.data as CollectionEntry<'questions'>['data'] }));
  assertValid('questions', validateQuestions(localized, context));
  return entries.map((entry) => withLocale<typeof entry, string>(entry));
}

/** The interview questions in one language, by direction order, then level, then id. */
export async function getQuestions(locale: Locale): Promise<Question[]> {
  await checkAllContent();
  const levelOrder = (level: string) => (QUESTION_LEVELS as readonly string[]).indexOf(level);
  const areaOrder = (area: string) => (AREA_SLUGS as readonly string[]).indexOf(area);
  return (await validatedQuestions!)
    .filter((question) => question.locale === locale)
    .sort(
      (a, b) =>
        areaOrder(a.data.area) - areaOrder(b.data.area) ||
        levelOrder(a.data.level) - levelOrder(b.data.level) ||
        a.slug.localeCompare(b.slug),
    );
}

async function loadGlossary(): Promise<Term[]> {
  const entries = await getCollection('glossary');
  const terms = entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
  assertValid('glossary', validateGlossary(terms, await getSectionLinks()));
  return entries;
}

/** Every glossary term (both languages live in one entry). */
export async function getGlossary(): Promise<Term[]> {
  await checkAllContent();
  return validatedGlossary!;
}

export type Skill = CollectionEntry<'skills'>;

let validatedSkills: Promise<Skill[]> | undefined;

async function loadSkills(): Promise<Skill[]> {
  const [entries, questions, stages] = await Promise.all([
    getCollection('skills'),
    getCollection('questions'),
    getCollection('stages'),
  ]);
  const context = {
    sections: await getSectionLinks(),
    checklist: new Set(stages.flatMap((stage) => stage.data.checklist.map((item) => item.id))),
    questions: new Set(questions.map((question) => splitEntryId(question.id)?.slug ?? question.id)),
    stages: stages.map((stage) => ({
      slug: splitEntryId(stage.id)?.slug ?? stage.id,
      filePath: stage.filePath ?? stage.id,
      duration: stage.data.duration,
    })),
  };
  const skills = entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data }));
  assertValid('skills', validateSkills(skills, context));
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every self-assessment skill (both languages live in one entry), by id. */
export async function getSkills(): Promise<Skill[]> {
  await checkAllContent();
  return validatedSkills!;
}
