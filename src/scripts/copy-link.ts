/** <copy-link>: shows a button that copies the link inside it to the clipboard, and says whether it worked. */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('.copy-link__button');
    const link = this.querySelector<HTMLAnchorElement>('a');
    const status = this.querySelector<HTMLElement>('.copy-link__status');
    if (!button || !link || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link.href);
        status.textContent = this.dataset.copied ?? '';
      } catch {
        // No clipboard (an old browser, or no permission): select the text so the reader can copy it.
        getSelection()?.selectAllChildren(link);
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

customElements.define('copy-link', CopyLink);
