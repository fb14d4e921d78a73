// Opens the search dialog: from its file (written at build time, fetched once) or, on the dev server,
// from its <template> in the page. Keys typed while it loads go into its field; if it cannot load,
// the opener's link to the search page is followed instead.
let dialog: Promise<HTMLDialogElement> | undefined;

async function loadDialog(source: string | undefined): Promise<HTMLDialogElement> {
  const template = document.querySelector<HTMLTemplateElement>('template#search-dialog-template');
  if (template) {
    document.body.append(template.content.cloneNode(true));
  } else {
    const response = await fetch(source ?? '');
    if (!response.ok) throw new Error(`${source}: ${response.status}`);
    document.body.insertAdjacentHTML('beforeend', await response.text());
  }
  return document.querySelector<HTMLDialogElement>('dialog#search-dialog')!;
}

export async function openSearch(opener: HTMLAnchorElement, source: string | undefined, typed: string[]): Promise<void> {
  // On the search page the page's own field is the search.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageInput) {
    typed.splice(0);
    pageInput.focus();
    return;
  }
  void import('./searchPanel');
  dialog ??= loadDialog(source);
  let element: HTMLDialogElement;
  try {
    element = await dialog;
  } catch {
    dialog = undefined;
    location.assign(opener.href);
    return;
  }
  if (!element.open) element.showModal();
  const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.focus();
  if (typed.length === 0) return;
  input.value += typed.splice(0).join('');
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
