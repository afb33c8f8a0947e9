/** Text made safe inside XML: the Atom feeds, the chart SVGs and share cards, attributes in pages. */

/** Escapes text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 forbids outright (control characters other than tab, newline, return).
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; they are removed on purpose.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}
