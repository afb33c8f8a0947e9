import { describe, expect, it } from 'vitest';
import { scriptHazards } from '../support/html-scripts';

describe('scriptHazards', () => {
  it('finds the C1 payload as a browser parses it, and nothing in quoted attribute text', () => {
    expect(scriptHazards('<noscript><p title="</noscript><img src=x onerror=alert(1)>">x</p></noscript>')).toEqual([
      '<noscript>',
      '<img onerror>',
    ]);
    expect(
      scriptHazards(
        '<p title="&quot; onmouseover=&quot;alert(1)">x</p><script type="module" src="/_astro/a.js"></script>',
      ),
    ).toEqual([]);
    expect(scriptHazards('<a href=" javascript:alert(1)">x</a><script>alert(1)</script>')).toEqual([
      '<a href=" javascript:alert(1)">',
      '<script>',
    ]);
  });
});
