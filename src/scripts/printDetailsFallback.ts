// Collapsed content prints open, for browsers without ::details-content: closed <details> in the
// article open for the print and close again after.
export function openDetailsWhenPrinting(): void {
  const openedForPrint = new Set<HTMLDetailsElement>();
  addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
      details.open = true;
      openedForPrint.add(details);
    }
  });
  addEventListener('afterprint', () => {
    for (const details of openedForPrint) details.open = false;
    openedForPrint.clear();
  });
}
