/**
 * <copy-link>: shows a button that copies what the element holds to the clipboard, and says
 * whether it worked: the text of its `[data-copy]` part (a citation), or else its link's address.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('.copy-link__button');
    const source = this.querySelector<HTMLElement>('[data-copy]') ?? this.querySelector<HTMLAnchorElement>('a');
    const status = this.querySelector<HTMLElement>('.copy-link__status');
    if (!button || !source || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(
          source instanceof HTMLAnchorElement ? source.href : (source.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        status.textContent = this.dataset.copied ?? '';
      } catch {
        // No clipboard (an old browser, or no permission): select the text so the reader can copy it.
        getSelection()?.selectAllChildren(source);
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

customElements.define('copy-link', CopyLink);
