// Reading the built site: which pages exist, their parsed HTML, and the expected page list.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { AREA_SLUGS, LOCALES, STAGE_SLUGS, type Locale } from '../../src/config';
import { BUILDS, type BuildName } from './paths';

/** Every HTML file under a build, as site paths without base ("/en/ranking/", "/404.html"). */
export function listPages(build: BuildName): string[] {
  const root = BUILDS[build].outDir;
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const path = '/' + relative(root, full).split(sep).join('/');
        pages.push(path.endsWith('/index.html') || path === '/index.html' ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** Maps a site path (without base) to its file in a build, or undefined when nothing is there. */
export function fileForPath(build: BuildName, sitePath: string): string | undefined {
  const root = BUILDS[build].outDir;
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [join(root, clean, 'index.html')]
    : [join(root, clean), join(root, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const parsed = new Map<string, HTMLElement>();

export function readPage(build: BuildName, sitePath: string): HTMLElement {
  const file = fileForPath(build, sitePath);
  if (!file) throw new Error(`No page at ${sitePath} in the ${build} build`);
  let document = parsed.get(file);
  if (!document) {
    document = parse(readFileSync(file, 'utf8'));
    parsed.set(file, document);
  }
  return document;
}

/** Locale-free routes every locale must have. */
export function expectedRoutes(): string[] {
  return [
    '',
    'ranking/',
    'roadmap/',
    'search/',
    'progress/',
    ...AREA_SLUGS.map((slug) => `areas/${slug}/`),
    ...STAGE_SLUGS.map((slug) => `roadmap/${slug}/`),
    'interview/',
    'interview/mock/',
    ...AREA_SLUGS.map((slug) => `interview/${slug}/`),
    ...STAGE_SLUGS.map((slug) => `interview/stages/${slug}/`),
    'glossary/',
    'assessment/',
    'about/',
  ];
}

export function routeIn(locale: Locale, route: string): string {
  return locale === 'zh' ? `/${route}` : `/${locale}/${route}`;
}

export const expectedPages = (): { locale: Locale; path: string; route: string }[] =>
  LOCALES.flatMap((locale) => expectedRoutes().map((route) => ({ locale, route, path: routeIn(locale, route) })));

/**
 * Every page, but one stage question page per language instead of seven: they share one template
 * with the direction question pages, and per-page browser checks on them only repeat each other.
 */
export function representativePages(build: BuildName): string[] {
  return listPages(build).filter((path) => !/\/interview\/stages\//.test(path) || /\/interview\/stages\/rag\/$/.test(path));
}

/**
 * For the costliest per-page browser checks (axe, and the page without JavaScript at 360 px): also
 * two of the six direction question pages per language, the formula-heaviest. All six share one
 * template and one kind of content, and each is a 7,000-element page; every other page is checked.
 */
export function sampledPages(build: BuildName): string[] {
  return representativePages(build).filter((path) => !/\/interview\/(pretraining|data|applications|fine-tuning)\/$/.test(path));
}
