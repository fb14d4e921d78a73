// Copy buttons of code blocks: the copying code (copyCodeBlock.ts) loads on the first click.
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('.expressive-code .copy button');
  if (button) void import('./copyCodeBlock').then((module) => module.copyCodeBlock(button));
});
