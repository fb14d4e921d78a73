// Turns Pagefind's result data into what the search panel shows, without trusting it as HTML:
// excerpts become plain text runs (matches marked), sub-results a short list of other sections.

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Pagefind's excerpt (escaped page text with <mark> around matches) as text runs; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

export interface SubResult {
  title: string;
  url: string;
  /** Pagefind's scored matches within the section. */
  weighted_locations?: { balanced_score: number }[];
}

const sectionScore = (sub: SubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/** The `max` sections of a page that match best (Pagefind lists them in page order), other than the page itself. */
export function sectionLinks(pageUrl: string, subResults: readonly SubResult[] | undefined, max = 3): SubResult[] {
  return (subResults ?? [])
    .filter((sub) => sub.url !== pageUrl && sub.url.includes('#'))
    .map((sub, order) => ({ sub, order, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map(({ sub }) => sub);
}

/**
 * Pagefind's ranking for this index. Its length normalisation compares a record with the average
 * record. Chapters and stages are indexed by section and the glossary and bank by entry (100–800
 * words each), so the pages still indexed whole (ranking, roadmap, self-assessment: 2,000–5,000
 * words) are the long ones; at Pagefind's default (0.75) their length buries them, at 0.1 a long
 * page outranks the section on a query. At 0.25 every search test passes; 0.1 and 0.4 each miss one.
 */
export const PAGEFIND_RANKING = { pageLength: 0.25 } as const;

/**
 * Pages and entries (glossary terms, bank questions) in one list, alternating, best first. Pagefind
 * scores by match density, so a 100-word entry outscores a 7,000-word chapter on the chapter's own
 * topic; ranked apart and interleaved, the best of each leads.
 */
export function interleave<T>(pages: readonly T[], entries: readonly T[]): T[] {
  const merged: T[] = [];
  for (let index = 0; index < Math.max(pages.length, entries.length); index += 1) {
    if (index < pages.length) merged.push(pages[index]);
    if (index < entries.length) merged.push(entries[index]);
  }
  return merged;
}
