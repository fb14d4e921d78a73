// The reader's criterion weights in the ranking page's address, so a re-weighted ranking can be
// shared and survives a reload: `?w=3,1,2,0,1.5,0.5`, one number per criterion in CRITERIA order.
import { CONTEXTS, CRITERIA, WEIGHT_RANGE, type Context, type Weights } from '../config';

export const WEIGHTS_PARAM = 'w';

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A weight moved into WEIGHT_RANGE and onto its step. */
export function clampWeight(value: number): number {
  const { min, max, step } = WEIGHT_RANGE;
  const clamped = Math.min(max, Math.max(min, value));
  return Math.min(max, min + Math.round((clamped - min) / step) * step);
}

export function encodeWeights(weights: Weights): string {
  return CRITERIA.map((criterion) => String(weights[criterion])).join(',');
}

/**
 * Weights from a `?w=` value. Numbers are clamped to WEIGHT_RANGE; anything else (text, blanks,
 * missing or extra entries) leaves that criterion at its fallback. Never throws.
 */
export function decodeWeights(value: string | null, fallback: Weights): Weights {
  const parts = (value ?? '').split(',', CRITERIA.length);
  return Object.fromEntries(
    CRITERIA.map((criterion, index) => {
      const part = parts[index]?.trim() ?? '';
      const number = NUMBER.test(part) ? Number(part) : NaN;
      return [criterion, Number.isFinite(number) ? clampWeight(number) : fallback[criterion]];
    }),
  ) as Weights;
}

/** The weights a page address carries, or the fallback when it carries none. */
export function readWeights(search: string, fallback: Weights): Weights {
  return decodeWeights(new URLSearchParams(search).get(WEIGHTS_PARAM), fallback);
}

/**
 * The address with the weights in `?w=`; weights equal to the defaults remove the parameter,
 * so the guide's own ranking keeps its plain address. Other parameters and the hash are kept.
 */
export function withWeights(href: string, weights: Weights, defaults: Weights): string {
  const url = new URL(href);
  url.searchParams.delete(WEIGHTS_PARAM);
  // Written by hand: URLSearchParams would escape the commas and make the link harder to read.
  const own = sameWeights(weights, defaults) ? '' : `${WEIGHTS_PARAM}=${encodeWeights(weights)}`;
  const query = [url.searchParams.toString(), own].filter(Boolean).join('&');
  return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

export function sameWeights(a: Weights, b: Weights): boolean {
  return CRITERIA.every((criterion) => a[criterion] === b[criterion]);
}

/** The preset context whose weights these are, if any. */
export function findPreset(weights: Weights, presets: Record<Context, Weights>): Context | undefined {
  return CONTEXTS.find((context) => sameWeights(presets[context], weights));
}
