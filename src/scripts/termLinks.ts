// Term links on every page. The switch's code loads on its first use, or at once when the reader had
// turned links off (the theme bootstrap applies that choice before paint); on the first hover or
// focus of a term link, the preview module.
const root = document.documentElement;

if (root.dataset.termLinks === 'off') void import('./termLinksSwitch').then((module) => module.applyTermLinks());
document.addEventListener('click', (event) => {
  if (!(event.target as Element | null)?.closest?.('[data-term-links-toggle]')) return;
  void import('./termLinksSwitch').then((module) => module.toggleTermLinks());
});

let preview: Promise<unknown> | undefined;
const loadPreview = (event: Event) => {
  const link = (event.target as Element | null)?.closest?.('a.term-link');
  if (!link || root.dataset.termLinks === 'off') return;
  preview ??= import('./termPreview').then((module) => module.showPreviewFor(link as HTMLAnchorElement));
};
document.addEventListener('pointerover', loadPreview);
document.addEventListener('focusin', loadPreview);
