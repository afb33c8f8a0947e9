/**
 * Translation keys are typed from src/i18n/en.json (src/i18n/i18next.d.ts):
 * `npm run check` fails on a key that does not exist. The directives below
 * fail the type-check if that typing is ever lost.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/lib/i18n';

describe('typed translation keys', () => {
  it('accept a real key and refuse a misspelled one', () => {
    const t = useTranslations('en');
    expect(t('site.name')).toMatch(/Wuhan/);
    // @ts-expect-error: "site.nmae" is not a key of src/i18n/en.json.
    expect(t('site.nmae')).toBe('site.nmae');
  });
});
