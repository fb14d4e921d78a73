import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { AREA_SLUGS, CRITERIA, STAGE_SLUGS } from './config';

const contentDir = './content';

const score = z.number().int().min(1).max(5);

/** Editorial 1–5 scores for the ranking criteria; opinions of the guide, labelled as such on the site. */
const scores = z.strictObject(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, score])) as Record<
    (typeof CRITERIA)[number],
    typeof score
  >,
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
      /** Open tools (and the seed's vendor examples beside them). */
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
  }),
});

export const collections = { areas, stages, references, pages };
