// "Back to top" for browsers without scroll-driven animations: shown once the reader is a screen down.
export function showBackToTopPastAScreen(): void {
  const link = document.querySelector<HTMLElement>('a.back-to-top');
  if (!link) return;
  const update = () => (link.style.visibility = scrollY < innerHeight ? 'hidden' : 'visible');
  addEventListener('scroll', update, { passive: true });
  update();
}
