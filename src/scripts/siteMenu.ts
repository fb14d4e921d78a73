// <site-menu>: the phone menu closes on Escape, on a click outside it, and when a link in it is followed.
class SiteMenu extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => {
      if (!details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    document.addEventListener('click', (event) => {
      if (details.open && !this.contains(event.target as Node)) details.open = false;
    });
    details.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).closest('a')) details.open = false;
    });
  }
}
customElements.define('site-menu', SiteMenu);
