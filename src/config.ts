// Site-wide settings: locales, the six directions, the ranking criteria and their presets.

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/** The value of `<html lang>` and `hreflang` for each locale. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Directions in the guide's rank order; the `rank` field of each chapter must agree. */
export const AREA_SLUGS = ['pretraining', 'data', 'applications', 'alignment', 'inference', 'fine-tuning'] as const;
export type AreaSlug = (typeof AREA_SLUGS)[number];

export const STAGE_SLUGS = [
  'fundamentals',
  'prompting',
  'platform-apps',
  'rag',
  'domain-fine-tuning',
  'multimodal',
  'industry-apps',
] as const;
export type StageSlug = (typeof STAGE_SLUGS)[number];

/** Kinds of page, as the search filter offers them (SearchFilters.astro indexes each page's). */
export const PAGE_KINDS = [
  'chapter',
  'stage',
  'interview',
  'glossary',
  'ranking',
  'roadmap',
  'assessment',
  'home',
  'about',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const QUESTION_LEVELS = ['easy', 'medium', 'hard'] as const;
export type QuestionLevel = (typeof QUESTION_LEVELS)[number];

/** Glossary topic groups: the shared fundamentals, then the six directions. */
export const TERM_GROUPS = ['fundamentals', ...AREA_SLUGS] as const;
export type TermGroup = (typeof TERM_GROUPS)[number];

export const CRITERIA = ['scarcity', 'barrier', 'demand', 'hardware', 'tob', 'toc'] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

/** Slider range for a criterion weight; a negative weight counts the criterion against a direction. */
export const WEIGHT_RANGE = { min: -3, max: 5, step: 0.5 } as const;

export const CONTEXTS = ['guide', 'tob', 'toc', 'lab', 'startup'] as const;
export type Context = (typeof CONTEXTS)[number];

/**
 * Editorial weight presets. `guide` is the original author's ToB-leaning view and must reproduce
 * the chapter ranks; the build fails if it does not.
 */
export const CONTEXT_WEIGHTS: Record<Context, Weights> = {
  guide: { scarcity: 3, barrier: 1, demand: 2, hardware: 0, tob: 1.5, toc: 0.5 },
  tob: { scarcity: 2, barrier: 1, demand: 2, hardware: 0, tob: 3, toc: 0 },
  toc: { scarcity: 2, barrier: 1, demand: 2, hardware: 0, tob: 0, toc: 3 },
  lab: { scarcity: 3, barrier: 3, demand: 1, hardware: 1, tob: 0, toc: 1 },
  startup: { scarcity: 1, barrier: 0, demand: 3, hardware: -2, tob: 2, toc: 2 },
};
