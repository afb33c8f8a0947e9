/**
 * `import url from './module.ts?lazy-chunk'` gives the address of that module
 * built as a file of its own (with what it imports), for a plain
 * `import(url)` when a reader asks for it. A literal `import('./module')`
 * would do the same but ships Vite's preload helper (about 0.9 KB gzip) with
 * the page that asks; the chart explorer is the one user (src/components/ChartExplorer.astro).
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const suffix = '?lazy-chunk';
const prefix = '\0lazy-chunk:';

export function lazyChunk(): Plugin {
  let serving = false;
  return {
    name: 'report-site:lazy-chunk',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id, importer) {
      if (!id.endsWith(suffix) || !importer) return null;
      return prefix + resolve(dirname(importer), id.slice(0, -suffix.length));
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length);
      // The dev server compiles the module when asked for it at its file path.
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      // Its exports kept (Vite drops an emitted entry's exports unless asked), since the page calls them.
      const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
