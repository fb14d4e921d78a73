// Which kind of page a built file is, for what its pages have in common (their styles): the first
// path segment, and whether the page sits below it. Both languages are one kind.
import { LOCALES } from '../config';

/** "/en/areas/data/index.html" → "areas/*", "/roadmap/index.html" → "roadmap", "/index.html" → "home". */
export function pageKind(filePath: string): string {
  const segments = filePath.split('/').filter((segment) => segment && segment !== 'index.html');
  if (segments[0] && (LOCALES as readonly string[]).includes(segments[0])) segments.shift();
  if (segments.length === 0) return 'home';
  return segments.length === 1 ? segments[0]!.replace(/\.html$/, '') : `${segments[0]}/*`;
}
