// The guide's contents as link groups: on phones the site's own pages first (wide screens have them
// in the header), then the six directions, the roadmap, and practice. Rendered once, as the sidebar
// that is also the phone menu (components/Sidebar.astro).
import { getAreas, getStages } from '../collections';
import type { Locale } from '../config';
import { translate } from '../i18n';
import { localePath, withBase } from './localePath';

export interface SidebarLink {
  href: string;
  label: string;
  /** Number shown before the label (rank or stage order). */
  number?: number;
  /** Checklist ids behind a progress badge, with the badge's scope. */
  progress?: { scope: string; ids: string[] };
}

export interface SidebarGroup {
  heading: string;
  links: SidebarLink[];
  /** Shown in the phone menu only. */
  phoneOnly?: boolean;
}

/** The main pages, in the header on wide screens. */
export function mainLinks(locale: Locale, base: string): SidebarLink[] {
  const href = (route: string) => withBase(localePath(locale, route), base);
  return [
    { href: href('ranking/'), label: translate(locale, 'nav.ranking') },
    { href: href('roadmap/'), label: translate(locale, 'nav.roadmap') },
    { href: href('interview/'), label: translate(locale, 'nav.interview') },
    { href: href('glossary/'), label: translate(locale, 'nav.glossary') },
  ];
}

export async function sidebarGroups(locale: Locale, base: string): Promise<SidebarGroup[]> {
  const href = (route: string) => withBase(localePath(locale, route), base);
  const areas = (await getAreas(locale)).map((area) => ({
    href: href(`areas/${area.slug}/`),
    label: area.data.title,
    number: area.data.rank,
  }));
  const stages = (await getStages(locale)).map((stage) => ({
    href: href(`roadmap/${stage.slug}/`),
    label: stage.data.title,
    number: stage.data.order,
    progress: { scope: stage.slug, ids: stage.data.checklist.map((item) => item.id) },
  }));
  return [
    {
      heading: translate(locale, 'nav.site'),
      links: [
        { href: href(''), label: translate(locale, 'nav.home') },
        ...mainLinks(locale, base),
        { href: href('search/'), label: translate(locale, 'nav.search') },
      ],
      phoneOnly: true,
    },
    { heading: translate(locale, 'nav.directions'), links: areas },
    {
      heading: translate(locale, 'nav.roadmap'),
      links: [...stages, { href: href('progress/'), label: translate(locale, 'nav.progress') }],
    },
    {
      heading: translate(locale, 'nav.practice'),
      links: [
        { href: href('interview/'), label: translate(locale, 'nav.interview') },
        { href: href('assessment/'), label: translate(locale, 'nav.assessment') },
        { href: href('glossary/'), label: translate(locale, 'nav.glossary') },
      ],
    },
  ];
}
