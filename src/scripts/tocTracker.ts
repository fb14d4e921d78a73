// <toc-tracker>: marks the contents entry of the section in view with aria-current, shows its title
// in the "on this page" bar, notes it on the language switch (languageSwitch.ts) once its heading
// has been reached, and closes the contents (a popover below the wide layout) once the reader picks
// a section.
import { currentSectionIndex } from '../lib/currentSection';

/** Distance below the viewport top at which a heading counts as reached: the sticky header and phone bar, plus a margin. */
const READING_LINE = 120;

class TocTracker extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    const currentSection = document.querySelector<HTMLElement>('[data-toc-bar] [data-current-section]');
    const languageLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]');
    if (links.length === 0) return;
    let scheduled = false;
    const update = () => {
      scheduled = false;
      // A heading in a part laid out only near the viewport (.deferred-section, .deferred-render)
      // is not measured itself, which would lay out the part: the part's box, which the heading
      // tops, is. A heading hidden from view (a glossary group filtered out) is never current.
      const tops = targets.map((target) => {
        const box = target?.checkVisibility({ contentVisibilityAuto: true })
          ? target
          : target?.closest('.deferred-section, .deferred-render');
        return box?.checkVisibility() ? box.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
      });
      const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
      const current = currentSectionIndex(tops, READING_LINE, atEnd && scrollY > 0);
      links.forEach((link, index) => {
        if (index === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      });
      if (currentSection)
        currentSection.textContent = scrollY > 0 && current >= 0 ? (links[current]?.textContent?.trim() ?? '') : '';
      const reached = scrollY > 0 && current >= 0 && tops[current]! <= READING_LINE;
      for (const link of languageLinks) link.dataset.section = reached ? (targets[current]?.id ?? '') : '';
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(update);
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    update();
    for (const link of links) link.addEventListener('click', () => this.matches(':popover-open') && this.hidePopover());
  }
}
customElements.define('toc-tracker', TocTracker);
