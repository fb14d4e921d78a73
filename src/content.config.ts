import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AREA_SLUGS, CRITERIA, LOCALES, QUESTION_LEVELS, STAGE_SLUGS, TERM_GROUPS } from './config';

const contentDir = './content';

const score = z.number().int().min(1).max(5);

/** Editorial 1–5 scores for the ranking criteria; opinions of the guide, labelled as such on the site. */
const scores = z.strictObject(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, score])) as Record<(typeof CRITERIA)[number], typeof score>,
);

const areas = defineCollection({
  loader: glob({ pattern: '{zh,en}/areas/*.mdx', base: contentDir }),
  schema: z.strictObject({
    /** Chapter title, e.g. "数据" / "Data". */
    title: z.string().min(1),
    /** One sentence shown on cards and as the meta description. */
    summary: z.string().min(10).max(200),
    /** Position in the guide's ranking, 1 = most career value; unique per locale. */
    rank: z.number().int().min(1).max(AREA_SLUGS.length),
    /** Editorial criterion scores, identical in both languages. */
    scores,
    /** Slugs of related directions; each must exist. */
    related: z.array(z.enum(AREA_SLUGS)).min(1),
    /** Bibliography keys (files in content/references/) cited by this chapter, in display order. */
    references: z.array(reference('references')).min(3),
    /** Date a maintainer last checked the facts. */
    lastReviewed: z.coerce.date(),
  }),
});

const checklistItem = z.strictObject({
  /** Stable id, kebab-case, shared by both languages; progress is stored under it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** What the reader can tick off. */
  text: z.string().min(4),
});

const stages = defineCollection({
  loader: glob({ pattern: '{zh,en}/stages/*.mdx', base: contentDir }),
  schema: z.strictObject({
    /** 1–7, the learning order. */
    order: z.number().int().min(1).max(STAGE_SLUGS.length),
    title: z.string().min(1),
    /** One sentence: what the reader can do after this stage. */
    goal: z.string().min(10).max(240),
    /** Rough time for someone working on it part-time, e.g. "3–4 周" / "3–4 weeks". */
    duration: z.string().min(1),
    /** Stages that should come first, by slug. */
    prerequisites: z.array(z.enum(STAGE_SLUGS)),
    /** Concepts introduced, each a short phrase. */
    concepts: z.array(z.string().min(1)).min(3),
    project: z.strictObject({
      /** Name of the hands-on project. */
      title: z.string().min(1),
      /** What to build. */
      build: z.string().min(10),
      /** Open tools (and the original post's vendor examples beside them). */
      tools: z.array(z.string().min(1)).min(1),
      /** Data it uses, with where to get it. */
      data: z.string().min(5),
      /** Compute and rough cost. */
      compute: z.string().min(5),
      /** What done looks like. */
      done: z.string().min(10),
      /** How it reads in a portfolio or an interview. */
      portfolio: z.string().min(10),
    }),
    /** Items a reader ticks off; ids identical in both languages. */
    checklist: z.array(checklistItem).min(3),
    /** Directions this stage feeds. */
    feeds: z.array(z.enum(AREA_SLUGS)).min(1),
    references: z.array(reference('references')).min(2),
    /** Date a maintainer last checked the facts. */
    lastReviewed: z.coerce.date(),
  }),
});

