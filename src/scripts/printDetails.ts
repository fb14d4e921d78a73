// Collapsed content prints open: closed <details> in the article open for the print and close again
// after. print.css does the same with ::details-content where the browser supports it.
const openedForPrint = new Set<HTMLDetailsElement>();

window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    details.open = true;
    openedForPrint.add(details);
  }
});

window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint.clear();
});
