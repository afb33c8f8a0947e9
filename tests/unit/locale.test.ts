import { describe, expect, it } from 'vitest';
import { langParams, localizedPath, parsePath } from '../../src/lib/language/locale';

describe('localized paths', () => {
  it('put Chinese at the root and English under /en/', () => {
    expect(localizedPath('zh', '/')).toBe('/');
    expect(localizedPath('en', '/')).toBe('/en/');
    expect(localizedPath('zh', '/tasks/01-x')).toBe('/tasks/01-x/');
    expect(localizedPath('en', 'tasks/01-x/')).toBe('/en/tasks/01-x/');
  });

  it('parse back to the same language-neutral path', () => {
    for (const path of ['/', '/goals/', '/units/commerce/']) {
      expect(parsePath(localizedPath('en', path))).toEqual({ lang: 'en', path });
      expect(parsePath(localizedPath('zh', path))).toEqual({ lang: 'zh', path });
    }
    expect(parsePath('/english/').lang).toBe('zh');
  });

  it('build the default language without a prefix', () => {
    expect(langParams()).toEqual([{ params: { lang: undefined } }, { params: { lang: 'en' } }]);
  });
});

describe('localized files', () => {
  it('keep their extension and take no trailing slash', async () => {
    const { localizedFile } = await import('../../src/lib/language/locale');
    expect(localizedFile('zh', '/charts/overview.png')).toBe('/charts/overview.png');
    expect(localizedFile('en', 'charts/overview.png')).toBe('/en/charts/overview.png');
  });
});
