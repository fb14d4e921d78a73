// Cross-entry rules for the interview question bank: twins that agree on every shared field,
// ids named after their direction, known topics, and section links that resolve.
import { AREA_SLUGS, type AreaSlug } from '../config';
import { describeList, findMissingTwins, splitEntryId, type LocalizedEntry } from './validateContent';

export interface QuestionData {
  area: AreaSlug;
  stages: string[];
  level: string;
  topics: string[];
  question: string;
  references: { id: string }[];
  section: string;
  revision: number;
}

/** The id prefix of each direction's questions, so an id says where a question belongs. */
export const QUESTION_ID_PREFIX: Record<AreaSlug, string> = {
  pretraining: 'pre-',
  data: 'data-',
  applications: 'app-',
  alignment: 'align-',
  inference: 'inf-',
  'fine-tuning': 'ft-',
};

const SHARED_FIELDS: [string, (data: QuestionData) => string][] = [
  ['area', (data) => data.area],
  ['stages', (data) => describeList(data.stages)],
  ['level', (data) => data.level],
  ['topics', (data) => describeList(data.topics)],
  ['references', (data) => describeList(data.references.map((reference) => reference.id))],
  ['section', (data) => data.section],
  ['revision', (data) => String(data.revision)],
];

export interface QuestionContext {
  /** Topic slugs per direction, from content/interview-topics/<area>.yaml. */
  topics: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every linkable section, as "areas/<slug>#<id>" or "roadmap/<slug>#<id>". */
  sections: ReadonlySet<string>;
}

export function validateQuestions(entries: readonly LocalizedEntry<QuestionData>[], context: QuestionContext): string[] {
  const errors = findMissingTwins(entries, 'questions', '.md');
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const questionTexts = new Map<string, string>();
  for (const entry of entries) {
    const parts = splitEntryId(entry.id);
    if (!parts) continue;
    const { data, filePath } = entry;
    const prefix = QUESTION_ID_PREFIX[data.area];
    if (!parts.slug.startsWith(prefix)) {
      errors.push(`${filePath}: id "${parts.slug}" must start with "${prefix}" for area "${data.area}"`);
    }
    const known = context.topics.get(data.area);
    for (const topic of data.topics) {
      if (!known?.has(topic))
        errors.push(`${filePath}: field \`topics\`: "${topic}" is not in content/interview-topics/${data.area}.yaml`);
    }
    if (!context.sections.has(data.section)) {
      errors.push(`${filePath}: field \`section\`: "${data.section}" is not a heading of a chapter or stage`);
    }
    const textKey = `${parts.locale}:${data.question.trim()}`;
    const duplicate = questionTexts.get(textKey);
    if (duplicate) errors.push(`${filePath}: field \`question\` repeats ${duplicate}`);
    else questionTexts.set(textKey, filePath);
    if (parts.locale === 'zh') continue;
    const source = byId.get(`zh/questions/${parts.slug}`);
    if (!source) continue;
    for (const [field, read] of SHARED_FIELDS) {
      if (read(data) !== read(source.data)) {
        errors.push(`${filePath}: field \`${field}\` is ${read(data)} but ${read(source.data)} in ${source.filePath}`);
      }
    }
  }
  return errors;
}

/** Topic files are named after a direction. */
export function validateTopicFiles(ids: readonly string[]): string[] {
  return ids
    .filter((id) => !(AREA_SLUGS as readonly string[]).includes(id))
    .map((id) => `content/interview-topics/${id}.yaml: file name must be a direction (${AREA_SLUGS.join(', ')})`);
}
