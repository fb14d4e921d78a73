/** "A, B, C et al." — at most `limit` names, keeping an explicit "et al." from the source. */
export function formatAuthors(authors: readonly string[], limit = 3): string {
  const named = authors.filter((author) => author !== 'et al.');
  const truncated = named.length > limit || named.length < authors.length;
  return named.slice(0, limit).join(', ') + (truncated ? ' et al.' : '');
}
