/**
 * <chart-explorer> (src/components/ChartExplorer.astro): shows its button; on click, loads the
 * interactive chart (src/scripts/interactive-chart.ts, with Chart.js) and hands it the drawing.
 * Only this stays in the page's script. The module's address is imported as a string and loaded
 * with a plain import(), so no preload helper ships either (src/integrations/lazy-chunk.ts).
 */
import interactiveChart from './interactive-chart.ts?lazy-chunk';

class ChartExplorer extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('.chart-explorer__button');
    const status = this.querySelector<HTMLElement>('.chart-explorer__status');
    if (!button || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = this.dataset.loading ?? '';
      try {
        const { explore } = (await import(/* @vite-ignore */ interactiveChart)) as typeof import('./interactive-chart');
        await explore(this, button, status);
      } catch {
        button.disabled = false;
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

customElements.define('chart-explorer', ChartExplorer);
