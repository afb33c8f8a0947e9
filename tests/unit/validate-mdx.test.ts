import { describe, expect, it } from 'vitest';
import { isOwnResource, isSafeUrl } from '../../src/lib/content/validate/mdx';

describe('isSafeUrl', () => {
  it.each([
    'https://www.wuhan.gov.cn/x',
    'https://example.org',
    'https://example.org?q=1',
    '/en/goals/',
    '#note',
    '../tasks/',
    'goals/',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'mailto:a@b.cn',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript&#58;alert(1)',
    'https:/evil',
    'http://example.org',
    'https://user:pass@example.org/',
    'https://exa\u202Emple.org/',
    '/a\u0000b',
    '/x"onmouseover="a',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('isOwnResource', () => {
  it('accepts files on this site and refuses every other host', () => {
    expect(isOwnResource('/images/a.png')).toBe(true);
    expect(isOwnResource('https://tracker.example/p.png')).toBe(false);
    expect(isOwnResource('//tracker.example/p.png')).toBe(false);
  });
});
