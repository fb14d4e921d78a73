// <assessment-form>: the self-assessment page. Keeps the target, hours, deadline and ratings in the
// shared progress store, marks each skill's checklist and practice evidence, and renders the
// report and the weekly plan that src/lib/assessment.ts works out.
import {
  assessSkills,
  directionWeights,
  planWeeks,
  type AssessableSkill,
  type DirectionWeights,
  type Gap,
  type Level,
  type PlanMessage,
  type PracticeMarks,
  type Target,
} from '../lib/assessment';
import { AREA_SLUGS, CONTEXTS, type AreaSlug, type Context } from '../config';
import { fillTemplate } from '../lib/fillTemplate';
import { isDay, MAX_HOURS_PER_WEEK, setAssessment, type AssessmentState } from '../lib/progress';
import type { RankableArea } from '../lib/rankAreas';
import { CHANGE_EVENT, loadProgress, saveProgress } from './progressStore';

/** A skill as the page shows it: the planner's fields and the elements that stand for it. */
interface PageSkill extends AssessableSkill {
  name: string;
  checklist: string[];
  fieldset: HTMLFieldSetElement;
}

type Values = Record<string, string | number>;
/** Reports list this many gaps; the rest sit in a disclosure below them. */
const TOP_GAPS = 10;
const LEVELS: readonly Level[] = [0, 1, 2, 3];
const NO_WEIGHTS = Object.fromEntries(AREA_SLUGS.map((slug) => [slug, 0])) as DirectionWeights;

const words = (text: string | undefined) => (text ?? '').split(' ').filter(Boolean);
const LINK = 'font-medium text-blue-700 underline dark:text-sky-300';
const MUTED = 'text-sm text-slate-600 dark:text-slate-400';
const WARNING =
  'rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A link to a skill's place in the matrix. */
function skillLink(skill: PageSkill): HTMLAnchorElement {
  const link = element('a', LINK, skill.name);
  link.href = `#${skill.fieldset.id}`;
  return link;
}

function readSkill(fieldset: HTMLFieldSetElement): PageSkill {
  const data = fieldset.dataset;
  return {
    id: data.skill ?? '',
    group: data.group ?? '',
    areas: words(data.areas),
    stage: data.stage ?? '',
    after: words(data.after),
    hours: Number(data.hours),
    section: data.section,
    questions: words(data.questions),
    checklist: words(data.checklist),
    name: fieldset.querySelector('[data-skill-name]')?.textContent?.trim() ?? '',
    fieldset,
  };
}

function encodeTarget(target: Target | undefined): string {
  if (!target) return '';
  return target.kind === 'area' ? `area:${target.area}` : `context:${target.context}`;
}

function decodeTarget(value: string): Target | undefined {
  const [kind, name] = value.split(':');
  if (kind === 'area' && AREA_SLUGS.includes(name as AreaSlug)) return { kind, area: name as AreaSlug };
  if (kind === 'context' && CONTEXTS.includes(name as Context)) return { kind, context: name as Context };
  return undefined;
}

/** A YYYY-MM-DD day as a local date, which is what the planner reads days from. */
function localDate(day: string | undefined): Date {
  const [year, month, date] = (day ?? '').split('-').map(Number);
  return day ? new Date(year!, month! - 1, date!) : new Date(Number.NaN);
}

class AssessmentForm extends HTMLElement {
  private messages: Record<string, string> = {};
  private skills: PageSkill[] = [];
  private areas: (RankableArea & { title: string })[] = [];
  private target!: HTMLSelectElement;
  private hours!: HTMLInputElement;
  private deadline!: HTMLInputElement;
  private onlyNeeded?: HTMLInputElement | null;
  private number!: Intl.NumberFormat;
  private day!: Intl.DateTimeFormat;
  private shortDay!: Intl.DateTimeFormat;
  private chinese = false;

