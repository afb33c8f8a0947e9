/**
 * Translation keys are typed from src/i18n/en.json (src/i18n/i18next.d.ts):
 * `npm run check` fails on a key that does not exist. The directives below
 * fail the type-check if that typing is ever lost, in `useTranslations` or in `Astro.locals`.
 */
import { describe, expect, it } from 'vitest';
import { pageLanguage, useTranslations } from '../../src/lib/language/i18n';

describe('typed translation keys', () => {
  it('accept a real key and refuse a misspelled one', () => {
    const t = useTranslations('en');
    expect(t('nav.home')).toBe('Home');
    // @ts-expect-error: "nav.hmoe" is not a key of src/i18n/en.json.
    expect(t('nav.hmoe')).toBe('nav.hmoe');
  });

  it('hold for the translator every page gets (Astro.locals.t, typed in src/env.d.ts)', () => {
    const { t }: App.Locals = pageLanguage('/en/');
    // @ts-expect-error: "nav.hmoe" is not a key of src/i18n/en.json.
    expect(t('nav.hmoe')).toBe('nav.hmoe');
  });
});
