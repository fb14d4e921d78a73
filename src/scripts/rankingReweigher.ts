// <ranking-reweigher>: re-orders the ranked list whenever a weight or the context changes, and keeps
// the weights in the address (?w=), so a reader can share their ranking and find it after a reload.
import { CONTEXT_WEIGHTS, CONTEXTS, CRITERIA, type Criterion, type Weights } from '../config';
import { fillTemplate } from '../lib/fillTemplate';
import { formatPosition, rankAreas } from '../lib/rankAreas';
import { findPreset, readWeights, withWeights } from '../lib/rankingWeights';

const GUIDE = CONTEXT_WEIGHTS.guide;

class RankingReweigher extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-reweigh-form]');
    const list = this.querySelector<HTMLOListElement>('[data-ranked-list]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const tieNote = this.querySelector<HTMLElement>('[data-tie-note]');
    const contextSelect = form?.querySelector<HTMLSelectElement>('select[name="context"]');
    if (!form || !list || !status || !tieNote || !contextSelect) return;
    const areas = [...list.querySelectorAll<HTMLLIElement>('li[data-slug]')].map((item) => ({
      slug: item.dataset.slug ?? '',
      rank: Number(item.dataset.rank),
      scores: JSON.parse(item.dataset.scores ?? '{}') as Record<Criterion, number>,
      item,
    }));
    const slider = (criterion: Criterion) => form.querySelector<HTMLInputElement>(`input[name="${criterion}"]`)!;
    const readSliders = () =>
      Object.fromEntries(CRITERIA.map((criterion) => [criterion, Number(slider(criterion).value)])) as Weights;
    const languageSwitch = document.querySelector<HTMLAnchorElement>('a[data-language-switch]');

    const show = (weights: Weights) => {
      for (const criterion of CRITERIA) {
        const output = form.querySelector(`[data-output="${criterion}"]`);
        if (output) output.textContent = String(weights[criterion]);
      }
      const ranked = rankAreas(areas, weights);
      for (const entry of ranked) {
        const { item } = entry.area;
        const template = (entry.tied ? this.dataset.tiedTemplate : this.dataset.positionTemplate) ?? '';
        item.querySelector('[data-position]')!.textContent = formatPosition(entry);
        item.querySelector('[data-position-label]')!.textContent = fillTemplate(template, { position: entry.position });
        item.querySelector('[data-score]')!.textContent = entry.score.toFixed(1);
        list.append(item);
      }
      tieNote.hidden = !ranked.some((entry) => entry.tied);
      const changed = ranked.some(({ area, position }) => area.rank !== position);
      status.textContent = (changed ? this.dataset.changed : this.dataset.unchanged) ?? '';
      // The language switch carries the weights too, so the other language shows the same ranking.
      history.replaceState(history.state, '', withWeights(location.href, weights, GUIDE));
      if (languageSwitch) languageSwitch.href = withWeights(languageSwitch.href, weights, GUIDE);
    };

    const apply = (weights: Weights) => {
      for (const criterion of CRITERIA) slider(criterion).value = String(weights[criterion]);
      contextSelect.value = findPreset(weights, CONTEXT_WEIGHTS) ?? 'custom';
      show(weights);
    };

    form.addEventListener('input', (event) => {
      if (event.target === contextSelect) return;
      const weights = readSliders();
      contextSelect.value = findPreset(weights, CONTEXT_WEIGHTS) ?? 'custom';
      show(weights);
    });
    contextSelect.addEventListener('change', () => {
      const context = CONTEXTS.find((candidate) => candidate === contextSelect.value);
      if (context) apply(CONTEXT_WEIGHTS[context]);
    });
    form.querySelector('[data-reset]')?.addEventListener('click', () => apply(GUIDE));
    apply(readWeights(location.search, GUIDE));
  }
}
customElements.define('ranking-reweigher', RankingReweigher);
