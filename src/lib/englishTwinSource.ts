// Reads the English twin of a chapter, stage or page source file; the heading-id plugin slugs its headings.
import { existsSync, readFileSync } from 'node:fs';

const TWINNED = /(^|[\\/])content([\\/])(?:zh|en)([\\/](?:areas|stages|pages)[\\/][^\\/]+\.mdx)$/;

/** The English twin's path of a chapter, stage or page file, absolute or relative to the project; undefined for other files. */
export function englishTwinPath(filePath: string): string | undefined {
  const match = TWINNED.exec(filePath);
  return match ? `${filePath.slice(0, match.index)}${match[1]}content${match[2]}en${match[3]}` : undefined;
}

export function englishTwinSource(filePath: string): string | undefined {
  const twin = englishTwinPath(filePath);
  return twin && existsSync(twin) ? readFileSync(twin, 'utf8') : undefined;
}
