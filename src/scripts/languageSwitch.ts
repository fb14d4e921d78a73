// Keeps the reader's place across languages (both share section ids): the switch carries the section
// in view, which the contents tracker (tocTracker.ts) keeps noted on the link, or else the one in the
// address. The hash setter percent-encodes an id and leaves an encoded one as it is.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  link.addEventListener('click', () => (link.hash = link.dataset.section || location.hash));
}
