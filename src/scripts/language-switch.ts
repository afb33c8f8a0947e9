/**
 * <language-switch>: keeps the reader's place when they switch language.
 * Anchors (figure rows, source paragraphs, sections) have the same ids in
 * both languages, so the fragment of the current address is carried over.
 * Without JavaScript the link still leads to the top of the same page.
 */
class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>('a');
    if (!link) return;
    link.addEventListener('click', () => {
      if (location.hash) link.hash = location.hash;
    });
  }
}

customElements.define('language-switch', LanguageSwitch);
