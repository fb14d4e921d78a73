// The preview under a term link on hover or keyboard focus: the term's names and short definition,
// fetched once per language from the glossary's preview.json. The link itself works without it.
interface PreviewEntry {
  name: string;
  other: string;
  definition: string;
}

const cache = new Map<string, Promise<Record<string, PreviewEntry>>>();
let tooltip: HTMLElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function previews(link: HTMLAnchorElement): Promise<Record<string, PreviewEntry>> {
  const url = new URL('preview.json', link.href.replace(/#.*$/, '')).href;
  let loading = cache.get(url);
  if (!loading) {
    loading = fetch(url).then((response) => (response.ok ? (response.json() as Promise<Record<string, PreviewEntry>>) : {}));
    loading.catch(() => cache.delete(url));
    cache.set(url, loading);
  }
  return loading;
}

function tooltipElement(): HTMLElement {
  if (!tooltip) {
    tooltip = document.createElement('div');
    tooltip.id = 'term-preview';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.className = 'term-preview';
    tooltip.hidden = true;
    tooltip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
    tooltip.addEventListener('pointerleave', () => hide());
    document.body.append(tooltip);
  }
  return tooltip;
}

function hide(): void {
  if (tooltip) tooltip.hidden = true;
  current?.removeAttribute('aria-describedby');
  current = undefined;
}

export async function showPreviewFor(link: HTMLAnchorElement): Promise<void> {
  if (document.documentElement.dataset.termLinks === 'off') return;
  window.clearTimeout(hideTimer);
  // The link's fragment is the term id (rehypeTermLinks).
  const entry = (await previews(link))[link.hash.slice(1)];
  if (!entry) return;
  const element = tooltipElement();
  const title = document.createElement('strong');
  title.textContent = entry.name === entry.other ? entry.name : `${entry.name} · ${entry.other}`;
  const text = document.createElement('span');
  text.textContent = entry.definition;
  element.replaceChildren(title, text);
  element.hidden = false;
  const box = link.getBoundingClientRect();
  const width = Math.min(320, document.documentElement.clientWidth - 16);
  element.style.width = `${width}px`;
  element.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
  element.style.top = `${box.bottom + window.scrollY + 6}px`;
  current?.removeAttribute('aria-describedby');
  current = link;
  link.setAttribute('aria-describedby', element.id);
}

const linkOf = (event: Event) => (event.target as Element | null)?.closest?.('a.term-link') as HTMLAnchorElement | null;
document.addEventListener('pointerover', (event) => {
  const link = linkOf(event);
  if (link) void showPreviewFor(link);
});
document.addEventListener('focusin', (event) => {
  const link = linkOf(event);
  if (link) void showPreviewFor(link);
});
const scheduleHide = (event: Event) => {
  if (linkOf(event)) hideTimer = window.setTimeout(hide, 200);
};
document.addEventListener('pointerout', scheduleHide);
document.addEventListener('focusout', scheduleHide);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
