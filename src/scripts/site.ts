/**
 * The site's one script, on every page: the small custom elements that enhance
 * what the page already shows without JavaScript. One cached file for the whole
 * site (about 0.5 KB gzip) costs a reader less than a file per element, each
 * too small for the server to compress. An element missing from a page does nothing.
 */
import './language-switch';
import './copy-link';
import './chart-explorer';
