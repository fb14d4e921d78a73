// Keeps the reader's place across languages (both share section ids): the switch carries the section
// in view, which the contents tracker (tocTracker.ts) keeps noted on the link, or else the one in the address.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  link.addEventListener('click', () => {
    const id = link.dataset.section || decodeURIComponent(location.hash.slice(1));
    link.hash = id ? `#${encodeURIComponent(id)}` : '';
  });
}
