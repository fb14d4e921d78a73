// Copies a code block from its Expressive Code copy button and shows the button's "Copied!" note:
// the behaviour of Expressive Code's own copy module, loaded on the first click instead of with every
// page that has code (scripts/codeCopy.ts).

/** Copying without the Clipboard API (an insecure context, or a refusal): select a hidden copy of the text. */
function copyBySelection(text: string): boolean {
  const holder = document.createElement('pre');
  Object.assign(holder.style, {
    opacity: '0',
    pointerEvents: 'none',
    position: 'absolute',
    left: '0',
    top: '0',
    userSelect: 'all',
  });
  holder.ariaHidden = 'true';
  holder.textContent = text;
  document.body.append(holder);
  const selection = getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNode(holder);
  selection.removeAllRanges();
  selection.addRange(range);
  try {
    return document.execCommand('copy');
  } finally {
    selection.removeAllRanges();
    holder.remove();
  }
}

export async function copyCodeBlock(button: HTMLButtonElement): Promise<void> {
  // Expressive Code stores the block's text with line breaks as U+007F.
  const text = (button.dataset.code ?? '').replace(/\u007f/g, '\n');
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    copied = copyBySelection(text);
  }
  const live = button.parentElement?.querySelector('[aria-live]');
  if (!copied || !live || live.querySelector('.feedback')) return;
  const feedback = document.createElement('div');
  feedback.className = 'feedback';
  feedback.textContent = button.dataset.copied ?? '';
  live.append(feedback);
  requestAnimationFrame(() => requestAnimationFrame(() => feedback.classList.add('show')));
  const hide = () => feedback.classList.remove('show');
  setTimeout(hide, 1500);
  setTimeout(() => feedback.remove(), 2500);
  button.addEventListener('blur', hide, { once: true });
}
