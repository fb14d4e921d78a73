// <glossary-filter>: narrows the glossary as the reader types, matching any name or alias in
// either language and the definition. Without it the full list is there.
class GlossaryFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector('input');
    const count = this.querySelector<HTMLElement>('[data-filter-count]');
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    const entries = [...document.querySelectorAll<HTMLElement>('[data-term-entry]')];
    const groups = [...document.querySelectorAll<HTMLElement>('[data-term-group]')];
    // An entry's text holds its names in both languages and all their aliases. Read on first use:
    // the page shows every entry, and says so, until the reader types.
    let texts: string[] | undefined;
    const apply = () => {
      texts ??= entries.map((entry) => (entry.textContent ?? '').toLowerCase());
      const words = (input?.value ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
      let shown = 0;
      entries.forEach((entry, index) => {
        const visible = words.every((word) => texts![index]!.includes(word));
        entry.hidden = !visible;
        if (visible) shown += 1;
      });
      for (const group of groups) group.hidden = !group.querySelector('[data-term-entry]:not([hidden])');
      if (count)
        count.textContent = (this.dataset.countTemplate ?? '')
          .replace('{shown}', String(shown))
          .replace('{total}', String(entries.length));
      if (empty) empty.hidden = shown > 0;
    };
    input?.addEventListener('input', apply);
    if (input?.value) apply();
  }
}

if (!customElements.get('glossary-filter')) customElements.define('glossary-filter', GlossaryFilter);
