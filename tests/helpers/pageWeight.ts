// Bytes a page makes the browser fetch before any interaction, gzip-compressed as a host would send them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUILDS, type BuildName } from './paths';
import { fileForPath, readPage } from './site';

const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function readAsset(build: BuildName, url: string): string {
  const sitePath = '/' + url.slice(BUILDS[build].base.length);
  const file = fileForPath(build, sitePath);
  if (!file) throw new Error(`Missing asset ${url}`);
  return readFileSync(file, 'utf8');
}

/** A module and everything it imports statically; dynamic import() is loaded later, on use. */
function moduleGraph(build: BuildName, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readAsset(build, entry);
  for (const match of source.matchAll(/(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
    seen.add(new URL(match[1]!, `http://site.test${entry}`).pathname);
    moduleGraph(build, new URL(match[1]!, `http://site.test${entry}`).pathname, seen);
  }
  return seen;
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

export function measurePage(build: BuildName, sitePath: string): PageWeight {
  const document = readPage(build, sitePath);
  const html = gzipBytes(readFileSync(fileForPath(build, sitePath)!));
  // A stylesheet linked twice (Expressive Code links its own in each rendered document) is fetched once.
  const stylesheets = new Set(document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!));
  const css = [...stylesheets].reduce((sum, href) => sum + gzipBytes(readAsset(build, href)), 0);
  const modules = new Set<string>();
  let inline = 0;
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) moduleGraph(build, src, modules);
    else if (!script.getAttribute('type')?.includes('json')) inline += gzipBytes(script.text);
  }
  const js = inline + [...modules].reduce((sum, url) => sum + gzipBytes(readAsset(build, url)), 0);
  return { html, css, js };
}
