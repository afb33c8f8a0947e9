/**
 * A link or image within this site as the site will serve it: its address
 * decoded once and resolved, as a browser and the server would. Refused: a
 * malformed % escape (which would crash the check), encoded slashes, dots
 * or backslashes (which hide a path from the check: /..%2F..%2Fetc), a path
 * that climbs above the site, and the host's own files (_headers, dot files),
 * which the server never serves.
 */

/** Why the on-site `url` cannot be a link the site serves; undefined when it may be. */
export function siteLinkProblem(url: string): string | undefined {
  const path = url.split(/[?#]/)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
    decodeURIComponent(url.slice(path.length).replace(/^[?#]/, ''));
  } catch {
    return `"${url.slice(0, 80)}" has a malformed % escape: write the address as it appears in the browser, e.g. /tasks/01-major-diplomatic-events/`;
  }
  if (/%(?:2f|5c|2e)/i.test(path)) return `"${url.slice(0, 80)}" hides a slash, backslash or dot as a % escape: write the path plainly`;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '..') {
      if (!segments.length && decoded.startsWith('/')) return `"${url.slice(0, 80)}" climbs above the site's root: link to a page of this site`;
      segments.pop();
    } else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  const last = segments.at(-1) ?? '';
  if (last === '_headers' || segments.some((segment) => segment.startsWith('.')))
    return `"${url.slice(0, 80)}" is a file of the server's configuration, which the site never serves: link to a page instead`;
  return undefined;
}
