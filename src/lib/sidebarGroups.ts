// The guide's contents as link groups: the six directions, the roadmap, and practice. The wide-screen
// sidebar and the phone menu both render these.
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