const references = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/references` }),
  schema: z.strictObject({
    /** Exact title as published. */
    title: z.string().min(1),
    /** Authors as listed; organisations for docs and repositories. */
    authors: z.array(z.string().min(1)).min(1),
    year: z.number().int().min(1950).max(2030),
    /** Conference, journal, "arXiv", "GitHub" or "Documentation". */
    venue: z.string().min(1),
    /** arXiv id such as 2106.09685; required for kind "paper" when the paper is on arXiv. */
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/)
      .optional(),
    /** Canonical URL: arxiv.org/abs/…, github.com/…, or official documentation. */
    url: z.url(),
    kind: z.enum(['paper', 'repository', 'documentation', 'dataset', 'report']),
    /** Why it matters, one line per language. */
    note: z.strictObject({ zh: z.string().min(4), en: z.string().min(4) }),
  }),
});

/** Prose for pages that are not chapters or stages (home, ranking, roadmap overview). */
const pages = defineCollection({
  loader: glob({ pattern: '{zh,en}/pages/*.mdx', base: contentDir }),
  schema: z.strictObject({
    title: z.string().min(1),
    /** Meta description. */
    description: z.string().min(10).max(200),
    /** Date a maintainer last checked the page's facts. */
    lastReviewed: z.coerce.date(),
  }),
});

const kebabCase = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A heading of a chapter or stage: "areas/<slug>#<id>" or "roadmap/<slug>#<id>"; ids are shared by both languages. */
const sectionLink = z.string().regex(/^(?:areas|roadmap)\/[a-z0-9-]+#[a-z0-9-]+$/);

/** One interview question in one language; the file name is its stable id, the same in both languages. */
const questions = defineCollection({
  loader: glob({ pattern: '{zh,en}/questions/*.md', base: contentDir }),
  schema: z.strictObject({
    /** The direction it belongs to; the id starts with that direction's prefix. */
    area: z.enum(AREA_SLUGS),
    /** Roadmap stages where it fits; may be empty. */
    stages: z.array(z.enum(STAGE_SLUGS)),
    /** Difficulty against the published rubric. */
    level: z.enum(QUESTION_LEVELS),
    /** Topic slugs from content/interview-topics/<area>.yaml. */
    topics: z.array(kebabCase).min(1).max(3),
    /** The question as an interviewer asks it. */
    question: z.string().min(8),
    /** What a strong candidate says in 30–60 seconds (Markdown, inline). */
    short: z.string().min(20),
    /** What the question probes. */
    probes: z.string().min(8),
    /** The common wrong answer, and why it is wrong. */
    wrong: z.string().min(8),
    /** One or two follow-up questions. */
    followUps: z.array(z.string().min(4)).min(1).max(2),
    /** Bibliography keys the answer rests on. */
    references: z.array(reference('references')).min(1),
    /** The chapter or stage section that explains it. */
    section: sectionLink,
    /** Raised when the answer is rewritten, so practice marks it "answer updated"; the same in both languages. */
    revision: z.number().int().min(1),
    /** Date a maintainer last checked the answer against its sources. */
    lastReviewed: z.coerce.date(),
  }),
});

const bilingualLabel = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** The topic tags of one direction's questions, with their labels. */
const interviewTopics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/interview-topics` }),
  schema: z.record(kebabCase, bilingualLabel),
});

const termNames = z.strictObject({
  /** The name practitioners use in this language. */
  name: z.string().min(1),
  /** Other names readers type: alternative translations, abbreviations, spellings; each belongs to one term. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two sentences. */
  definition: z.string().min(10),
  /** A longer paragraph where the term needs one; present in both languages or neither. */
  more: z.string().min(20).optional(),
});

/** One glossary term, both languages in one file; the file name is its stable id and anchor. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary` }),
  schema: z
    .strictObject({
      /** Topic group: the fundamentals or one of the six directions. */
      group: z.enum(TERM_GROUPS),
      zh: termNames,
      en: termNames,
      /** Names not to use, with the reason. */
      avoid: z.array(z.strictObject({ name: z.string().min(1), lang: z.enum(LOCALES), reason: bilingualLabel })).default([]),
      /** Bibliography key of the paper or document that introduced or defines the term. */
      source: reference('references').optional(),
      /** The section of the guide that explains it. */
      explainedIn: sectionLink.optional(),
      /** Ids of related terms. */
      related: z.array(kebabCase).default([]),
    })
    .refine((term) => (term.zh.more === undefined) === (term.en.more === undefined), {
      message: '`more` must be written in both languages or in neither',
      path: ['en', 'more'],
    }),
});

const levelText = z.string().trim().min(1);

const skillNames = z.strictObject({
  /** Short, as a practitioner says it; unique per language. */
  name: z.string().trim().min(1),
  /** What the reader can do at level 0 (not yet), 1 (explain), 2 (implement, reproduce a number), 3 (tune and debug under real constraints). */
  levels: z.tuple([levelText, levelText, levelText, levelText]),
});

/** One self-assessment skill, both languages in one file; the file name is its stable id. */
const skills = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/skills` }),
  schema: z.strictObject({
    /** The fundamentals or one of the six directions (the glossary's groups); the id starts with its prefix. */
    group: z.enum(TERM_GROUPS),
    /** Directions that need it; a direction's own skill lists that direction first. */
    areas: z.array(z.enum(AREA_SLUGS)).min(1).max(AREA_SLUGS.length),
    /** The roadmap stage to finish before working on it. */
    stage: z.enum(STAGE_SLUGS),
    /** Skill ids to reach first; no cycles. */
    after: z.array(kebabCase).max(2).default([]),
    /** Part-time hours from level 0 to level 3. */
    hours: z.number().int().min(1).max(40),
    /** The chapter or stage section that teaches it. */
    section: sectionLink,
    /** Stage checklist ids whose completion is evidence for it. */
    checklist: z.array(kebabCase).default([]),
    /** Interview-bank ids that test it. */
    questions: z.array(kebabCase).min(1).max(3),
    zh: skillNames,
    en: skillNames,
  }),
});

export const collections = { areas, stages, references, pages, questions, interviewTopics, glossary, skills };