  connectedCallback() {
    const target = this.querySelector<HTMLSelectElement>('select[name="target"]');
    const hours = this.querySelector<HTMLInputElement>('input[name="hours"]');
    const deadline = this.querySelector<HTMLInputElement>('input[name="deadline"]');
    if (!target || !hours || !deadline) return;
    this.target = target;
    this.hours = hours;
    this.deadline = deadline;
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
    this.areas = JSON.parse(this.dataset.areas ?? '[]') as (RankableArea & { title: string })[];
    this.skills = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-skill]')].map(readSkill);
    this.onlyNeeded = this.querySelector<HTMLInputElement>('input[data-only-needed]');
    const lang = document.documentElement.lang || 'en';
    this.number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    this.day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    this.shortDay = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    this.chinese = lang.startsWith('zh');

    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = false;
    for (const element of this.querySelectorAll<HTMLElement>('[data-report], [data-plan]')) element.hidden = false;

    target.addEventListener('change', () => this.save({ target: decodeTarget(target.value) }));
    hours.addEventListener('input', () => {
      const value = hours.valueAsNumber;
      if (hours.value === '') this.save({ hoursPerWeek: undefined });
      else if (Number.isFinite(value) && value >= 0 && value <= MAX_HOURS_PER_WEEK) this.save({ hoursPerWeek: value });
    });
    // A date field fires input once a whole day is entered or cleared.
    deadline.addEventListener('input', () => {
      if (deadline.value === '' || isDay(deadline.value)) this.save({ deadline: deadline.value || undefined });
    });
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.type !== 'radio' || !radio.name.startsWith('rating-')) return;
      const level = LEVELS.find((candidate) => candidate === Number(radio.value));
      if (level === undefined) return;
      const { ratings } = loadProgress().progress.assessment;
      this.save({ ratings: { ...ratings, [radio.name.slice('rating-'.length)]: level } });
    });
    this.onlyNeeded?.addEventListener('change', () => this.render());

    this.render();
    document.addEventListener(CHANGE_EVENT, () => this.render());
    window.addEventListener('storage', () => this.render());
  }

  private save(change: Partial<Omit<AssessmentState, 'updatedAt'>>): void {
    saveProgress(setAssessment(loadProgress().progress, change));
  }

  /** What goes between two sentences: nothing in Chinese, a space in English. */
  private sentenceGap(): string {
    return this.chinese ? '' : ' ';
  }

  private text(key: string, values: Values = {}): string {
    return fillTemplate(this.messages[key] ?? key, values);
  }

  private hoursText(hours: number): string {
    return this.number.format(hours);
  }

  private dayText(day: string, format = this.day): string {
    return format.format(new Date(`${day}T00:00:00Z`));
  }

  private render(): void {
    const { progress, damaged } = loadProgress();
    const { assessment } = progress;
    this.querySelector<HTMLElement>('[data-damaged]')!.hidden = damaged === undefined;
    this.syncControls(assessment);
    const practice: PracticeMarks = Object.fromEntries(
      Object.entries(progress.practice).map(([id, entry]) => [id, entry.last === 'known' ? 'known' : 'unknown']),
    );
    this.showEvidence(new Set(progress.completed), practice);

    const report = this.querySelector<HTMLElement>('[data-report-body]')!;
    const plan = this.querySelector<HTMLElement>('[data-plan]')!;
    const target = assessment.target;
    this.toggleAttribute('data-report-ready', target !== undefined);
    report.hidden = target === undefined;
    plan.hidden = target === undefined;
    // Without a target nothing is required, but ratings the practice contradicts are still flagged.
    const weights = target ? directionWeights(target, this.areas) : NO_WEIGHTS;
    const result = assessSkills(this.skills, { weights, ratings: assessment.ratings, practice });
    for (const entry of result.skills) {
      const flag = entry.skill.fieldset.querySelector<HTMLElement>('[data-unsupported]')!;
      flag.hidden = entry.unknownQuestions.length === 0;
      flag.textContent = flag.hidden
        ? ''
        : this.text('assessment.unsupported', { rating: entry.rating, count: entry.unknownQuestions.length });
    }
    if (!target) {
      this.querySelector('[data-report-summary]')!.textContent = this.text('assessment.reportEmpty');
      this.querySelector('[data-report-detail]')!.textContent = '';
      this.querySelector('[data-summary]')!.textContent = '';
      this.showNeeded(() => true);
      return;
    }
    const needed = result.skills.filter((entry) => entry.required > 0);
    const rated = needed.filter((entry) => entry.rated).length;
    const hours = this.hoursText(result.hours);
    this.showNeeded((skill) => needed.some((entry) => entry.skill === skill));
    this.querySelector('[data-summary]')!.textContent = this.text('assessment.summary', {
      rated,
      needed: needed.length,
      gaps: result.gaps.length,
      hours,
    });

    this.querySelector('[data-report-summary]')!.textContent = this.text('assessment.reportSummary', {
      target: this.target.selectedOptions[0]?.textContent?.trim() ?? '',
      needed: needed.length,
      strengths: result.strengths.length,
      gaps: result.gaps.length,
      hours,
    });
    const detail = [needed.length > rated ? this.text('assessment.unrated', { count: needed.length - rated }) : ''];
    if (target.kind === 'context') {
      const separator = this.chinese ? '、' : ', ';
      const list = [...this.areas]
        .sort((a, b) => weights[b.slug as keyof typeof weights] - weights[a.slug as keyof typeof weights])
        .map((area) => `${area.title} ${weights[area.slug as keyof typeof weights].toFixed(2)}`)
        .join(separator);
      detail.push(this.text('assessment.weights', { weights: list }));
    }
    this.querySelector('[data-report-detail]')!.textContent = detail.filter(Boolean).join(this.sentenceGap());

    this.fillList(
      this.querySelector('[data-strengths]')!,
      result.strengths.map((entry) =>
        this.skillLine(entry.skill, this.text('assessment.levelOf', { rating: entry.rating, required: entry.required })),
      ),
      this.text('assessment.strengthsNone'),
    );
    const gapLines = result.gaps.map((gap) => this.skillLine(gap.skill, this.gapLevels(gap)));
    this.fillList(this.querySelector('[data-gaps]')!, gapLines.slice(0, TOP_GAPS), this.text('assessment.gapsNone'));
    const more = this.querySelector<HTMLDetailsElement>('[data-more-gaps]')!;
    more.hidden = gapLines.length <= TOP_GAPS;
    more.querySelector('summary')!.textContent = this.text('assessment.moreGaps', { count: gapLines.length - TOP_GAPS });
    const rest = more.querySelector('ol')!;
    rest.start = TOP_GAPS + 1;
    rest.replaceChildren(...gapLines.slice(TOP_GAPS));
    const unsupported = this.querySelector<HTMLElement>('[data-unsupported-report]')!;
    unsupported.hidden = result.unsupported.length === 0;
    unsupported
      .querySelector('ul')!
      .replaceChildren(
        ...result.unsupported.map((entry) =>
          this.skillLine(
            entry.skill,
            this.text('assessment.unsupported', { rating: entry.rating, count: entry.unknownQuestions.length }),
          ),
        ),
      );

    this.renderPlan(result.gaps, assessment, progress.completed);
  }

  private renderPlan(gaps: Gap<PageSkill>[], assessment: AssessmentState, completed: readonly string[]): void {
    const hoursPerWeek = assessment.hoursPerWeek ?? 0;
    const plan = planWeeks(gaps, { hoursPerWeek, start: new Date(), deadline: localDate(assessment.deadline) });
    const messages = plan.messages.map((message) => this.planMessage(message, hoursPerWeek, plan.weeks.length > 0));
    if (plan.fits && gaps.length === 0) messages.push(this.text('assessment.planNone'));
    else if (plan.fits)
      messages.push(
        this.text('assessment.planFits', { gaps: gaps.length, weeks: plan.weeks.length, hours: this.hoursText(hoursPerWeek) }),
      );
    this.querySelector('[data-plan-messages]')!.replaceChildren(
      // A plan that cannot be made or does not fit says so where the reader looks first.
      ...messages.map((message, index) => element('p', index < plan.messages.length ? WARNING : '', message)),
    );
    const done = new Set(completed);
    this.querySelector('[data-weeks]')!.replaceChildren(
      ...plan.weeks.map((week, index) => {
        const card = element('li', 'week rounded-lg border border-slate-200 p-4 dark:border-slate-800');
        const title = this.text('assessment.week', {
          n: index + 1,
          start: this.dayText(week.start, this.shortDay),
          end: this.dayText(week.end, this.shortDay),
          hours: this.hoursText(week.hours),
        });
        const items = element('ul', 'mt-2 space-y-3');
        items.append(...week.items.map((item) => this.weekItem(item.gap, item.hours, item.part, item.parts, done)));
        card.append(element('h3', 'font-semibold', title), items);
        return card;
      }),
    );
    const unplanned = this.querySelector<HTMLElement>('[data-unplanned]')!;
    // Only a plan cut short lists what is left out; without a plan the report's gaps already say it.
    unplanned.hidden = plan.weeks.length === 0 || plan.unplanned.length === 0;
    unplanned
      .querySelector('ul')!
      .replaceChildren(...plan.unplanned.map((gap) => this.skillLine(gap.skill, this.gapLevels(gap))));
    this.querySelector('[data-reassess]')!.textContent =
      plan.reassessOn && plan.weeks.length > 0 ? this.text('assessment.reassess', { date: this.dayText(plan.reassessOn) }) : '';
  }

  private gapLevels(gap: Gap<PageSkill>): string {
    return this.text('assessment.gapLevels', { rating: gap.rating, required: gap.required, hours: this.hoursText(gap.hours) });
  }

  private planMessage(message: PlanMessage, hoursPerWeek: number, somethingFits: boolean): string {
    const fitsBy = 'fitsBy' in message && message.fitsBy ? message.fitsBy : undefined;
    const values: Values =
      message.code === 'does-not-fit'
        ? { hoursShort: this.hoursText(message.hoursShort), hoursPerWeekNeeded: message.hoursPerWeekNeeded }
        : {};
    const sentences = [this.text(`assessment.message.${message.code}`, values)];
    if (fitsBy)
      sentences.push(this.text('assessment.fitsBy', { hours: this.hoursText(hoursPerWeek), date: this.dayText(fitsBy) }));
    if (message.code === 'does-not-fit')
      sentences.push(this.text(somethingFits ? 'assessment.whatFits' : 'assessment.nothingFits'));
    return sentences.join(this.sentenceGap());
  }

  /** One gap's share of a week: read its section first, do the project step throughout, practise its questions last. */
  private weekItem(gap: Gap<PageSkill>, hours: number, part: number, parts: number, done: ReadonlySet<string>): HTMLElement {
    const { skill } = gap;
    const share = this.text(parts > 1 ? 'assessment.itemPart' : 'assessment.itemHours', {
      hours: this.hoursText(hours),
      part,
      parts,
    });
    const heading = element('p');
    heading.append(skillLink(skill), element('span', `ml-1 ${MUTED}`, share));
    // A fixed first column keeps Read / Do / Practise aligned from one item to the next.
    const steps = element(
      'dl',
      `mt-1 grid gap-x-2 gap-y-1 text-sm [overflow-wrap:anywhere] ${this.chinese ? 'grid-cols-[2rem_minmax(0,1fr)]' : 'grid-cols-[4.5rem_minmax(0,1fr)]'}`,
    );
    const add = (key: string, links: (Element | null)[]) => {
      const present = links.filter((link): link is Element => link !== null);
      if (present.length === 0) return;
      const description = element('dd', 'space-y-1');
      description.dataset.step = key.slice('assessment.'.length);
      for (const link of present) {
        const line = element('p');
        line.append(link.cloneNode(true));
        description.append(line);
      }
      steps.append(element('dt', 'font-medium', this.text(key) + (this.chinese ? '：' : ':')), description);
    };
    if (part === 1) add('assessment.read', [skill.fieldset.querySelector('[data-section-link]')]);
    const openStep = skill.checklist.find((id) => !done.has(id));
    add('assessment.do', [
      openStep
        ? skill.fieldset.querySelector(`[data-checklist-item="${openStep}"] a`)
        : (skill.fieldset.querySelector('[data-project-link]') ?? skill.fieldset.querySelector('[data-section-link]')),
    ]);
    if (part === parts) add('assessment.practise', [...skill.fieldset.querySelectorAll('details li > a')]);
    const item = element('li');
    item.append(heading, steps);
    return item;
  }

  private skillLine(skill: PageSkill, levels: string): HTMLElement {
    const line = element('li');
    line.append(skillLink(skill), element('span', MUTED, ` · ${levels}`));
    return line;
  }

  private fillList(list: Element, items: HTMLElement[], empty: string): void {
    if (items.length > 0) {
      list.replaceChildren(...items);
      return;
    }
    const item = document.createElement('li');
    item.className = 'list-none';
    item.textContent = empty;
    list.replaceChildren(item);
  }

  /** Puts the stored values into the controls, leaving alone the one the reader is typing in. */
  private syncControls(assessment: AssessmentState): void {
    const focused = document.activeElement;
    if (this.target !== focused) this.target.value = encodeTarget(assessment.target);
    if (this.hours !== focused) this.hours.value = assessment.hoursPerWeek === undefined ? '' : String(assessment.hoursPerWeek);
    if (this.deadline !== focused) this.deadline.value = assessment.deadline ?? '';
    for (const skill of this.skills) {
      const rating = assessment.ratings[skill.id];
      for (const radio of skill.fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
        radio.checked = rating !== undefined && Number(radio.value) === rating;
    }
  }

  private showEvidence(completed: ReadonlySet<string>, practice: PracticeMarks): void {
    for (const item of this.querySelectorAll<HTMLElement>('[data-checklist-item]')) {
      const done = completed.has(item.dataset.checklistItem ?? '');
      item.toggleAttribute('data-done', done);
      item.querySelector('[data-item-state]')!.textContent = this.text(done ? 'progress.itemDone' : 'progress.itemOpen');
    }
    for (const skill of this.skills) {
      const marks = skill.questions.map((id) => practice[id]);
      const known = marks.filter((mark) => mark === 'known').length;
      const again = marks.filter((mark) => mark === 'unknown').length;
      skill.fieldset.querySelector('[data-practice-summary]')!.textContent =
        known + again > 0 ? ` · ${this.text('assessment.practiceSummary', { known, again })}` : '';
    }
  }

  /** Hides the skills the target does not need, when the reader asks for that, and says how many each group hides. */
  private showNeeded(isNeeded: (skill: PageSkill) => boolean): void {
    const filter = this.onlyNeeded?.checked ?? false;
    for (const skill of this.skills) skill.fieldset.hidden = filter && !isNeeded(skill);
    for (const section of this.querySelectorAll<HTMLElement>('[data-group-section]')) {
      const hidden = section.querySelectorAll('fieldset[data-skill][hidden]').length;
      const note = section.querySelector<HTMLElement>('[data-hidden-count]')!;
      note.hidden = hidden === 0;
      note.textContent = hidden === 0 ? '' : ` · ${this.text('assessment.hiddenCount', { count: hidden })}`;
    }
  }
}

if (!customElements.get('assessment-form')) customElements.define('assessment-form', AssessmentForm);
