// What each page kind's social card says, in each language.
import type { Locale } from '../config';
import { translate } from '../i18n';

/** One card per page kind; pages of no listed kind (search, progress, 404) share the home card. */
export const SOCIAL_CARD_KINDS = [
  'home',
  'ranking',
  'chapter',
  'roadmap',
  'stage',
  'interview',
  'glossary',
  'assessment',
  'about',
] as const;
export type SocialCardKind = (typeof SOCIAL_CARD_KINDS)[number];

export function socialCardText(locale: Locale, kind: SocialCardKind) {
  return {
    eyebrow: translate(locale, 'site.shortTitle'),
    title: translate(locale, kind === 'home' ? 'site.title' : `kind.${kind}`),
    description: translate(locale, 'site.description'),
  };
}
