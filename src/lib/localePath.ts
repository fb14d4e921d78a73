import { DEFAULT_LOCALE, LOCALES, type Locale } from '../config';

/** Ensures a base such as "/guide" or "/guide/" becomes "/guide/"; "/" stays "/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative path with the deployment base; other URLs pass through unchanged. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const normalized = normalizeBase(base);
  if (normalized !== '/' && (path === normalized.slice(0, -1) || path.startsWith(normalized))) return path;
  return normalized + path.slice(1);
}

/** The site path (without base) of a route such as "areas/data/" in a locale. */
export function localePath(locale: Locale, route = ''): string {
  const clean = route.replace(/^\/+/, '');
  return locale === DEFAULT_LOCALE ? `/${clean}` : `/${locale}/${clean}`;
}

/** Splits a pathname (with base) into its locale and locale-free route. */
export function parseLocalePath(pathname: string, base: string): { locale: Locale; route: string } {
  const normalized = normalizeBase(base);
  const withoutBase = pathname.startsWith(normalized) ? pathname.slice(normalized.length) : pathname.replace(/^\/+/, '');
  const [first, ...rest] = withoutBase.split('/');
  const locale = LOCALES.find((candidate) => candidate !== DEFAULT_LOCALE && candidate === first);
  return locale ? { locale, route: rest.join('/') } : { locale: DEFAULT_LOCALE, route: withoutBase };
}

/** The same page in another language, with base. */
export function getTwinPath(pathname: string, base: string, target: Locale): string {
  const { route } = parseLocalePath(pathname, base);
  return withBase(localePath(target, route), base);
}

/** Static paths for a page that exists once per locale under `[...lang]`. */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}

/** Maps an `<html lang>` value (Astro.currentLocale) back to the site locale. */
export function localeFromLang(lang: string | undefined): Locale {
  return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && lang === locale) ?? DEFAULT_LOCALE;
}
