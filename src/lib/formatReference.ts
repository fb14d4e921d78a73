/** "A, B, C et al." — at most `limit` names, keeping an explicit "et al." from the source. */
export function formatAuthors(authors: readonly string[], limit = 3): string {
  const named = authors.filter((author) => author !== 'et al.');
  const truncated = named.length > limit || named.length < authors.length;
  return named.slice(0, limit).join(', ') + (truncated ? ' et al.' : '');
}

/** Ends a bibliography segment with one full stop, never two ("et al.." reads as a typo). */
export function withFullStop(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * The line under a reference title: venue, year unless the venue already names it, arXiv id, and the
 * kind of source unless the venue already says it ("Documentation · Documentation").
 */
export function formatReferenceMeta(reference: { venue: string; year: number; arxiv?: string }, kindLabel: string): string {
  const venueHasYear = /\b(19|20)\d{2}\b/.test(reference.venue);
  const venueIsKind = ['documentation', kindLabel.toLowerCase()].includes(reference.venue.toLowerCase());
  const parts = [
    venueIsKind ? undefined : venueHasYear ? reference.venue : `${reference.venue}, ${reference.year}`,
    venueIsKind ? String(reference.year) : undefined,
    reference.arxiv ? `arXiv:${reference.arxiv}` : undefined,
    kindLabel,
  ];
  return parts.filter((part): part is string => part !== undefined).join(' · ');
}
