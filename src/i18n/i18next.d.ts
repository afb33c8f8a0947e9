/**
 * Typed translation keys: `t('misspelled.key')` fails `npm run check`. The
 * English file is the reference; a test keeps the Chinese one's keys the same.
 */
import 'i18next';
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
