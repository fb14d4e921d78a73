// Reads the question bank and glossary straight from content/, with the linkable sections, for content tests.
import { join } from 'node:path';
import { AREA_SLUGS, STAGE_SLUGS } from '../../src/config';
import { headingIdsFromMdx } from '../../src/lib/rehypeSharedHeadingIds';
import type { TermData } from '../../src/lib/validateGlossary';
import { CONTENT, listFiles, readSource, readYaml, type SourceFile } from './contentFiles';
import { readFileSync } from 'node:fs';

export interface QuestionSource {
  area: (typeof AREA_SLUGS)[number];
  stages: string[];
  level: 'easy' | 'medium' | 'hard';
  topics: string[];
  question: string;
  short: string;
  probes: string;
  wrong: string;
  followUps: string[];
  references: string[];
  section: string;
  revision: number;
  lastReviewed: Date;
}

export const questionId = (file: SourceFile<unknown>) => file.path.replace(/^.*[\\/]/, '').replace(/\.md$/, '');

export function readQuestions(locale: 'zh' | 'en'): SourceFile<QuestionSource>[] {
  return listFiles(join(CONTENT, locale, 'questions'), '.md').map((path) => readSource<QuestionSource>(path));
}

export function readTopics(): Map<string, Set<string>> {
  return new Map(
    AREA_SLUGS.map((area) => [
      area,
      new Set(Object.keys(readYaml<Record<string, unknown>>(join(CONTENT, 'interview-topics', `${area}.yaml`)))),
    ]),
  );
}

export interface TermSource extends TermData {
  group: string;
  zh: TermData['zh'] & { definition: string; more?: string };
  en: TermData['en'] & { definition: string; more?: string };
  source?: string;
}

export function readTerms(): { id: string; filePath: string; data: TermSource }[] {
  return listFiles(join(CONTENT, 'glossary'), '.yaml').map((filePath) => {
    const data = readYaml<TermSource>(filePath);
    return {
      id: filePath.replace(/^.*[\\/]/, '').replace(/\.yaml$/, ''),
      filePath,
      data: {
        ...data,
        zh: { ...data.zh, aliases: data.zh.aliases ?? [] },
        en: { ...data.en, aliases: data.en.aliases ?? [] },
        avoid: data.avoid ?? [],
        related: data.related ?? [],
      },
    };
  });
}

/** Every chapter and stage heading a question or term may link to, as "areas/<slug>#<id>". */
export function readSectionLinks(): Set<string> {
  const links = new Set<string>();
  const add = (route: string, collection: string, slugs: readonly string[]) => {
    for (const slug of slugs) {
      const source = readFileSync(join(CONTENT, 'en', collection, `${slug}.mdx`), 'utf8');
      for (const { id } of headingIdsFromMdx(source)) links.add(`${route}/${slug}#${id}`);
    }
  };
  add('areas', 'areas', AREA_SLUGS);
  add('roadmap', 'stages', STAGE_SLUGS);
  return links;
}
