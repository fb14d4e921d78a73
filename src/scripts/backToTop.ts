// <back-to-top>: shows its link once the reader has scrolled a screen down.
class BackToTop extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    if (!link) return;
    const update = () => (link.hidden = scrollY < innerHeight);
    addEventListener('scroll', update, { passive: true });
    update();
  }
}
customElements.define('back-to-top', BackToTop);
